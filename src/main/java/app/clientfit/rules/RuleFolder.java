package app.clientfit.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Finds the rule files in the rule folder, leaving out what office programs leave behind. */
public final class RuleFolder {

    private final Path directory;

    public RuleFolder(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    public Path directory() {
        return directory;
    }

    public List<RuleFile> read() {
        if (!Files.isDirectory(directory)) {
            throw new UncheckedIOException(new IOException("the rule folder " + displayName() + " does not exist"));
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile)
                    .filter(RuleFolder::isRuleFile)
                    .sorted(Comparator.comparing(Path::toString))
                    .map(this::load)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The names, sizes and modification times of the rule files: cheap to take, and equal twice only when
     * nothing was written in between.
     */
    public List<String> stamp() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).filter(RuleFolder::isRuleFile).sorted()
                    .map(file -> file + "\0" + file.toFile().length() + "\0" + file.toFile().lastModified()).toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of("unreadable");
        }
    }

    /**
     * Every other file of the folder that is not read, with the reason and what to do, so that no file is ignored in
     * silence; lock, temporary and hidden files (and anything in a hidden folder) stay unmentioned.
     */
    public List<SkippedFile> skipped() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).filter(file -> !isRuleFile(file) && !isInvisible(file)).sorted()
                    .map(file -> new SkippedFile(sourceOf(file), RuleFileNames.skipReason(file.getFileName().toString()))).toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }

    private boolean isInvisible(Path file) {
        for (Path part : directory.relativize(file.toAbsolutePath().normalize())) {
            if (RuleFileNames.isLockOrHidden(part.toString())) {
                return true;
            }
        }
        return false;
    }

    /** Lock files (~$x.xlsx, .~lock.x#), hidden files and anything not a rule file are ignored. */
    public static boolean isRuleFile(Path file) {
        return RuleFileNames.isRuleFile(file.getFileName().toString());
    }

    /** The name a file is shown with: relative to the rule folder's parent, with forward slashes. */
    public String sourceOf(Path file) {
        return displayName() + "/" + directory.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    private String displayName() {
        Path name = directory.getFileName();
        return name == null ? "rules" : name.toString();
    }

    private RuleFile load(Path file) {
        try {
            return RuleFile.of(sourceOf(file), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
