package app.clientfit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Names from outside (file paths) are taken only when they are harmless. */
class RequestHygieneTests {

    @Test
    void shouldAcceptRuleFilePathsOfPlainSegments() {
        assertThat(SourcePath.isValidFile("rules/verdict.drl")).isTrue();
        assertThat(SourcePath.isValidFile("verdict.drl")).isTrue();
        assertThat(SourcePath.isValidFile("rules/sub/payment-and-boundaries.xlsx")).isTrue();
        assertThat(SourcePath.isValidVersion("371c7ea31c7f")).isTrue();
    }

    @Test
    void shouldRefuseTraversalShapedPaths() {
        for (String path : new String[] {"../pom.xml", "rules/../../etc/passwd", "/etc/passwd", "rules\\..\\pom.xml", "rules//x.drl",
                "./rules/x.drl", "rules/x.drl\u0000.txt", "", "rules/"}) {
            assertThat(SourcePath.isValidFile(path)).as(path).isFalse();
        }
        assertThat(SourcePath.isValidVersion("../x")).isFalse();
    }
}
