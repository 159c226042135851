package app.clientfit.explanation;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import app.clientfit.evaluation.EvaluationResponse;
import app.clientfit.evaluation.Outcome;
import app.clientfit.facts.Finding;
import app.clientfit.facts.Verdict;

/**
 * What the rules decided, as the facts they left behind: the findings (waived ones with 0 points), the
 * verdict, and which rules fired. The probes run on these, so a DRL rule's condition on a finding or on
 * the verdict is judged on what was there at the end of the run.
 */
record Decision(String verdict, List<Finding> findings, Set<String> fired) {

    static Decision of(EvaluationResponse response) {
        return new Decision(response.verdict(),
                response.findings().stream().map(f -> finding(f.rule(), f.category(), f.points(), f.reason(), f.waivedBy())).toList(),
                response.firedRules().stream().map(r -> key(r.rule(), r.source(), r.location())).collect(Collectors.toSet()));
    }

    static Decision of(Outcome outcome) {
        return new Decision(outcome.verdict(),
                outcome.findings().stream().map(f -> finding(f.rule(), f.category(), f.points(), f.reason(), f.waivedBy())).toList(),
                outcome.fired().stream().map(r -> key(r.name(), r.source(), r.location())).collect(Collectors.toSet()));
    }

    static String key(String rule, String source, String location) {
        return rule + "\u0000" + source + "\u0000" + location;
    }

    /** The facts to run the probes on. */
    List<Object> facts(Object client) {
        List<Object> facts = new java.util.ArrayList<>(findings);
        facts.add(0, client);
        facts.add(new Verdict(verdict, "as decided"));
        return facts;
    }

    private static Finding finding(String rule, String category, int points, String reason, String waivedBy) {
        Finding finding = new Finding(rule, category, points, reason);
        if (waivedBy != null) {
            finding.waive(waivedBy);
        }
        return finding;
    }
}
