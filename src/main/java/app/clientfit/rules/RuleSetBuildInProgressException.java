package app.clientfit.rules;

import java.time.Duration;

/** A reload was asked for while another build of the rule set went on for longer than a reload waits. */
public class RuleSetBuildInProgressException extends RuntimeException {

    public RuleSetBuildInProgressException(Duration waited) {
        super("another build of the rule set is still going on after " + waited.toSeconds() + " s; the active rule set keeps "
                + "serving. Try again in a moment, and if this keeps happening, look at the service's log");
    }
}
