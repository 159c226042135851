package app.clientfit.audit;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Erases a client on request (right to erasure). The erasure runs in the audit writer's queue, after every
 * record that was waiting for its commit, so none of the client's records is stored after it answers.
 * The log says how many records went, never whose.
 */
@Service
class ClientErasure {

    private static final Logger log = LoggerFactory.getLogger(ClientErasure.class);
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(1);

    private final AuditWrites writes;
    private final ObjectProvider<GroupCommitWriter> writer;
    private final Duration maxWait;

    ClientErasure(AuditWrites writes, ObjectProvider<GroupCommitWriter> writer, AuditProperties properties) {
        this.writes = writes;
        this.writer = writer;
        this.maxWait = properties.commitTimeout().compareTo(LONGEST_WAIT) > 0 ? properties.commitTimeout() : LONGEST_WAIT;
    }

    int erase(String clientId) {
        GroupCommitWriter queue = writer.getIfAvailable();
        int erased = queue == null ? writes.eraseClient(clientId)
                : queue.afterWaitingRecords(() -> writes.eraseClient(clientId), maxWait);
        log.info("Erasure on request: {} evaluation record(s) of one client erased", erased);
        return erased;
    }
}
