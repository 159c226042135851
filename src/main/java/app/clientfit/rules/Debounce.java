package app.clientfit.rules;

import java.time.Duration;
import java.time.Instant;

/**
 * Turns a burst of changes into one build: due once nothing changed for the quiet period, or at the
 * latest ten quiet periods after the first change, so that a folder that never rests still gets built.
 */
final class Debounce {

    private static final int MAX_PERIODS = 10;

    private final Duration quiet;
    private Instant first;
    private Instant last;

    Debounce(Duration quiet) {
        this.quiet = quiet;
    }

    void changed(Instant now) {
        if (first == null) {
            first = now;
        }
        last = now;
    }

    boolean pending() {
        return last != null;
    }

    boolean due(Instant now) {
        return pending() && (!now.isBefore(last.plus(quiet)) || !now.isBefore(first.plus(quiet.multipliedBy(MAX_PERIODS))));
    }

    /** How long to wait for more changes before it is due; the quiet period when nothing is pending. */
    Duration remaining(Instant now) {
        if (!pending()) {
            return quiet;
        }
        Instant due = last.plus(quiet);
        Instant latest = first.plus(quiet.multipliedBy(MAX_PERIODS));
        Duration left = Duration.between(now, due.isBefore(latest) ? due : latest);
        return left.isNegative() ? Duration.ZERO : left;
    }

    void reset() {
        first = null;
        last = null;
    }
}
