package app.clientfit.cluster;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import app.clientfit.storage.StoredInstants;

/** The instances of the service as the shared database knows them, and the rule versions one of them refused. */
@Repository
class ClusterNodes {

    /** A rule version an instance found invalid, with the first of its problems. */
    record Refusal(String version, String refusedBy, Instant refusedAt, String problem) {
    }

    private final JdbcTemplate jdbc;
    private final StoredInstants instants;

    ClusterNodes(JdbcTemplate jdbc, StoredInstants instants) {
        this.jdbc = jdbc;
        this.instants = instants;
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
                (row, n) -> new ClusterNode(row.getString(1), row.getString(2), instants.read(row, "last_seen")), utc(cutoff));
    }

    /** Forgets instances silent since the cutoff (they are long gone from the list). */
    int forgetSilentSince(Instant cutoff) {
        return jdbc.update("delete from cluster_node where last_seen < ?", utc(cutoff));
    }

    Optional<Refusal> refusal(String version) {
        return jdbc.query("select version, refused_by, refused_at, problem from refused_version where version = ?",
                (row, n) -> new Refusal(row.getString(1), row.getString(2), instants.read(row, "refused_at"),
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

    private Object utc(Instant instant) {
        return instants.bind(instant);
    }
}
