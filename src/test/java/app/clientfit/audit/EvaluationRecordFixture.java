package app.clientfit.audit;

import java.util.List;

import app.clientfit.evaluation.EvaluationResponse.FindingView;
import app.clientfit.evaluation.EvaluationResponse.FiredRuleView;

/** Findings and fired rules as a real evaluation has them. */
record EvaluationRecordFixture(List<FindingView> findings, List<FiredRuleView> firedRules) {

    EvaluationRecordFixture() {
        this(List.of(new FindingView("Late payer", "PAYMENT", -40, "7 of 10 paid late", "rules/payment.xlsx", "sheet Payment, row 10", null),
                        new FindingView("Cannot state numbers", "FIT", 0, "no numbers", "rules/intro-call.xlsx", "sheet IntroCall, row 15",
                                "Eager learner")),
                List.of(new FiredRuleView("Late payer", "rules/payment.xlsx", "sheet Payment, row 10"),
                        new FiredRuleView("Verdict: bad", "rules/verdict.drl", "line 20")));
    }
}
