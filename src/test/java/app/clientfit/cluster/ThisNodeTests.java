package app.clientfit.cluster;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

import app.clientfit.rules.ActiveRuleSet;

/** This instance's heartbeat: named by its configuration, reported with its version, never failing the caller. */
class ThisNodeTests {

    private final ClusterNodes nodes = mock(ClusterNodes.class);
    private final Clock clock = Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC);
    private final ThisNode node = new ThisNode(nodes, new ClusterProperties("köln-1", Duration.ofSeconds(2), Duration.ofSeconds(15)),
            new ActiveRuleSet(), clock);

    @Test
    void shouldReportNothingBeforeItHasAName() {
        node.report();

        verify(nodes, never()).report(any(), any(), any(), any());
    }

    @Test
    void shouldKeepBeatingWhileTheDatabaseCannotBeReached() {
        node.name("köln-1");
        doThrow(new DataAccessResourceFailureException("connection refused")).when(nodes)
                .report(eq("köln-1"), isNull(), any(), any());

        assertThatCode(node::report).doesNotThrowAnyException();

        verify(nodes, times(2)).report(eq("köln-1"), isNull(), eq(clock.instant()), eq(clock.instant()));
    }
}
