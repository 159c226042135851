package app.clientfit.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

import app.clientfit.rules.ActivatedVersion;
import app.clientfit.rules.FileHash;
import app.clientfit.rules.InMemoryRuleSetHistory;
import app.clientfit.rules.RuleSetHistory;

/**
 * The history of activated versions when the audit is on: this run's activations as they happened (with
 * their counts of rules and tests), then every older version from the archive, which survives restarts.
 * The archive itself is written by {@link RuleVersionArchive} on each activation.
 */
@Component
@Conditional(AuditEnabled.class)
class ArchivedRuleSetHistory implements RuleSetHistory {

    private final InMemoryRuleSetHistory thisRun = new InMemoryRuleSetHistory();
    private final RuleVersionQueries archive;

    ArchivedRuleSetHistory(RuleVersionQueries archive) {
        this.archive = archive;
    }

    @Override
    public void record(ActivatedVersion version) {
        thisRun.record(version);
    }

    @Override
    public List<ActivatedVersion> versions() {
        List<ActivatedVersion> versions = new ArrayList<>(thisRun.versions());
        Set<String> seen = versions.stream().map(ActivatedVersion::version).collect(Collectors.toSet());
        for (RuleVersionQueries.ArchivedVersion archived : archive.versions()) {
            if (!seen.contains(archived.version())) {
                versions.add(new ActivatedVersion(archived.version(), archived.firstActivatedAt(),
                        archived.sources().stream().map(source -> new FileHash(source.path(), source.sha256())).toList(), null, null));
            }
        }
        return versions;
    }
}
