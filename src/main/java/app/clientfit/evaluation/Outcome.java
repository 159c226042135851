package app.clientfit.evaluation;

import java.util.List;

import app.clientfit.rules.RuleDefinition;

/**
 * What the rules decided for one client, before it is stored or answered.
 *
 * @param findings the findings in the order they were made
 * @param fired    every rule that fired, in firing order
 */
public record Outcome(String verdict, String verdictReason, int score, List<EvaluationResponse.FindingView> findings,
                      List<RuleDefinition> fired, String rulesetVersion) {
}
