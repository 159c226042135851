package app.clientfit.explanation;

/** What a condition, or a rule that did not fire, came to for one client. */
public enum ConditionOutcome {
    MET, NOT_MET,
    /** A fact the condition reads was not given: unknown is not false. */
    UNKNOWN
}
