package app.clientfit.evaluation;

import app.clientfit.rules.RuleDefinition;

/**
 * A run of the rules was stopped at a limit. The message says, in a coach's words, which limit, which
 * rule was firing (with its file and place) or that none was, and what to look for.
 */
public class RunLimitExceededException extends RuntimeException {

    /** Which limit stopped the run. */
    public enum Limit { FIRINGS, TIME, MEMORY }

    private final Limit limit;
    private final String limitText;
    private final transient RuleDefinition rule;
    private final String rulesetVersion;

    /**
     * @param limitText the limit in words: {@code 10,000 rule firings}, {@code 2 s}, {@code 256 MB}; null when the
     *                  run needed more memory than the service has
     * @param rule      the rule the run was stopped for: the one that was firing, or the one that kept the rules
     *                  firing; null when none was firing (a condition was being checked)
     * @param firing    whether the rule was firing at the moment, rather than having kept the rules firing
     * @param lastFired the last rule that fired before, when none was firing; may be null
     */
    RunLimitExceededException(Limit limit, String limitText, RuleDefinition rule, boolean firing, RuleDefinition lastFired,
                              String rulesetVersion) {
        this(limit, limitText, rule, firing, lastFired, null, rulesetVersion);
    }

    /** @param suspect when no rule was firing: the rule whose 'matches' condition is the likely cause, or null */
    RunLimitExceededException(Limit limit, String limitText, RuleDefinition rule, boolean firing, RuleDefinition lastFired,
                              RuleDefinition suspect, String rulesetVersion) {
        super(message(limit, limitText, rule, firing, lastFired, suspect));
        this.limit = limit;
        this.limitText = limitText;
        this.rule = rule != null ? rule : suspect;
        this.rulesetVersion = rulesetVersion;
    }

    public Limit limit() {
        return limit;
    }

    /** The limit in words, or null when the service ran out of memory before the limit was reached. */
    public String limitText() {
        return limitText;
    }

    /**
     * The rule the run was stopped for; when no rule was firing (a condition was being checked), the rule whose
     * 'matches' condition is the likely cause, or null when no rule has one.
     */
    public RuleDefinition rule() {
        return rule;
    }

    public String rulesetVersion() {
        return rulesetVersion;
    }

    private static String message(Limit limit, String limitText, RuleDefinition rule, boolean firing, RuleDefinition lastFired,
                                  RuleDefinition suspect) {
        String stopped = switch (limit) {
            case FIRINGS -> "the evaluation was stopped after " + limitText + ", the limit";
            case TIME -> "the evaluation was stopped after " + limitText + ", the time limit";
            case MEMORY -> limitText == null ? "the evaluation was stopped because it needed more memory than the service has"
                    : "the evaluation was stopped after using " + limitText + " of memory, the limit";
        };
        String where = rule != null ? (firing ? ", while the rule " + describe(rule) + " was firing" : ", because of the rule " + describe(rule))
                : ", while the rules' conditions were being checked (no rule was firing"
                        + (lastFired == null ? "" : "; the last one to fire was " + describe(lastFired)) + ")"
                        + (suspect == null ? "" : "; the likely cause is the 'matches' condition of the rule " + describe(suspect));
        return stopped + where + ". " + advice(limit, rule != null);
    }

    private static String advice(Limit limit, boolean ruleFiring) {
        return switch (limit) {
            case FIRINGS -> "A rule that changes a fact its own conditions match (update, modify) fires again after every change: "
                    + "give it a condition that no longer holds once it has made its change.";
            case TIME -> ruleFiring ? "Look for a rule that fires again and again, or that does slow work such as a 'matches' pattern "
                    + "that takes very long on some texts."
                    : "Look for a 'matches' pattern that takes very long on some texts, or for conditions that combine very many facts.";
            case MEMORY -> "Look for a rule that makes a text or a list bigger each time it fires.";
        };
    }

    private static String describe(RuleDefinition rule) {
        if (rule.source() == null) {
            return "'" + rule.name() + "'";
        }
        return "'" + rule.name() + "' (" + rule.source() + (rule.location() == null ? "" : ", " + rule.location()) + ")";
    }
}
