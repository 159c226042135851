package app.clientfit.evaluation;

import java.util.List;

import app.clientfit.rules.RuleDefinition;

/**
 * What the rules decided for one client, before it is stored or answered.
 *
 * @param findings the findings in the order they were made
 * @param fired    every rule that fired, in firing order
 */
public record Outcome(String verdict, String verdictReason, int score, List<FindingResult> findings,
                      List<RuleDefinition> fired, String rulesetVersion) {

    /** A finding with the rule and place that produced it. */
    public record FindingResult(String rule, String category, int points, String reason, String source,
                                String location, String waivedBy) {
    }
}
