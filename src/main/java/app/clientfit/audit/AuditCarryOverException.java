package app.clientfit.audit;

import java.nio.file.Path;

/** An earlier H2 trail is there but could not be carried into the SQLite store; nothing of it was copied. */
class AuditCarryOverException extends RuntimeException {

    private final transient Path file;

    AuditCarryOverException(Path file, String reason, Throwable cause) {
        super("the audit trail in " + file + " could not be carried over: " + reason, cause);
        this.file = file;
    }

    Path file() {
        return file;
    }
}
