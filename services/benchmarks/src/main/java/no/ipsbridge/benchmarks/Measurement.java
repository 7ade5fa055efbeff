package no.ipsbridge.benchmarks;

import java.util.Comparator;
import java.util.List;

/**
 * One measured figure: operations per second (or the unit its row names), and the latency the callers saw (0
 * where the tool gives none).
 *
 * @param errors operations that did not get the expected answer; a path with errors is shown as such
 */
public record Measurement(double value, double p50Millis, double p99Millis, long operations, long errors) {

    /** The median of several runs, each figure on its own. */
    public static Measurement median(List<Measurement> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("No runs to take the median of");
        }
        return new Measurement(
                middle(runs.stream().map(Measurement::value).toList()),
                middle(runs.stream().map(Measurement::p50Millis).toList()),
                middle(runs.stream().map(Measurement::p99Millis).toList()),
                Math.round(middle(runs.stream().map(m -> (double) m.operations()).toList())),
                runs.stream().mapToLong(Measurement::errors).sum());
    }

    private static double middle(List<Double> values) {
        List<Double> sorted = values.stream().sorted(Comparator.naturalOrder()).toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** Percentile of latencies in nanoseconds, in milliseconds. */
    static double percentileMillis(long[] sortedNanos, double percentile) {
        if (sortedNanos.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, Math.min(index, sortedNanos.length - 1))] / 1_000_000.0;
    }
}
