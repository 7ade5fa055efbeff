package no.ipsbridge.benchmarks;

import java.util.List;
import java.util.Locale;

/** The rows as a Markdown table, for the console and for docs/performance.md alike. */
final class ResultTable {

    private ResultTable() {
    }

    static String markdown(List<Row> rows) {
        StringBuilder out = new StringBuilder();
        out.append("| path | c | IPS Bridge | p50 / p99 ms | ceiling | ceiling figure | ratio | goal |\n");
        out.append("|---|---|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            out.append("| ").append(row.path())
                    .append(" | ").append(row.concurrency())
                    .append(" | ").append(rate(row.ours(), row.unit()))
                    .append(row.ours().errors() > 0 ? " (" + row.ours().errors() + " failed)" : "")
                    .append(" | ").append(latency(row.ours()))
                    .append(" | ").append(row.ceilingName())
                    .append(" | ").append(row.ceiling() == null ? "" : rate(row.ceiling(), row.unit()))
                    .append(" | ").append(Double.isNaN(row.ratio()) ? "" : format("%.2f", row.ratio()))
                    .append(" | ").append(row.goal().text().isEmpty() ? "" : (row.goal().met() ? "met: " : "**not met**: ")
                            + row.goal().text())
                    .append(" |\n");
        }
        return out.toString();
    }

    private static String rate(Measurement measurement, String unit) {
        return format("%,.0f", measurement.value()) + " " + unit;
    }

    private static String latency(Measurement measurement) {
        return measurement.p99Millis() == 0 ? "" : format("%.1f", measurement.p50Millis()) + " / "
                + format("%.1f", measurement.p99Millis());
    }

    private static String format(String pattern, double value) {
        return String.format(Locale.ROOT, pattern, value);
    }
}
