package no.ipsbridge.benchmarks;

import java.time.Duration;
import java.util.List;

/**
 * How long and how hard to measure. The full run is what docs/performance.md records; the smoke run only proves,
 * inside the test command, that every path and every ceiling can still be measured.
 *
 * @param runs          how often each figure is measured; the table shows the median
 * @param firstWarmup   load before a path's first measurement, at the highest concurrency, not counted: long enough
 *                      for services just started on shared cores to reach their compiled speed
 * @param warmup        load before each measurement that is not counted, so the JIT and the pools are warm
 * @param duration      how long each measurement lasts
 * @param concurrencies the numbers of concurrent callers each path is measured at
 * @param burst         the rows of one outbox burst
 * @param producerRecords the records of the producer's ceiling: enough that its JVM's start and first metadata
 *                      request do not count, which a burst's few thousand would
 */
public record Settings(int runs, Duration firstWarmup, Duration warmup, Duration duration,
        List<Integer> concurrencies, int burst, int producerRecords) {

    public static Settings full() {
        return new Settings(3, Duration.ofSeconds(30), Duration.ofSeconds(3), Duration.ofSeconds(8), List.of(1, 4, 16),
                20_000, 200_000);
    }

    public static Settings smoke() {
        return new Settings(1, Duration.ofMillis(300), Duration.ofMillis(300), Duration.ofSeconds(1), List.of(1, 4),
                200, 1_000);
    }

    /** The highest concurrency, at which the reads' latency goals are set. */
    public int highest() {
        return concurrencies.getLast();
    }
}
