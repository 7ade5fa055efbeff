package no.ipsbridge.outbox;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;

/**
 * The meters of one handler, shared by its consumers: an operator asks how far the handler is behind, not each of
 * the threads that read its partitions side by side.
 */
final class ConsumerMeters {

    private final List<AtomicLong> lags = new CopyOnWriteArrayList<>();
    final AtomicLong lastHandledEpochSecond = new AtomicLong();
    final Counter handled;
    final Counter duplicates;
    final Counter retried;
    final Counter deadLettered;
    final Counter restarts;
    final Counter batchFallbacks;

    ConsumerMeters(String handlerName, MeterRegistry meters) {
        Tags tags = Tags.of("consumer", handlerName);
        // A gauge holds its object weakly, and only the gauge refers to this list.
        Gauge.builder("ips.consumer.lag", lags, all -> all.stream().mapToLong(AtomicLong::get).sum()).tags(tags)
                .strongReference(true)
                .description("Records on the consumer's partitions that it has not handled yet").register(meters);
        Gauge.builder("ips.consumer.last.handled", lastHandledEpochSecond, AtomicLong::get).tags(tags)
                .baseUnit("seconds").description("When the consumer last handled a record (Unix time; 0: never)")
                .register(meters);
        handled = Counter.builder("ips.consumer.handled").tags(tags)
                .description("Records handled, duplicates included").register(meters);
        duplicates = Counter.builder("ips.consumer.duplicates").tags(tags)
                .description("Records delivered again and not applied: the inbox had them already").register(meters);
        retried = Counter.builder("ips.consumer.retries").tags(tags)
                .description("Attempts that failed for a passing reason and will be made again").register(meters);
        deadLettered = Counter.builder("ips.consumer.dead.letters").tags(tags)
                .description("Records sent to the dead-letter topic").register(meters);
        batchFallbacks = Counter.builder("ips.consumer.batch.fallbacks").tags(tags)
                .description("Batches that failed and were taken again one record at a time").register(meters);
        restarts = Counter.builder("ips.consumer.restarts").tags(tags)
                .description("Times the consumer failed and was started again").register(meters);
    }

    /** The lag of one consumer's partitions, counted into the handler's. */
    AtomicLong newLag() {
        AtomicLong lag = new AtomicLong();
        lags.add(lag);
        return lag;
    }
}
