package app.clientfit.evaluation;

import java.time.Duration;

import app.clientfit.rules.RuleSet;

/**
 * Everything about one evaluation that a recorder may keep, handed over whole before the answer is given.
 *
 * @param submission what was asked, by whom, with which request
 * @param ruleSet    the rule set that decided (its version and sources)
 * @param response   the answer about to be given
 * @param took       how long the rules took
 */
public record CompletedEvaluation(Submission submission, RuleSet ruleSet, EvaluationResponse response, Duration took) {
}
