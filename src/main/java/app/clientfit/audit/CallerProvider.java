package app.clientfit.audit;

/**
 * Who asked for an evaluation, as the audit records it. Without a bean of this type the audit takes
 * the request's authenticated user; define one to record the caller some other way.
 */
@FunctionalInterface
public interface CallerProvider {

    /** The caller's name, or null when no one is authenticated. */
    String currentCaller();
}
