package app.clientfit.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A request id from outside is taken only when it is harmless. */
class RequestIdFilterTests {

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
}
