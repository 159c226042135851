package app.clientfit.rules.lint;

/** What a lint warning is about; stable, so that a setting can name it. */
public enum LintCode {
    /** Another rule of the table matches every client this one matches, with the same effect. */
    REDUNDANT_ROW,
    /** Rules of a table with the same conditions and different effects. */
    CONFLICTING_ROWS,
    /** No client can meet the rule. */
    IMPOSSIBLE_ROW,
    /** Active for the whole period of stored history and never fired. */
    NEVER_FIRED,
    /** The rule reads a fact that no stored evaluation of the period gave. */
    UNKNOWN_ALWAYS
}
