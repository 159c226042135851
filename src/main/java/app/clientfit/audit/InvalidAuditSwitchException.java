package app.clientfit.audit;

/** The audit switch holds something that is not a boolean; the service will not guess whether to store. */
class InvalidAuditSwitchException extends RuntimeException {

    private final String property;
    private final String value;

    InvalidAuditSwitchException(String property, String value, Throwable cause) {
        super(property + " is '" + value + "', which is not true or false", cause);
        this.property = property;
        this.value = value;
    }

    String property() {
        return property;
    }

    String value() {
        return value;
    }
}
