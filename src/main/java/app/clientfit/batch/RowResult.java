package app.clientfit.batch;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import app.clientfit.evaluation.EvaluationResponse.FindingView;

/** What a list gets added to each row: the verdict and why, or the error that kept the row from being evaluated. */
record RowResult(String verdict, Integer score, String reasons, String firedRules, String rulesetVersion, String evaluationId,
                 String error) {

    static final List<String> COLUMNS = List.of("verdict", "score", "reasons", "firedRules", "rulesetVersion", "evaluationId", "error");
    static final RowResult NONE = new RowResult(null, null, null, null, null, null, null);

    static RowResult error(String error) {
        return new RowResult(null, null, null, null, null, null, error);
    }

    /** {@code Late payer (-40): 7 of 10 invoices paid late | Cannot state numbers (0, waived by Eager learner): …} */
    static RowResult evaluated(String verdict, int score, List<FindingView> findings, List<String> firedRules, String rulesetVersion,
                               String evaluationId) {
        String reasons = findings.stream().map(f -> f.rule() + " (" + f.points() + (f.waivedBy() == null ? "" : ", waived by " + f.waivedBy())
                + "): " + f.reason()).collect(Collectors.joining(" | "));
        return new RowResult(verdict, score, reasons, String.join(" | ", firedRules), rulesetVersion, evaluationId, null);
    }

    boolean failed() {
        return error != null;
    }

    List<Object> values() {
        return Arrays.asList(verdict, score, reasons, firedRules, rulesetVersion, evaluationId, error);
    }
}
