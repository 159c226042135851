package app.clientfit.rules;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;

/** A rule set's version: a content hash over its files' names and contents, short enough to read. */
final class RuleSetVersion {

    private static final int LENGTH = 12;

    private RuleSetVersion() {
    }

    static String of(List<RuleFile> files) {
        StringBuilder manifest = new StringBuilder();
        files.stream().sorted(Comparator.comparing(RuleFile::source))
                .forEach(file -> manifest.append(file.source()).append('\0').append(file.sha256()).append('\n'));
        return RuleFile.sha256(manifest.toString().getBytes(StandardCharsets.UTF_8)).substring(0, LENGTH);
    }
}
