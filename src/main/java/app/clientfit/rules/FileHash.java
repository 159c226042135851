package app.clientfit.rules;

import java.util.List;

/** A rule file by its path and the hash of its content, as a version or an attempt records it. */
public record FileHash(String path, String sha256) {

    public static List<FileHash> of(List<RuleFile> files) {
        return files.stream().map(file -> new FileHash(file.source(), file.sha256())).toList();
    }
}
