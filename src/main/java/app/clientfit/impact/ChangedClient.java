package app.clientfit.impact;

import java.util.List;

/**
 * A client the candidate decides otherwise.
 *
 * @param evaluationId the stored evaluation whose facts were replayed: the client's latest in the window
 * @param rulesGained  rules that fire on the candidate only
 * @param rulesLost    rules that fired before only
 */
public record ChangedClient(String clientId, String evaluationId, Side.Answer before, Side.Answer after, List<String> rulesGained,
                            List<String> rulesLost) {

    static ChangedClient of(String clientId, String evaluationId, Side before, Side after) {
        return new ChangedClient(clientId, evaluationId, before.answer(), after.answer(),
                after.firedRules().stream().filter(rule -> !before.firedRules().contains(rule)).distinct().toList(),
                before.firedRules().stream().filter(rule -> !after.firedRules().contains(rule)).distinct().toList());
    }

    String transition() {
        return before.verdict() + "->" + after.verdict();
    }
}
