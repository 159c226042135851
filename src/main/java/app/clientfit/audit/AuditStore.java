package app.clientfit.audit;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Where the audit writer commits records. Only {@link #insert} is needed to store; the rest serve recovery. */
@FunctionalInterface
interface AuditStore {

    /** Writes the records in one transaction, or throws. */
    void insert(List<AuditRecord> records);

    /** Deletes records whose callers were answered 503 although their commit may have gone through. */
    default void delete(Collection<UUID> ids) {
    }

    /** Throws unless the database answers now; cheap, bounded by the pool's timeouts. */
    default void probe() {
    }

    /** Lets go of every pooled connection, so the next ones are new (a database that closed itself reopens). */
    default void reconnect() {
    }
}
