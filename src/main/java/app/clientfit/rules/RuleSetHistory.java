package app.clientfit.rules;

import java.util.List;

/**
 * The versions that were activated, newest first. Kept in memory out of the box; a durable store can
 * take its place by providing a bean of this type.
 */
public interface RuleSetHistory {

    void record(ActivatedVersion version);

    /** Newest first. */
    List<ActivatedVersion> versions();
}
