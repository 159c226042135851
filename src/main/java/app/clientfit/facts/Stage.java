package app.clientfit.facts;

/** Where the client stands: just after an intro call, or an existing client under review. */
public enum Stage {
    PROSPECT,
    ACTIVE
}
