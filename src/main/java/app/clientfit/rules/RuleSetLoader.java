package app.clientfit.rules;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Service;

/**
 * Reads the rule folder, compiles it and, only when it is valid, activates it. A failed attempt
 * leaves the previous rule set serving.
 */
@Service
public class RuleSetLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RuleSetLoader.class);

    private final RuleFolder folder;
    private final RuleSetCompiler compiler;
    private final ActiveRuleSet active;
    private final Clock clock;

    public RuleSetLoader(RulesProperties properties, ActiveRuleSet active, Clock clock) {
        this.folder = new RuleFolder(properties.dir());
        this.compiler = new RuleSetCompiler(clock);
        this.active = active;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            reload();
        } catch (RuleSetInvalidException e) {
            log.error("No valid rule set at start-up; evaluations answer 503 until the rule files are fixed");
        }
    }

    /** Compiles the rule folder now and activates it; throws with every problem when it is not valid. */
    public synchronized RuleSet reload() {
        try {
            List<RuleFile> files = folder.read();
            RuleSet ruleSet = compiler.compile(files);
            active.activate(ruleSet);
            log.info("Activated rule set {} ({} rules from {} files in {})", ruleSet.version(), ruleSet.rules().size(),
                    files.size(), folder.directory());
            ruleSet.warnings().forEach(warning -> log.warn("Rule set {}: {}", ruleSet.version(), warning));
            return ruleSet;
        } catch (RuleSetInvalidException e) {
            fail(e.problems());
            throw e;
        } catch (UncheckedIOException e) {
            List<RuleProblem> problems = List.of(new RuleProblem("rules", null, e.getCause().getMessage()));
            fail(problems);
            throw new RuleSetInvalidException(problems);
        }
    }

    private void fail(List<RuleProblem> problems) {
        active.recordFailure(new ActiveRuleSet.Failure(clock.instant(), problems));
        log.error("Rule set not activated, {} problem(s); the previous version keeps serving", problems.size());
        problems.forEach(problem -> log.error("  {}", problem));
    }
}
