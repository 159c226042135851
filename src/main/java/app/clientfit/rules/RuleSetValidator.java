package app.clientfit.rules;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;

/**
 * Dry-runs one changed or new rule file with the rest of the active rule set: compiles and tests the
 * result and says what it would be. Nothing is activated, recorded or written.
 */
@Service
public class RuleSetValidator {

    private final RuleFolder folder;
    private final ActiveRuleSet active;
    private final RuleSetCandidates candidates;

    public RuleSetValidator(RulesProperties properties, ActiveRuleSet active, RuleSetCandidates candidates) {
        this.folder = new RuleFolder(properties.dir());
        this.active = active;
        this.candidates = candidates;
    }

    /** @param fileName a plain file name, checked by the caller; the file replaces the one of that name */
    public Candidate validate(String fileName, byte[] content) {
        RuleFile upload = RuleFile.of(folder.sourceOf(folder.directory().resolve(fileName)), content);
        List<RuleFile> files = new ArrayList<>(rest().stream().filter(file -> !file.source().equals(upload.source())).toList());
        files.add(upload);
        files.sort(Comparator.comparing(RuleFile::source));
        return candidates.build(files, folder.skipped());
    }

    /** The rule folder as it is on disk now, built and tested as the loader would, and not activated. */
    public Candidate validateFolder() {
        return candidates.build(folder.read());
    }

    /** The files of the active rule set; the folder's files when none is active yet. */
    private List<RuleFile> rest() {
        return active.current().map(RuleSet::sources).orElseGet(() -> {
            try {
                return folder.read();
            } catch (UncheckedIOException e) {
                return List.of();
            }
        });
    }
}
