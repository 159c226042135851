package app.clientfit.rules;

import java.util.List;
import java.util.Optional;

import app.clientfit.rules.problem.RuleProblem;

/**
 * Rule versions that were found invalid, shared between instances of the service: a version one instance
 * refused is activated by none (a workbook test that ran out of time on a busy node must not leave the nodes
 * on different versions). One instance alone shares with nobody.
 */
public interface VersionRefusals {

    VersionRefusals NONE = new VersionRefusals() {
        @Override
        public Optional<String> refusedElsewhere(String version) {
            return Optional.empty();
        }

        @Override
        public void refused(String version, List<RuleProblem> problems) {
        }

        @Override
        public void accepted(String version) {
        }
    };

    /** Why another instance refused this version, if one did. */
    Optional<String> refusedElsewhere(String version);

    /** Tells the other instances that this version is invalid. */
    void refused(String version, List<RuleProblem> problems);

    /** This version was activated after all (a reload asked for): no instance needs to keep away from it. */
    void accepted(String version);
}
