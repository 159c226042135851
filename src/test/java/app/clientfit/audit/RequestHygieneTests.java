package app.clientfit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Names from outside (request ids, file paths) are taken only when they are harmless. */
class RequestHygieneTests {

    @Test
    void shouldKeepACallersPlainRequestId() {
        assertThat(RequestIdFilter.acceptOrCreate("trace-4711")).isEqualTo("trace-4711");
        assertThat(RequestIdFilter.acceptOrCreate("3f0c2a1e-9b7d-4c1e-8f00-123456789abc")).isEqualTo("3f0c2a1e-9b7d-4c1e-8f00-123456789abc");
    }

    @Test
    void shouldReplaceARequestIdThatCouldBreakALogLineOrHeader() {
        for (String offered : new String[] {"evil\r\nX-Injected: 1", "with space", "", "x".repeat(101), "ümlaut", null}) {
            assertThat(RequestIdFilter.acceptOrCreate(offered)).as(String.valueOf(offered)).isNotEqualTo(offered).hasSize(36);
        }
    }

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
