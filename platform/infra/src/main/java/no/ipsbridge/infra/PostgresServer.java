package no.ipsbridge.infra;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.jboss.logging.Logger;

/**
 * A real PostgreSQL server from the binaries that zonky publishes on Maven Central.
 *
 * <p>PostgreSQL refuses to run as root. Where this JVM is root (CI runners and sandboxes often are), the server
 * runs in a new user namespace through {@code unshare --user}: inside it the process is the unmapped user, which
 * is also who the data directory appears to belong to, so PostgreSQL's ownership checks pass without a system
 * account.
 */
public final class PostgresServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(PostgresServer.class);
    public static final String SUPERUSER = "postgres";

    private final Path dataDir;
    private final int port;
    private final boolean durable;
    private ChildProcess process;

    /**
     * @param dataDir where the cluster lives; an existing cluster is reused, so a launcher keeps its data
     * @param durable false for tests: fsync off, since a test database never has to survive a power cut
     */
    public PostgresServer(Path dataDir, int port, boolean durable) {
        this.dataDir = dataDir;
        this.port = port;
        this.durable = durable;
    }

    public PostgresServer start() {
        Path binaries = unpackBinaries();
        Path data = dataDir.resolve("data");
        Path log = dataDir.resolve("postgres.log");
        if (!Files.exists(data.resolve("PG_VERSION"))) {
            Workspace.createDirectories(dataDir);
            ChildProcess.run("initdb", asServerUser(List.of(binaries.resolve("bin/initdb").toString(),
                    "-D", data.toString(), "-U", SUPERUSER, "-A", "trust", "-E", "UTF8", "--locale=C",
                    "--no-instructions")), dataDir, log, Duration.ofMinutes(2));
        }
        List<String> command = new ArrayList<>(List.of(binaries.resolve("bin/postgres").toString(),
                "-D", data.toString(), "-p", Integer.toString(port),
                "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=",
                "-c", "max_connections=200",
                // A region's inbox and read-model indexes fit (64 MB had every batch read its pages back from the
                // operating system); and checkpoints come on time, not every gigabyte of WAL: with 1 GB a write
                // load on the region forced one every minute or so, and each first change of a page after it wrote
                // the whole page to the WAL again (issue 15, docs/performance.md).
                "-c", "shared_buffers=512MB", "-c", "max_wal_size=8GB", "-c", "log_checkpoints=on"));
        if (!durable) {
            command.addAll(List.of("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"));
        }
        process = ChildProcess.start("PostgreSQL", asServerUser(command), dataDir, log, Map.of());
        process.awaitReady(Duration.ofMinutes(1), this::acceptsConnections);
        LOG.infof("PostgreSQL %s ready on port %d", Distributions.postgresVersion(), port);
        return this;
    }

    /** Creates the database if it does not exist yet; each service owns one. */
    public String createDatabase(String name) {
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
        try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
            var exists = statement.executeQuery("select 1 from pg_database where datname = '" + name + "'");
            if (!exists.next()) {
                statement.execute("create database " + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
        return jdbcUrl(name);
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), SUPERUSER, "");
    }

    /** Fast shutdown: rolls back open transactions, keeps everything committed, and checkpoints. */
    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.interrupt();
            process.awaitExit(Duration.ofSeconds(30));
        }
    }

    /** Stops the server the way a crash would, for tests of what survives a database restart. */
    public void kill() {
        if (process != null) {
            process.stop(Duration.ofSeconds(1));
        }
    }

    private boolean acceptsConnections() {
        try (Connection ignored = connect("postgres")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static List<String> asServerUser(List<String> command) {
        if (!"root".equals(System.getProperty("user.name"))) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of("unshare", "--user"));
        wrapped.addAll(command);
        return wrapped;
    }

    private static Path unpackBinaries() {
        Path target = Workspace.distributionsDir().resolve("postgres-" + Distributions.postgresVersion());
        return Workspace.unpackOnce(target, "bin/postgres", dir -> {
            try (ZipFile jar = new ZipFile(Distributions.postgresBinariesJar().toFile())) {
                var entry = jar.stream().filter(e -> e.getName().endsWith(".txz")).findFirst().orElseThrow(
                        () -> new IllegalStateException("No .txz in " + Distributions.postgresBinariesJar()));
                try (InputStream raw = jar.getInputStream(entry);
                        TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(raw))) {
                    for (TarArchiveEntry file = tar.getNextEntry(); file != null; file = tar.getNextEntry()) {
                        Path out = Workspace.entryPath(dir, file.getName());
                        if (file.isDirectory()) {
                            Files.createDirectories(out);
                        } else if (file.isSymbolicLink()) {
                            Files.createDirectories(out.getParent());
                            Files.createSymbolicLink(out, Path.of(file.getLinkName()));
                        } else {
                            Files.createDirectories(out.getParent());
                            Files.copy(tar, out, StandardCopyOption.REPLACE_EXISTING);
                            if ((file.getMode() & 0100) != 0) {
                                Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
                            }
                        }
                    }
                }
            }
        });
    }
}
