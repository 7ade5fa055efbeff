package no.ipsbridge.benchmarks;

import java.time.Duration;
import java.util.List;

/**
 * How long and how hard to measure. The full run is what docs/performance.md records; the smoke run only proves,
 * inside the test command, that every path and every ceiling can still be measured.
 *
 * @param runs          how often each figure is measured; the table shows the median
 * @param warmup        load before each measurement that is not counted, so the JIT and the pools are warm
 * @param duration      how long each measurement lasts
 * @param concurrencies the numbers of concurrent callers each path is measured at
 * @param burst         the rows of one outbox burst, and the records of the producer's ceiling
 */
public record Settings(int runs, Duration warmup, Duration duration, List<Integer> concurrencies, int burst) {

    public static Settings full() {
        return new Settings(3, Duration.ofSeconds(3), Duration.ofSeconds(8), List.of(1, 4, 16), 5_000);
    }

    public static Settings smoke() {
        return new Settings(1, Duration.ofMillis(300), Duration.ofSeconds(1), List.of(1, 4), 200);
    }

    /** The highest concurrency, at which the reads' latency goals are set. */
    public int highest() {
        return concurrencies.getLast();
    }
}
