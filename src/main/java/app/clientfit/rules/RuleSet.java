package app.clientfit.rules;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.kie.api.KieBase;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.StatelessKieSession;

/**
 * A compiled, checked rule set. Immutable: a new version is a new instance, swapped in whole.
 */
public final class RuleSet {

    private final String version;
    private final Instant builtAt;
    private final KieBase kieBase;
    private final KieSessionsPool sessions;
    private final List<RuleFile> sources;
    private final List<RuleDefinition> rules;
    private final Map<String, RuleDefinition> rulesByKey;
    private final Map<String, String> generatedDrl;
    private final List<RuleProblem> warnings;

    /**
     * @param version      a content hash of the rule files
     * @param kieBase      the compiled rules; sessions are made from it per evaluation
     * @param rules        every rule, in file order
     * @param generatedDrl for each decision table source, the DRL it stands for
     * @param warnings     problems that did not stop it from being activated
     */
    public RuleSet(String version, Instant builtAt, KieBase kieBase, List<RuleFile> sources,
                   List<RuleDefinition> rules, Map<String, String> generatedDrl, List<RuleProblem> warnings) {
        this.version = version;
        this.builtAt = builtAt;
        this.kieBase = kieBase;
        this.sessions = kieBase.newKieSessionsPool(1);
        this.sources = List.copyOf(sources);
        this.rules = List.copyOf(rules);
        this.rulesByKey = rules.stream().collect(Collectors.toUnmodifiableMap(RuleDefinition::key, Function.identity(), (a, b) -> a));
        this.generatedDrl = Map.copyOf(generatedDrl);
        this.warnings = List.copyOf(warnings);
    }

    /** Where a rule lives, by the package and name the engine reports for it. */
    public RuleDefinition locate(String packageName, String name) {
        RuleDefinition definition = rulesByKey.get(RuleDefinition.key(packageName, name));
        return definition != null ? definition : new RuleDefinition(packageName, name, null, null);
    }

    public String version() {
        return version;
    }

    public Instant builtAt() {
        return builtAt;
    }

    public KieBase kieBase() {
        return kieBase;
    }

    /**
     * A stateless session whose working memory comes from this rule set's pool and goes back to it,
     * reset, after each execution: building a working memory for every evaluation cost a fifth of it.
     * The listeners added to the returned session are this session's alone.
     */
    public StatelessKieSession newStatelessSession() {
        return sessions.newStatelessKieSession();
    }

    public List<RuleFile> sources() {
        return sources;
    }

    public List<RuleDefinition> rules() {
        return rules;
    }

    public Map<String, String> generatedDrl() {
        return generatedDrl;
    }

    public List<RuleProblem> warnings() {
        return warnings;
    }
}
