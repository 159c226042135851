package app.clientfit.rules;

public enum RuleKind {
    DRL,
    DECISION_TABLE
}
