package app.clientfit.rules;

import java.time.Instant;
import java.util.List;

/**
 * A rule set version that was activated: its content hash, when, the files it was made of, and how
 * many rules and passing tests it had.
 *
 * @param rules how many rules it had; null for a version known only from the durable archive (activated before the last start)
 * @param tests how many of its workbook tests passed; null as for {@code rules}
 */
public record ActivatedVersion(String version, Instant activatedAt, List<FileHash> files, Integer rules, Integer tests) {

    public ActivatedVersion {
        files = List.copyOf(files);
    }
}
