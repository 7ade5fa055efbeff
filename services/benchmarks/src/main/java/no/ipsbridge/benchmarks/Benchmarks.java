package no.ipsbridge.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * {@code ./ips bench}: every path of a running IPS Bridge beside its ceiling, printed as a Markdown table. With
 * {@code --record} the table also replaces the measured section of docs/performance.md; with {@code --smoke} each
 * figure is measured once and briefly, which only proves that the harness still works.
 */
public final class Benchmarks {

    static final String TABLE_START = "<!-- ./ips bench --record writes from here -->";
    static final String TABLE_END = "<!-- to here -->";

    private Benchmarks() {
    }

    /** What one run of the harness found. */
    public record Report(String machine, List<Row> rows) {

        public String markdown() {
            return machine + "\n\n" + ResultTable.markdown(rows);
        }

        /** Rows whose goal the figures do not meet. */
        public List<String> goalsNotMet() {
            return rows.stream().filter(row -> !row.goal().met())
                    .map(row -> row.path() + " " + row.concurrency() + ": " + row.goal().text()).toList();
        }

        /** Rows whose path answered something other than what it should have, which makes its figure suspect. */
        public List<String> failures() {
            return rows.stream().filter(row -> row.ours().errors() > 0)
                    .map(row -> row.path() + " " + row.concurrency() + ": " + row.ours().errors() + " failed").toList();
        }

        public int size() {
            return rows.size();
        }
    }

    /** The paths by the names `./ips bench` takes, in the order they run: reads after the writes made clients. */
    static final Map<String, Function<Bench, List<Row>>> PATHS = paths();

    private static Map<String, Function<Bench, List<Row>>> paths() {
        Map<String, Function<Bench, List<Row>>> paths = new LinkedHashMap<>();
        paths.put("writes", bench -> new ReferralWrites().measure(bench));
        paths.put("client-reads", bench -> new ClientReads().measure(bench));
        paths.put("caseload", bench -> new CaseloadReads().measure(bench));
        paths.put("relay", bench -> new RelayBurst().measure(bench));
        paths.put("rebuild", bench -> new ReadModelRebuild().measure(bench));
        paths.put("memory", bench -> new Footprint().measure(bench, "after the load"));
        return Collections.unmodifiableMap(paths);
    }

    /** Measures the named paths (all when none is named). */
    public static Report run(Target target, Settings settings, List<String> only, Consumer<String> progress) {
        List<String> unknown = only.stream().filter(name -> !PATHS.containsKey(name)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("No path named " + unknown + "; the paths are " + PATHS.keySet());
        }
        Bench bench = new Bench(target, settings, progress);
        List<Row> rows = new ArrayList<>();
        PATHS.forEach((name, path) -> {
            if (only.isEmpty() || only.contains(name)) {
                rows.addAll(path.apply(bench));
            }
        });
        return new Report(machine(bench, settings), rows);
    }

    public static void main(String[] args) throws IOException {
        List<String> options = List.of(args).stream().filter(arg -> arg.startsWith("--")).toList();
        List<String> only = List.of(args).stream().filter(arg -> !arg.startsWith("--")).toList();
        Settings settings = options.contains("--smoke") ? Settings.smoke() : Settings.full();
        Report report = run(Target.documented(), settings, only, line -> System.out.println("[bench] " + line));
        System.out.println();
        System.out.println(report.markdown());
        if (options.contains("--record")) {
            Path document = Path.of("docs/performance.md");
            Files.writeString(document, replaceTable(Files.readString(document), report.markdown()));
            System.out.println("Recorded in " + document);
        }
    }

    static String replaceTable(String document, String table) {
        int start = document.indexOf(TABLE_START);
        int end = document.indexOf(TABLE_END);
        if (start < 0 || end < start) {
            throw new IllegalStateException("docs/performance.md has no section marked for the table");
        }
        return document.substring(0, start + TABLE_START.length()) + "\n" + table + "\n"
                + document.substring(end);
    }

    private static String machine(Bench bench, Settings settings) {
        return String.format("Measured %s on %s: %d cores (%s), %s RAM; %s; %s; medians of %d run(s) of %s "
                + "after %s warm-up (%s before an HTTP path's first), concurrency %s.",
                Instant.now().truncatedTo(ChronoUnit.MINUTES), hostDescription(), Runtime.getRuntime()
                        .availableProcessors(), cpuModel(), memory(), "JDK " + Runtime.version(),
                postgresVersion(bench), settings.runs(), seconds(settings.duration()),
                seconds(settings.warmup()), seconds(settings.firstWarmup()), settings.concurrencies());
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    private static String hostDescription() {
        return System.getProperty("os.name") + " " + System.getProperty("os.version");
    }

    private static String cpuModel() {
        return procLine("/proc/cpuinfo", "model name").orElse("CPU unknown");
    }

    private static String memory() {
        return procLine("/proc/meminfo", "MemTotal").map(value -> {
            long kilobytes = Long.parseLong(value.replaceAll("[^0-9]", ""));
            return String.format("%.0f GiB", kilobytes / 1024.0 / 1024.0);
        }).orElse("unknown");
    }

    private static Optional<String> procLine(String file, String key) {
        try {
            return Files.readAllLines(Path.of(file)).stream().filter(line -> line.startsWith(key))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip()).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String postgresVersion(Bench bench) {
        try (Connection connection = bench.database("postgres");
                ResultSet rs = connection.createStatement().executeQuery("show server_version")) {
            return rs.next() ? "PostgreSQL " + rs.getString(1) : "PostgreSQL";
        } catch (SQLException e) {
            return "PostgreSQL";
        }
    }
}
