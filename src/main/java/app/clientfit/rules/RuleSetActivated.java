package app.clientfit.rules;

/** Published when a rule set starts serving, however it was activated; the audit keeps its files. */
public record RuleSetActivated(RuleSet ruleSet) {
}
