package app.clientfit.explanation;

import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import app.clientfit.rules.ActiveRuleSet;
import app.clientfit.rules.RuleFile;
import app.clientfit.rules.RuleSet;
import app.clientfit.rules.RuleSetCompiler;

/**
 * The rule set of a version that made a stored decision: the active one when it is that version, else compiled
 * again from its archived files, and kept for the few versions an auditor looks at in a row.
 */
@Component
public class ArchivedRuleSets {

    private final ActiveRuleSet active;
    private final RuleSetCompiler compiler;
    private final Cache<String, RuleSet> compiled = Caffeine.newBuilder().maximumSize(4).executor(Runnable::run).build();

    ArchivedRuleSets(ActiveRuleSet active, Clock clock) {
        this.active = active;
        this.compiler = new RuleSetCompiler(clock);
    }

    /** @param files the version's archived files, read only when the version is neither active nor kept */
    public RuleSet of(String version, Supplier<List<RuleFile>> files) {
        return active.current().filter(ruleSet -> ruleSet.version().equals(version))
                .orElseGet(() -> compiled.get(version, key -> compiler.compile(files.get())));
    }
}
