package app.clientfit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpStatus;

class SafeFileNameTests {

    @TempDir
    Path root;

    @ParameterizedTest
    @ValueSource(strings = {"../etc/passwd", "..", ".", "rules/../../secret.drl", "/etc/passwd", "C:\\Windows\\win.ini",
            "..\\verdict.drl", "verdict.drl\u0000.png", "%2e%2e/verdict.drl", ".hidden.drl", "a//b.drl", "a/./b.drl",
            "verdict.drl/", "~/verdict.drl", "verdict.drl;rm -rf", "sub/..", "\u202eldr.exe", " "})
    void shouldRefuseNamesThatCouldLeadOutOfTheFolder(String requested) {
        assertThatThrownBy(() -> SafeFileName.resolve(root, requested))
                .isInstanceOfSatisfying(SafeFileName.Unsafe.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
                    assertThat(e.getBody().getDetail()).isNotBlank();
                });
    }

    @Test
    void shouldRefuseOverlongNames() {
        assertThatThrownBy(() -> SafeFileName.check("a".repeat(256) + ".drl")).isInstanceOf(SafeFileName.Unsafe.class);
    }

    @Test
    void shouldResolveOrdinaryNamesInsideTheFolder() {
        assertThat(SafeFileName.resolve(root, "verdict.drl")).isEqualTo(root.toAbsolutePath().resolve("verdict.drl"));
        assertThat(SafeFileName.resolve(root, "kunden/größe-prüfen.xlsx")).startsWithRaw(root.toAbsolutePath());
    }

    @Test
    void shouldRefuseALinkThatLeadsOutOfTheFolder() throws IOException {
        Path outside = Files.createTempFile("outside", ".drl");
        try {
            Files.createSymbolicLink(root.resolve("link.drl"), outside);

            assertThatThrownBy(() -> SafeFileName.resolve(root, "link.drl")).isInstanceOf(SafeFileName.Unsafe.class);
        } finally {
            Files.deleteIfExists(outside);
        }
    }
}
