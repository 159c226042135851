package app.clientfit.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.clientfit.rules.ActivatedVersion;
import app.clientfit.rules.FileHash;

/** With the audit on, the history of versions is this run's activations, then what the archive kept from before. */
class ArchivedRuleSetHistoryTests {

    private static final Instant YESTERDAY = Instant.parse("2026-11-30T09:00:00Z");
    private static final Instant TODAY = Instant.parse("2026-12-01T09:00:00Z");

    private final RuleVersionQueries archive = mock(RuleVersionQueries.class);
    private final ArchivedRuleSetHistory history = new ArchivedRuleSetHistory(archive);

    @Test
    void shouldListThisRunsActivationsFirstWithTheirCounts() {
        given(archive.versions()).willReturn(List.of(archived("b2", TODAY), archived("a1", YESTERDAY)));
        history.record(new ActivatedVersion("b2", TODAY, List.of(new FileHash("rules/verdict.drl", "9f")), 12, 8));

        assertThat(history.versions()).extracting(ActivatedVersion::version).containsExactly("b2", "a1");
        assertThat(history.versions().get(0).rules()).isEqualTo(12);
        assertThat(history.versions().get(0).tests()).isEqualTo(8);
    }

    @Test
    void shouldKeepVersionsFromBeforeTheLastStartWithTheirFilesButNoCounts() {
        given(archive.versions()).willReturn(List.of(archived("a1", YESTERDAY)));

        ActivatedVersion older = history.versions().get(0);

        assertThat(older.version()).isEqualTo("a1");
        assertThat(older.activatedAt()).isEqualTo(YESTERDAY);
        assertThat(older.files()).containsExactly(new FileHash("rules/verdict.drl", "9f"));
        assertThat(older.rules()).isNull();
        assertThat(older.tests()).isNull();
    }

    private static RuleVersionQueries.ArchivedVersion archived(String version, Instant at) {
        return new RuleVersionQueries.ArchivedVersion(version, at,
                List.of(new RuleVersionQueries.ArchivedSource("rules/verdict.drl", "DRL", "9f")));
    }
}
