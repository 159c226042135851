package app.clientfit.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;

import app.clientfit.storage.SqliteFolder;
import app.clientfit.storage.StoredInstants;

/** The instances' table on the default database (SQLite, as configured, not a replacement), through the service's migrations. */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ClusterNodes.class, StoredInstants.class, SqliteFolder.class})
class ClusterNodesTests {

    private static final Instant START = Instant.parse("2026-12-02T10:00:00Z");

    @Autowired
    ClusterNodes nodes;

    @Test
    void shouldListTheNodesThatReportedSinceTheCutoffWithTheirVersion() {
        nodes.report("köln:8080", "abc123", START, START.plusSeconds(10));
        nodes.report("bonn:8080", "abc123", START, START.plusSeconds(2));
        nodes.report("köln:8080", "def456", START, START.plusSeconds(12));

        assertThat(nodes.seenSince(START.plusSeconds(5))).containsExactly(
                new ClusterNode("köln:8080", "def456", START.plusSeconds(12)));
        assertThat(nodes.seenSince(START)).extracting(ClusterNode::id).containsExactly("bonn:8080", "köln:8080");
    }

    @Test
    void shouldForgetANodeThatLeftOrWasSilentLongAgo() {
        nodes.report("a", null, START, START);
        nodes.report("b", null, START, START.plusSeconds(100));
        nodes.report("c", null, START, START.plusSeconds(100));

        nodes.leave("c");
        assertThat(nodes.forgetSilentSince(START.plusSeconds(50))).isEqualTo(1);

        assertThat(nodes.seenSince(START)).extracting(ClusterNode::id).containsExactly("b");
    }

    @Test
    void shouldKeepTheFirstRefusalOfAVersionUntilItIsForgotten() {
        nodes.refuse(new ClusterNodes.Refusal("abc123", "a", START, "sheet Payment, cell C10: 'zwanzig' is not a number"));
        nodes.refuse(new ClusterNodes.Refusal("abc123", "b", START.plusSeconds(1), "other"));

        assertThat(nodes.refusal("abc123")).contains(
                new ClusterNodes.Refusal("abc123", "a", START, "sheet Payment, cell C10: 'zwanzig' is not a number"));
        nodes.forgetRefusal("abc123");
        assertThat(nodes.refusal("abc123")).isEmpty();
    }
}
