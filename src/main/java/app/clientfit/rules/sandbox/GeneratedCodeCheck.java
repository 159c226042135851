package app.clientfit.rules.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.kie.api.KieBase;
import org.objectweb.asm.ClassReader;

import app.clientfit.rules.problem.RuleProblem;

/**
 * The second line behind the check of rule text: once the engine has built a candidate, and before any
 * rule code in it runs, reads every class the engine generated for it and checks each instruction that
 * reaches another type against the same allow-list. Whatever slips past the first check (a construct it
 * reads wrongly, code the engine assembles from pieces of text) is still refused here, at the rule it came
 * from. (By then the engine has loaded and created its own invokers to wire them; none of the rules' code
 * has been called.)
 *
 * <p>Only code the engine compiles to classes can be checked this way: consequences, eval, accumulate and
 * return-value code, functions, declared types. Conditions, {@code from} expressions and attribute values
 * are interpreted (mvel), never compiled to classes here, and annotation values and the initial values of
 * declared types are evaluated while the engine builds: only the first check guards those.
 */
public final class GeneratedCodeCheck {

    private static final String UNKNOWN_SOURCE = "rules";

    private final RuleAllowList allowList;
    private final EngineGlue glue;

    public GeneratedCodeCheck() {
        this(RuleAllowList.standard(), EngineGlue.standard());
    }

    GeneratedCodeCheck(RuleAllowList allowList, EngineGlue glue) {
        this.allowList = allowList;
        this.glue = glue;
    }

    /** @return one problem per thing not allowed, at the rule (function, declared type) it was built for; empty when all is allowed */
    public List<RuleProblem> check(KieBase kieBase, CodeOrigins origins) {
        try {
            return checkAll(GeneratedClasses.of(kieBase), origins);
        } catch (RuntimeException e) {
            // Code that cannot be read (an engine upgrade, a class format this reader does not know) is not vouched for.
            return List.of(new RuleProblem(UNKNOWN_SOURCE, null,
                    "the code the engine built for these rules cannot be checked, so they are not used: " + e.getMessage()));
        }
    }

    private List<RuleProblem> checkAll(GeneratedClasses generated, CodeOrigins origins) {
        Map<String, ClassReader> readers = new TreeMap<>();
        generated.classes().forEach((name, bytes) -> readers.put(name, new ClassReader(bytes)));
        CandidateClasses candidates = CandidateClasses.read(readers);
        MemberRules rules = new MemberRules(allowList, glue, candidates, generated.loader());
        Set<RuleProblem> problems = new LinkedHashSet<>();
        readers.forEach((name, reader) -> {
            ClassCheck check = new ClassCheck(rules, generated.invokers().contains(name));
            reader.accept(check, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
            if (!check.refused().isEmpty()) {
                Origins.Origin origin = generated.origins().of(name, candidates.sourceFile(name));
                // The engine's own code for a declared type reaches much that rules may not; the type is the one thing to say.
                Set<String> refused = origin.kind() == CodeOrigins.Kind.TYPE ? Set.of("a declared type") : check.refused();
                refused.forEach(what -> problems.add(problem(origin, origins, what)));
            }
        });
        return new ArrayList<>(problems);
    }

    private static RuleProblem problem(Origins.Origin origin, CodeOrigins origins, String what) {
        CodeOrigins.Place place = origin.kind() == null ? null : origins.place(origin.kind(), origin.packageName(), origin.name());
        String message = what + " is not allowed in rules (found in the code the engine built for " + origin.describe() + ")";
        return place == null ? new RuleProblem(UNKNOWN_SOURCE, null, message) : new RuleProblem(place.source(), place.location(), message);
    }
}
