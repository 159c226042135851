package app.clientfit.impact;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import app.clientfit.rules.problem.RuleProblem;

/**
 * The answer to "whose verdict changes?": the latest stored evaluation of every client in the window, replayed on the
 * candidate and compared with the base version.
 *
 * @param changed          clients whose verdict changes
 * @param clients          the first {@value ImpactTally#CLIENTS_KEPT} of them, by client id
 * @param otherwiseChanged clients whose verdict stays but whose score or fired rules change
 * @param notReplayed      stored evaluations that could not be replayed, with the first reasons in notReplayedReasons
 * @param rulesNeverFired  the candidate's rules that fired for none of the replayed clients
 * @param valid            whether the candidate would be activated, as validate says
 * @param errors           what keeps it from being activated, as validate says; a candidate whose rules do not compile
 *                         replays nothing
 */
public record ImpactReport(String baseVersion, String candidateVersion, Instant from, Instant to, long clientsReplayed, long changed,
                           Map<String, Long> transitions, List<ChangedClient> clients, long otherwiseChanged, long notReplayed,
                           List<String> notReplayedReasons, List<String> rulesNeverFired, boolean valid, List<RuleProblem> errors) {
}
