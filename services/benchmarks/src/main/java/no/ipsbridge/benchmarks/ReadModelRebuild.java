package no.ipsbridge.benchmarks;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import no.ipsbridge.events.Topics;

/**
 * An IPS manager rebuilding the reports' read model from offset 0, beside a consumer that only reads the same
 * topics: how close the reporting service's consumers come to the broker's own pace.
 */
final class ReadModelRebuild {

    static final String MANAGER = "manager.bergen";
    private static final List<String> TOPICS = List.of(Topics.CLIENTS, Topics.SPECIALISTS, Topics.PLACEMENTS,
            Topics.TEAMS);
    private static final List<String> GROUPS = List.of("ips-reporting.read-model-clients",
            "ips-reporting.read-model-specialists", "ips-reporting.read-model-placements",
            "ips-reporting.read-model-teams");
    private static final double GOAL_PER_SECOND = 20_000;

    List<Row> measure(Bench bench) {
        KafkaTools kafka = new KafkaTools(bench.target);
        long events = kafka.records(TOPICS);
        bench.say("read-model rebuild of %,d events", events);
        Measurement[] figures = bench.medians(() -> rebuild(bench, kafka, events), () -> kafka.readFromStart(TOPICS));
        return List.of(new Row("reporting rebuild from offset 0 (" + String.format("%,d", events) + " events)", "1",
                figures[0], "events/s", "plain consumer, same topics", figures[1],
                new Row.Goal("≥ " + String.format("%,d", (int) GOAL_PER_SECOND) + " events/s",
                        figures[0].value() >= GOAL_PER_SECOND)));
    }

    private static Measurement rebuild(Bench bench, KafkaTools kafka, long events) {
        Map<TopicPartition, Long> end = kafka.endOffsets(TOPICS);
        long started = System.nanoTime();
        HttpRequest request = bench.request("reporting", "/api/read-model/rebuild", MANAGER)
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        if (bench.http.status(request) != 202) {
            throw new IllegalStateException("The reporting service did not accept the rebuild");
        }
        try (Admin admin = kafka.admin()) {
            Instant deadline = Instant.now().plus(Duration.ofMinutes(60));
            while (!caughtUp(admin, end)) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("The rebuild did not finish within an hour");
                }
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Measurement(events / seconds, 0, 0, events, 0);
    }

    /** True when every read-model consumer has committed past where each partition ended at the start. */
    private static boolean caughtUp(Admin admin, Map<TopicPartition, Long> end) throws InterruptedException {
        List<TopicPartition> behind = new ArrayList<>(end.keySet());
        for (String group : GROUPS) {
            Map<TopicPartition, OffsetAndMetadata> committed;
            try {
                committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
                        .get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                if (e instanceof InterruptedException interrupted) {
                    throw interrupted;
                }
                return false;
            }
            committed.forEach((partition, offset) -> {
                if (offset != null && offset.offset() >= end.getOrDefault(partition, Long.MAX_VALUE)) {
                    behind.remove(partition);
                }
            });
        }
        end.forEach((partition, offset) -> {
            if (offset == 0) {
                behind.remove(partition);
            }
        });
        return behind.isEmpty();
    }
}
