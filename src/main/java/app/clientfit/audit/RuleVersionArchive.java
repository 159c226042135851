package app.clientfit.audit;

import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import app.clientfit.rules.RuleFile;
import app.clientfit.rules.RuleSet;
import app.clientfit.rules.RuleSetActivated;
import app.clientfit.storage.StoredInstants;

/**
 * Keeps the files of every rule-set version that was activated, each file once by its SHA-256, so a
 * past decision can be re-read with the exact rules that made it.
 */
@Component
class RuleVersionArchive {

    private static final Logger log = LoggerFactory.getLogger(RuleVersionArchive.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final StoredInstants instants;
    private final Set<String> archived = ConcurrentHashMap.newKeySet();

    RuleVersionArchive(JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock, StoredInstants instants) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
        this.instants = instants;
    }

    @EventListener
    void onActivated(RuleSetActivated event) {
        try {
            archive(event.ruleSet());
        } catch (DataAccessException e) {
            log.error("Rule set {} is active but its files could not be archived; trying again with its first evaluation",
                    event.ruleSet().version(), e);
        }
    }

    /** Called before an evaluation is stored, so no record names a version whose files are missing. */
    void ensureArchived(RuleSet ruleSet) {
        if (!archived.contains(ruleSet.version())) {
            archive(ruleSet);
        }
    }

    synchronized void archive(RuleSet ruleSet) {
        if (archived.contains(ruleSet.version())) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            if (exists("select count(*) from ruleset_version where version = ?", ruleSet.version())) {
                return;
            }
            jdbc.update("insert into ruleset_version (version, first_activated_at) values (?, ?)",
                    ruleSet.version(), instants.bind(clock.instant()));
            for (RuleFile file : ruleSet.sources()) {
                storeContent(file);
                jdbc.update("insert into ruleset_source (version, path, kind, sha256) values (?, ?, ?, ?)",
                        ruleSet.version(), file.source(), file.kind().name(), file.sha256());
            }
        });
        archived.add(ruleSet.version());
        log.info("Rule set {} archived ({} files)", ruleSet.version(), ruleSet.sources().size());
    }

    private void storeContent(RuleFile file) {
        // Content-addressed: a file already kept for an earlier version is not stored again.
        if (!exists("select count(*) from rule_file where sha256 = ?", file.sha256())) {
            jdbc.update("insert into rule_file (sha256, content) values (?, ?)", file.sha256(), file.content());
        }
    }

    private boolean exists(String countSql, String key) {
        Integer count = jdbc.queryForObject(countSql, Integer.class, key);
        return count != null && count > 0;
    }
}
