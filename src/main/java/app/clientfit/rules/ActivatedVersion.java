package app.clientfit.rules;

import java.time.Instant;
import java.util.List;

/**
 * A rule set version that was activated: its content hash, when, the files it was made of, and how
 * many rules and passing tests it had.
 */
public record ActivatedVersion(String version, Instant activatedAt, List<FileHash> files, int rules, int tests) {

    public ActivatedVersion {
        files = List.copyOf(files);
    }
}
