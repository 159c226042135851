package app.clientfit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/**
 * A PostgreSQL server of the test's own, started from the installed binaries in a temporary folder on a free
 * port, which the test may stop and start again (the shared test server must not be stopped). As root the
 * server runs as the postgres user, since PostgreSQL refuses to run as root.
 */
final class StoppablePostgres implements AutoCloseable {

    private static final String USER = "clientfit";

    private final Path bin;
    private final Path folder;
    private final int port;

    private StoppablePostgres(Path bin, Path folder, int port) {
        this.bin = bin;
        this.folder = folder;
        this.port = port;
    }

    /** Starts a new server; skips the test (fails it on CI) when no PostgreSQL is installed. */
    static StoppablePostgres start() throws Exception {
        Optional<Path> bin = installedBinaries();
        if (bin.isEmpty() && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true but no PostgreSQL binaries are installed (.ci/postgres-for-tests installs them)");
        }
        Assumptions.assumeTrue(bin.isPresent(), "SKIPPED LOUDLY: no PostgreSQL binaries (initdb, pg_ctl) are installed under "
                + "/usr/lib/postgresql/<version>/bin; install the postgresql package to run the database outage test");
        Path folder = Files.createTempDirectory("clientfit-outage-pg");
        if (isRoot()) {
            run("chown postgres " + folder);
        }
        StoppablePostgres server = new StoppablePostgres(bin.get(), folder, freePort());
        server.asOwner("'" + bin.get().resolve("initdb") + "' -D '" + folder.resolve("data") + "' -U postgres -A trust -E UTF8 --locale=C.UTF-8");
        server.startAgain();
        server.asOwner("'" + bin.get().resolve("psql") + "' -q -h 127.0.0.1 -p " + server.port + " -U postgres -d postgres -v ON_ERROR_STOP=1"
                + " -c \"create user " + USER + " password '" + USER + "'\" -c \"create database " + USER + " owner " + USER + "\"");
        return server;
    }

    /** How the service and the test reach it; the socket timeout bounds a statement on a vanished server. */
    ProcessStorage storage() {
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/" + USER + "?socketTimeout=30";
        return new ProcessStorage("PostgreSQL", Map.of("spring.datasource.url", url, "spring.datasource.username", USER,
                "spring.datasource.password", USER), url, USER, USER);
    }

    /** pg_ctl stop -m fast: open connections are ended, transactions under way rolled back. */
    void stop() throws Exception {
        asOwner("'" + bin.resolve("pg_ctl") + "' -D '" + folder.resolve("data") + "' -m fast -w stop");
    }

    void startAgain() throws Exception {
        asOwner("'" + bin.resolve("pg_ctl") + "' -D '" + folder.resolve("data") + "' -l '" + folder.resolve("server.log") + "' -w -o \"-p "
                + port + " -k '" + folder + "' -c listen_addresses=127.0.0.1\" start");
    }

    @Override
    public void close() throws Exception {
        try {
            asOwner("'" + bin.resolve("pg_ctl") + "' -D '" + folder.resolve("data") + "' -m immediate stop || true");
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private void asOwner(String command) throws Exception {
        run(isRoot() ? "su postgres -s /bin/sh -c " + quoted(command) : command);
    }

    private static String quoted(String command) {
        return "'" + command.replace("'", "'\\''") + "'";
    }

    private static void run(String command) throws Exception {
        Process process = new ProcessBuilder("sh", "-c", command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished: " + command).isTrue();
        assertThat(process.exitValue()).as(command + "\n" + output).isZero();
    }

    private static Optional<Path> installedBinaries() throws IOException {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(version -> version.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString().replaceAll("\\D", "0"))));
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
