package app.clientfit.audit;

import java.util.List;
import java.util.stream.Collectors;

import app.clientfit.evaluation.EvaluationResponse.FindingView;
import app.clientfit.evaluation.EvaluationResponse.FiredRuleView;

/** The columns of an export, the same in CSV and Excel: one row per evaluation. */
final class ExportColumns {

    static final List<String> HEADERS = List.of("evaluationId", "evaluatedAt", "clientId", "verdict", "score", "rulesetVersion",
            "firedRules", "findings", "caller", "requestId", "facts");

    private ExportColumns() {
    }

    /** One value per header: strings, an Integer score and an Instant time. */
    static List<Object> values(EvaluationRecord r) {
        return java.util.Arrays.asList(r.evaluationId(), r.evaluatedAt(), r.clientId(), r.verdict(), r.score(), r.rulesetVersion(),
                firedRules(r.firedRules()), findings(r.findings()), r.caller(), r.requestId(), r.facts());
    }

    /** {@code Late payer (rules/payment.xlsx, sheet Payment, row 10) | Verdict: bad (rules/verdict.drl, line 20)} */
    static String firedRules(List<FiredRuleView> rules) {
        return rules.stream().map(rule -> rule.rule() + where(rule.source(), rule.location())).collect(Collectors.joining(" | "));
    }

    /** {@code Late payer [PAYMENT, -40]: 7 of 10 invoices paid late | Cannot state numbers [FIT, 0, waived by Eager learner]: ...} */
    static String findings(List<FindingView> findings) {
        return findings.stream().map(f -> f.rule() + " [" + f.category() + ", " + f.points()
                        + (f.waivedBy() == null ? "" : ", waived by " + f.waivedBy()) + "]: " + f.reason())
                .collect(Collectors.joining(" | "));
    }

    private static String where(String source, String location) {
        if (source == null) {
            return "";
        }
        return " (" + source + (location == null ? "" : ", " + location) + ")";
    }
}
