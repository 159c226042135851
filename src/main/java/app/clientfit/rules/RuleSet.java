package app.clientfit.rules;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.conf.KeepReferenceOption;

import app.clientfit.rules.problem.RuleProblem;

/**
 * A compiled, checked rule set. Immutable: a new version is a new instance, swapped in whole.
 */
public final class RuleSet {

    private final String version;
    private final Instant builtAt;
    private final KieBase kieBase;
    private final KieSessionConfiguration sessionConfiguration;
    private volatile KieSessionsPool sessions;
    private final List<RuleFile> sources;
    private final List<RuleDefinition> rules;
    private final Map<String, RuleDefinition> rulesByKey;
    private final Map<String, String> generatedDrl;
    private final List<RuleProblem> warnings;
    private final List<RuleDefinition> patternRules;
    private final List<RuleConditions> conditions;

    /**
     * @param version      a content hash of the rule files
     * @param kieBase      the compiled rules; sessions are made from it per evaluation
     * @param rules        every rule, in file order
     * @param generatedDrl for each decision table source, the DRL it stands for
     * @param warnings     problems that did not stop it from being activated
     * @param conditions   every rule's conditions, read while compiling
     */
    public RuleSet(String version, Instant builtAt, KieBase kieBase, List<RuleFile> sources,
                   List<RuleDefinition> rules, Map<String, String> generatedDrl, List<RuleProblem> warnings,
                   List<RuleDefinition> patternRules, List<RuleConditions> conditions) {
        this.version = version;
        this.builtAt = builtAt;
        this.kieBase = kieBase;
        this.sessionConfiguration = KieServices.get().newKieSessionConfiguration();
        // the pool keeps its sessions; the rule base need not, so that a discarded pool takes its sessions with it
        this.sessionConfiguration.setOption(KeepReferenceOption.NO);
        this.sessions = kieBase.newKieSessionsPool(1);
        this.sources = List.copyOf(sources);
        this.rules = List.copyOf(rules);
        this.rulesByKey = rules.stream().collect(Collectors.toUnmodifiableMap(RuleDefinition::key, Function.identity(), (a, b) -> a));
        this.generatedDrl = Map.copyOf(generatedDrl);
        this.warnings = List.copyOf(warnings);
        this.patternRules = List.copyOf(patternRules);
        this.conditions = List.copyOf(conditions);
    }

    /** Every rule's conditions, each checkable on its own, to say why a rule did not fire. */
    public List<RuleConditions> conditions() {
        return conditions;
    }

    /** The rules whose conditions use {@code matches}: the likely cause when a run stops while no rule fires. */
    public List<RuleDefinition> patternRules() {
        return patternRules;
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
     * A working memory from this rule set's pool, for one run: building one for every evaluation cost a fifth
     * of it. Hand it back with {@link #giveBack} or, when it may be in any state, {@link #discard}. The
     * listeners added to it are its own until it is handed back.
     */
    public KieSession borrowSession() {
        return sessions.newKieSession(sessionConfiguration);
    }

    /** After a run that ended by itself (normally, halted, or with an exception of a rule): reset, and back to the pool. */
    public void giveBack(KieSession session) {
        session.dispose();
    }

    /**
     * After a run that was stopped from outside or ran out of memory, whose working memory may be in any
     * state: it never goes back. The pool goes with it (a pool keeps every session it made); runs that
     * are going on hand theirs back to the old pool, which is dropped with them.
     */
    public void discard(KieSession session) {
        sessions = kieBase.newKieSessionsPool(1);
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
