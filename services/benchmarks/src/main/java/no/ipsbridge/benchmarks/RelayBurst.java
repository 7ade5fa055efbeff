package no.ipsbridge.benchmarks;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import no.ipsbridge.infra.KafkaAccess;

/**
 * The clients service's outbox relay draining a burst of rows committed at once, beside Kafka's producer benchmark
 * with the relay's settings. The rows name a topic of their own, {@value #TOPIC}, which no service consumes, so the
 * burst costs the relay exactly what a burst of real events would and changes no one's data.
 */
final class RelayBurst {

    static final String TOPIC = KafkaAccess.BENCHMARK_TOPIC;
    private static final int RECORD_SIZE = 350;
    private static final double FIRST_PUBLISH_GOAL_MILLIS = 50;

    List<Row> measure(Bench bench) {
        KafkaTools kafka = new KafkaTools(bench.target);
        kafka.ensureTopic(TOPIC, 3);
        int burst = bench.settings.burst();
        bench.say("outbox relay draining %,d rows", burst);
        List<Measurement> drains = new ArrayList<>();
        List<Measurement> firsts = new ArrayList<>();
        List<Measurement> producer = new ArrayList<>();
        for (int run = 0; run < bench.settings.runs(); run++) {
            Measurement[] drained = burst(bench, burst);
            drains.add(drained[0]);
            firsts.add(drained[1]);
            producer.add(kafka.producerPerformance(TOPIC, bench.settings.producerRecords(), RECORD_SIZE));
        }
        Measurement drain = Measurement.median(drains);
        Measurement first = Measurement.median(firsts);
        Measurement ceiling = Measurement.median(producer);
        return List.of(
                new Row("outbox relay draining a " + String.format("%,d", burst) + "-row burst", "1", drain,
                        "events/s", "Kafka ProducerPerformance, relay's settings", ceiling,
                        Row.Goal.ratioAtLeast(0.5, drain.value() / ceiling.value())),
                new Row("outbox relay: first publish after the burst's commit", "1", first, "ms", "", null,
                        new Row.Goal("≤ " + (int) FIRST_PUBLISH_GOAL_MILLIS + " ms",
                                first.value() <= FIRST_PUBLISH_GOAL_MILLIS)));
    }

    /** [events per second until the last was published, milliseconds from commit to the first publish] */
    private Measurement[] burst(Bench bench, int rows) {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(bench)) {
            List<TopicPartition> partitions = consumer.partitionsFor(TOPIC).stream()
                    .map(info -> new TopicPartition(TOPIC, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position); // resolves the end now, before the burst
            Instant committed = insertBurst(bench, rows);
            long firstPublished = Long.MAX_VALUE;
            long lastPublished = 0;
            int seen = 0;
            Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
            while (seen < rows) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("The relay published " + seen + " of " + rows + " in 5 minutes");
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    seen++;
                    firstPublished = Math.min(firstPublished, record.timestamp());
                    lastPublished = Math.max(lastPublished, record.timestamp());
                }
            }
            double drainSeconds = Math.max(1, lastPublished - committed.toEpochMilli()) / 1000.0;
            double firstMillis = Math.max(0, firstPublished - committed.toEpochMilli());
            return new Measurement[] {new Measurement(rows / drainSeconds, 0, 0, rows, 0),
                    new Measurement(firstMillis, 0, 0, 1, 0)};
        }
    }

    /** Writes the burst in one transaction, as many writes committing at once would, and returns when it committed. */
    private static Instant insertBurst(Bench bench, int rows) {
        byte[] data = ("{\"benchmark\":\"" + "x".repeat(RECORD_SIZE - 17) + "\"}").getBytes(StandardCharsets.UTF_8);
        try (Connection connection = bench.database("clients");
                PreparedStatement insert = connection.prepareStatement("""
                        insert into ips_outbox (event_id, topic, event_key, ce_type, ce_source, occurred_at, data)
                        values (?, ?, ?, 'no.ipsbridge.benchmark.burst.v1', '/ips-bridge/benchmarks', ?, ?)""")) {
            connection.setAutoCommit(false);
            Timestamp now = Timestamp.from(Instant.now());
            for (int i = 0; i < rows; i++) {
                insert.setObject(1, UUID.randomUUID());
                insert.setString(2, TOPIC);
                insert.setString(3, UUID.randomUUID().toString());
                insert.setTimestamp(4, now);
                insert.setBytes(5, data);
                insert.addBatch();
            }
            insert.executeBatch();
            // What any writer of the outbox outside the service does, so that the relay need not wait for its poll.
            connection.createStatement().execute("select pg_notify('ips_outbox', '')");
            connection.commit();
            return Instant.now();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write the burst to the clients' outbox", e);
        }
    }

    private static KafkaConsumer<byte[], byte[]> consumer(Bench bench) {
        Properties config = new Properties();
        config.putAll(bench.target.kafkaClient());
        config.putAll(Map.of(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "10",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted"));
        return new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }
}
