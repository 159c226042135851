package app.clientfit.explanation;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Why the rules that did not fire did not, which findings an exception waived, and which facts the client
 * did not give that the rules would have read.
 *
 * @param notFired     every rule of the set that did not fire; near misses (one condition short) first
 * @param waived       findings kept with 0 points because another rule waived them
 * @param unknownFacts facts the rules read that were not given, with the rules they kept from being decided
 */
public record Explanation(List<NotFiredRule> notFired, List<WaivedFinding> waived, List<UnknownFact> unknownFacts) {

    /**
     * @param outcome NOT_MET, or UNKNOWN when it failed only on facts that were not given
     * @param text    what a coach reads: the rule, and each condition that failed, with its place
     */
    public record NotFiredRule(String rule, String source, String location, ConditionOutcome outcome,
                               List<ConditionResult> conditions, String text) {
    }

    /**
     * @param location "sheet Payment, cell C10" or "line 16"
     * @param label    the column's label as the coach wrote it, or the DRL condition as written
     * @param expected the cell's value (tables only)
     * @param actual   the client's value of the fact the condition reads, when it reads one that was given
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ConditionResult(String location, String label, String expected, String actual, ConditionOutcome outcome) {
    }

    /** @param by the rule that waived the finding, and where it lives */
    public record WaivedFinding(String rule, String by, String source, String location) {
    }

    public record UnknownFact(String fact, List<String> rules) {
    }
}
