package app.clientfit.impact;

import java.util.List;

import org.springframework.stereotype.Component;

import app.clientfit.audit.AuditService;
import app.clientfit.explanation.ArchivedRuleSets;
import app.clientfit.rules.RuleFile;
import app.clientfit.rules.RuleSet;

/** The rule set of any version activated here: the active one, or compiled again from the archive (and kept for a while). */
@Component
class VersionedRuleSets {

    private final ArchivedRuleSets archived;
    private final AuditService audit;

    VersionedRuleSets(ArchivedRuleSets archived, AuditService audit) {
        this.archived = archived;
        this.audit = audit;
    }

    /** @throws org.springframework.web.ErrorResponseException not found, for a version never activated here */
    RuleSet require(String version) {
        try {
            return archived.of(version, () -> archivedFiles(version));
        } catch (UnknownVersionException e) {
            throw ImpactProblems.unknownVersion(version);
        }
    }

    private List<RuleFile> archivedFiles(String version) {
        List<RuleFile> files = audit.ruleFiles(version);
        if (files.isEmpty()) {
            throw new UnknownVersionException();
        }
        return files;
    }

    private static final class UnknownVersionException extends RuntimeException {

        UnknownVersionException() {
            super(null, null, false, false);
        }
    }
}
