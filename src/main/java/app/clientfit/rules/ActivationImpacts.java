package app.clientfit.rules;

import java.util.Optional;

/**
 * The impact of the last activation, for the rules' answers. The replay needs the stored decisions, so a capability
 * above provides it and rules does not depend on the audit.
 */
public interface ActivationImpacts {

    /** The impact of that version's activation; empty when it was the first of this run or none was measured. */
    Optional<ActivationImpact> of(String version);
}
