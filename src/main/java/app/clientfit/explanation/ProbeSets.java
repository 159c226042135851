package app.clientfit.explanation;

import java.time.Clock;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import app.clientfit.rules.RuleSet;
import app.clientfit.rules.RuleSetCompiler;

/**
 * The probes of a rule set, built the first time one of its decisions is explained and kept for the few
 * versions in use (the active one, and archived ones being explained); an answer without explanation never
 * builds them.
 */
@Component
class ProbeSets {

    private final RuleSetCompiler compiler;
    // upkeep on the calling thread: handing it to another thread on every read cost more than the lookup
    private final Cache<RuleSet, ProbeSet> built = Caffeine.newBuilder().weakKeys().maximumSize(8).executor(Runnable::run).build();

    ProbeSets(Clock clock) {
        this.compiler = new RuleSetCompiler(clock);
    }

    ProbeSet of(RuleSet ruleSet) {
        return built.get(ruleSet, key -> ProbeSet.of(key, compiler));
    }
}
