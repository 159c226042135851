package app.clientfit.explanation;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * The explanation of a stored decision, computed on the rule version that made it.
 *
 * @param reproduced  whether replaying the stored facts on that version gave the stored verdict, score and fired rules
 * @param differences what the replay gave otherwise, in words (empty when reproduced)
 */
public record StoredExplanation(String evaluationId, String clientId, String rulesetVersion, String verdict, int score,
                                boolean reproduced, List<String> differences, @JsonUnwrapped Explanation explanation) {
}
