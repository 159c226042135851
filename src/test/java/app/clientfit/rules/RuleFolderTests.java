package app.clientfit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The folder's stamp tells a change of a rule file from office programs' leftovers. */
class RuleFolderTests {

    @TempDir
    Path folder;

    @Test
    void shouldChangeTheStampWithARuleFileButNotWithLockFiles() throws IOException {
        Files.writeString(folder.resolve("verdict.drl"), "rule");
        RuleFolder rules = new RuleFolder(folder);
        var before = rules.stamp();

        Files.writeString(folder.resolve("~$payment.xlsx"), "lock");
        Files.writeString(folder.resolve(".~lock.payment.xlsx#"), "lock");
        assertThat(rules.stamp()).isEqualTo(before);

        Files.writeString(folder.resolve("verdict.drl"), "rule, changed");
        assertThat(rules.stamp()).isNotEqualTo(before);
    }

    @Test
    void shouldLeaveOutLockAndHiddenFilesAndNameFilesByTheFolder() throws IOException {
        Files.createDirectories(folder.resolve("extra"));
        Files.writeString(folder.resolve("extra/größe.drl"), "rule");
        Files.writeString(folder.resolve("~$payment.xlsx"), "lock");
        Files.writeString(folder.resolve(".hidden.drl"), "rule");

        assertThat(new RuleFolder(folder).read()).extracting(RuleFile::source)
                .containsExactly(folder.getFileName() + "/extra/größe.drl");
    }
}
