package app.clientfit.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import app.clientfit.rules.RuleFile;
import app.clientfit.rules.RuleKind;
import app.clientfit.storage.StoredInstants;

/** Reads the archived rule-set versions and their files, by key only: never a path on disk. */
@Repository
class RuleVersionQueries {

    /** One file of an archived version. */
    record ArchivedSource(String path, String kind, String sha256) {
    }

    /** An archived version and its files. */
    record ArchivedVersion(String version, Instant firstActivatedAt, List<ArchivedSource> sources) {
    }

    /** A file's exact bytes. */
    record SourceContent(ArchivedSource source, byte[] content) {
    }

    private final JdbcTemplate jdbc;
    private final StoredInstants instants;

    RuleVersionQueries(JdbcTemplate jdbc, StoredInstants instants) {
        this.jdbc = jdbc;
        this.instants = instants;
    }

    /** Newest first. */
    List<ArchivedVersion> versions() {
        Map<String, ArchivedVersion> versions = new LinkedHashMap<>();
        jdbc.query("select v.version, v.first_activated_at, s.path, s.kind, s.sha256 from ruleset_version v "
                + "left join ruleset_source s on s.version = v.version order by v.first_activated_at desc, v.version, s.path", row -> {
                    ArchivedVersion version = versions.computeIfAbsent(row.getString("version"), key -> new ArchivedVersion(key,
                            timestamp(row), new ArrayList<>()));
                    if (row.getString("path") != null) {
                        version.sources().add(new ArchivedSource(row.getString("path"), row.getString("kind"), row.getString("sha256")));
                    }
                });
        return List.copyOf(versions.values());
    }

    /** Every file of an archived version with its exact bytes, to compile the version again; empty for an unknown version. */
    List<RuleFile> files(String version) {
        return jdbc.query("select s.path, s.kind, s.sha256, f.content from ruleset_source s join rule_file f on f.sha256 = s.sha256 "
                + "where s.version = ? order by s.path", (row, n) -> new RuleFile(row.getString("path"), RuleKind.valueOf(row.getString("kind")),
                row.getBytes("content"), row.getString("sha256")), version);
    }

    /**
     * @param file the path as the rule set shows it ({@code rules/verdict.drl}) or within the rule folder ({@code verdict.drl})
     */
    Optional<SourceContent> source(String version, String file) {
        List<ArchivedSource> sources = jdbc.query("select path, kind, sha256 from ruleset_source where version = ? order by path",
                (row, n) -> new ArchivedSource(row.getString("path"), row.getString("kind"), row.getString("sha256")), version);
        return sources.stream().filter(source -> source.path().equals(file)).findFirst()
                .or(() -> sources.stream().filter(source -> withinFolder(source.path()).equals(file)).findFirst())
                .map(source -> new SourceContent(source, jdbc.queryForObject("select content from rule_file where sha256 = ?",
                        byte[].class, source.sha256())));
    }

    private static String withinFolder(String path) {
        return path.substring(path.indexOf('/') + 1);
    }

    private Instant timestamp(java.sql.ResultSet row) {
        try {
            return instants.read(row, "first_activated_at");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
