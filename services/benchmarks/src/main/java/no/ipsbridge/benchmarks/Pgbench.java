package no.ipsbridge.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * PostgreSQL's own benchmark, running a path's SQL as the service sends it: the ceiling a service's write or read
 * can come near but not pass, on the same server and the same data.
 *
 * <p>It runs in a shadow schema: a copy of the tables the path touches, data and indexes included, so that the
 * ceiling writes nothing into the service's own tables and reads as much data as the service does.
 */
final class Pgbench {

    static final String SHADOW = "bench_shadow";
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    private static final Pattern FAILED = Pattern.compile("number of failed transactions: (\\d+)");

    private final Target target;

    Pgbench(Target target) {
        this.target = target;
    }

    /** Fails with what to install when pgbench is missing; CI installs it (see .ci/run). */
    static String executable() {
        for (String candidate : List.of("/usr/bin/pgbench", "/usr/local/bin/pgbench")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(version -> version.resolve("bin/pgbench")).filter(Files::isExecutable).findFirst()
                    .map(Path::toString).orElseThrow();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("pgbench is not installed; on Debian: apt-get install postgresql-client");
        }
    }

    /** Copies the tables into the shadow schema of the database, replacing an earlier copy. */
    void shadow(String database, List<String> tables) {
        try (Connection connection = DriverManager.getConnection(target.jdbcUrl(database), "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + SHADOW + " cascade");
            statement.execute("create schema " + SHADOW);
            for (String table : tables) {
                statement.execute("create table %s.%s (like public.%s including all)".formatted(SHADOW, table, table));
                statement.execute("insert into %s.%s overriding system value select * from public.%s"
                        .formatted(SHADOW, table, table));
            }
            // The copies' identity columns go on from the highest copied value, as the originals do.
            List<String[]> identities = new ArrayList<>();
            try (var columns = statement.executeQuery("select table_name, column_name from "
                    + "information_schema.columns where table_schema = '" + SHADOW + "' and is_identity = 'YES'")) {
                while (columns.next()) {
                    identities.add(new String[] {columns.getString(1), columns.getString(2)});
                }
            }
            for (String[] identity : identities) {
                statement.execute("select setval(pg_get_serial_sequence('%s.%s', '%s'), coalesce(max(%s), 0) + 1, "
                        .formatted(SHADOW, identity[0], identity[1], identity[1]) + "false) from %s.%s"
                        .formatted(SHADOW, identity[0]));
            }
            statement.execute("analyze");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not copy " + tables + " of " + database + " for pgbench", e);
        }
    }

    void dropShadow(String database) {
        try (Connection connection = DriverManager.getConnection(target.jdbcUrl(database), "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + SHADOW + " cascade");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop the pgbench copy in " + database, e);
        }
    }

    /** Runs the script against the shadow schema with {@code concurrency} clients and prepared statements. */
    Measurement run(String database, String script, int concurrency, Duration duration, Map<String, String> variables) {
        Path work = temporaryDirectory();
        try {
            Path scriptFile = work.resolve("path.sql");
            Files.writeString(scriptFile, script);
            List<String> command = new ArrayList<>(List.of(executable(), "-n", "-M", "prepared",
                    "-c", Integer.toString(concurrency), "-j", Integer.toString(Math.min(concurrency, 2)),
                    "-T", Long.toString(Math.max(1, duration.toSeconds())), "-l", "--log-prefix",
                    work.resolve("latency").toString(), "-f", scriptFile.toString(),
                    "-h", target.postgresHost(), "-p", Integer.toString(target.postgresPort()), "-U", "postgres"));
            variables.forEach((name, value) -> command.addAll(List.of("-D", name + "=" + value)));
            command.add(database);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().put("PGOPTIONS", "-c search_path=" + SHADOW);
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(duration.toSeconds() + 60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("pgbench failed:\n" + output);
            }
            long[] latencies = latencies(work);
            return new Measurement(number(TPS, output), Measurement.percentileMillis(latencies, 50),
                    Measurement.percentileMillis(latencies, 99), latencies.length, (long) number(FAILED, output));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            deleteQuietly(work);
        }
    }

    /** Each transaction's latency from pgbench's per-transaction logs (the third field, in microseconds). */
    private static long[] latencies(Path work) throws IOException {
        try (Stream<Path> logs = Files.list(work)) {
            return logs.filter(file -> file.getFileName().toString().startsWith("latency"))
                    .flatMap(file -> {
                        try {
                            return Files.readAllLines(file).stream();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .map(line -> line.split(" "))
                    .filter(fields -> fields.length >= 3)
                    .mapToLong(fields -> Long.parseLong(fields[2]) * 1_000)
                    .sorted().toArray();
        }
    }

    private static double number(Pattern pattern, String output) {
        Matcher matcher = pattern.matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException("pgbench said nothing like " + pattern + ":\n" + output);
        }
        return Double.parseDouble(matcher.group(1));
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("ips-pgbench-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            files.forEach(file -> file.toFile().delete());
            Files.deleteIfExists(directory);
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }

    static String resource(String name) {
        try (var in = Pgbench.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("No pgbench script " + name);
            }
            return new String(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
