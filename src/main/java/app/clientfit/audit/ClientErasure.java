package app.clientfit.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Erases a client on request (right to erasure). The log says how many records went, never whose. */
@Service
class ClientErasure {

    private static final Logger log = LoggerFactory.getLogger(ClientErasure.class);

    private final AuditWrites writes;

    ClientErasure(AuditWrites writes) {
        this.writes = writes;
    }

    int erase(String clientId) {
        int erased = writes.eraseClient(clientId);
        log.info("Erasure on request: {} evaluation record(s) of one client erased", erased);
        return erased;
    }
}
