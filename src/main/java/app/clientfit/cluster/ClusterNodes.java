package app.clientfit.cluster;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The instances of the service as the shared database knows them, and the rule versions one of them refused. */
@Repository
class ClusterNodes {

    /** A rule version an instance found invalid, with the first of its problems. */
    record Refusal(String version, String refusedBy, Instant refusedAt, String problem) {
    }

    private final JdbcTemplate jdbc;

    ClusterNodes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void report(String id, String activeVersion, Instant startedAt, Instant now) {
        int updated = jdbc.update("update cluster_node set active_version = ?, last_seen = ? where id = ?", activeVersion, utc(now), id);
        if (updated == 0) {
            jdbc.update("insert into cluster_node (id, active_version, started_at, last_seen) values (?, ?, ?, ?)", id, activeVersion,
                    utc(startedAt), utc(now));
        }
    }

    void leave(String id) {
        jdbc.update("delete from cluster_node where id = ?", id);
    }

    /** The instances that reported since the cutoff, by name. */
    List<ClusterNode> seenSince(Instant cutoff) {
        return jdbc.query("select id, active_version, last_seen from cluster_node where last_seen >= ? order by id",
                (row, n) -> new ClusterNode(row.getString(1), row.getString(2), row.getObject(3, OffsetDateTime.class).toInstant()), utc(cutoff));
    }

    /** Forgets instances silent since the cutoff (they are long gone from the list). */
    int forgetSilentSince(Instant cutoff) {
        return jdbc.update("delete from cluster_node where last_seen < ?", utc(cutoff));
    }

    Optional<Refusal> refusal(String version) {
        return jdbc.query("select version, refused_by, refused_at, problem from refused_version where version = ?",
                (row, n) -> new Refusal(row.getString(1), row.getString(2), row.getObject(3, OffsetDateTime.class).toInstant(),
                        row.getString(4)), version).stream().findFirst();
    }

    /** Records the refusal unless the version was refused already (the first refusal stays). */
    void refuse(Refusal refusal) {
        jdbc.update("""
                insert into refused_version (version, refused_by, refused_at, problem)
                select ?, ?, ?, ? where not exists (select 1 from refused_version where version = ?)""",
                refusal.version(), refusal.refusedBy(), utc(refusal.refusedAt()), refusal.problem(), refusal.version());
    }

    void forgetRefusal(String version) {
        jdbc.update("delete from refused_version where version = ?", version);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
