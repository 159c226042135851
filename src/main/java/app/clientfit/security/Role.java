package app.clientfit.security;

import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;

/** What a caller may do; each role includes the one before it. */
public enum Role {
    /** Evaluates clients and reads the active rules. */
    COACH,
    /** Also reads and exports the audit. */
    AUDITOR,
    /** Also reloads, validates and inspects rule sets, and erases a client's records. */
    ADMIN;

    static RoleHierarchy hierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role(ADMIN.name()).implies(AUDITOR.name())
                .role(AUDITOR.name()).implies(COACH.name())
                .build();
    }
}
