package app.clientfit.explanation;

import java.time.Clock;

import app.clientfit.evaluation.Evaluator;
import app.clientfit.evaluation.Outcome;
import app.clientfit.facts.Client;
import app.clientfit.rules.RuleSet;

/** A rule set's evaluation and its explanation without HTTP, wired by hand: for tests and the cost probe. */
public final class InProcessExplanation {

    private final Evaluator evaluator = new Evaluator();
    private final Explainer explainer = new Explainer(evaluator, new ProbeSets(Clock.systemUTC()));
    private final RuleSet ruleSet;

    public InProcessExplanation(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
    }

    public Outcome evaluate(Client client) {
        return evaluator.evaluate(client, ruleSet);
    }

    /** The evaluation and, as explain=true adds it, its explanation. */
    public Explanation evaluateExplained(Client client) {
        return explainer.explain(client, Decision.of(evaluate(client)), ruleSet);
    }
}
