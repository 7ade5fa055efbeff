package no.ipsbridge.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/** The broker's own ceilings: Kafka's producer benchmark, and a consumer that reads and does nothing else. */
final class KafkaTools {

    private static final Pattern PRODUCER_SUMMARY = Pattern.compile(
            "(\\d+) records sent, ([0-9.]+) records/sec .*?, ([0-9.]+) ms avg latency.*?(\\d+) ms 50th, "
                    + "(\\d+) ms 95th, (\\d+) ms 99th");

    private final Target target;

    KafkaTools(Target target) {
        this.target = target;
    }

    Admin admin() {
        return Admin.create(target.kafkaClient());
    }

    void ensureTopic(String topic, int partitions) {
        try (Admin admin = admin()) {
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Could not create " + topic, e);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not create " + topic, e);
        }
    }

    /**
     * Kafka's ProducerPerformance in a JVM of its own, with the relay's producer settings (idempotent, acks=all,
     * linger 5 ms), sending as fast as the broker takes them.
     */
    Measurement producerPerformance(String topic, int records, int recordSize) {
        try {
            // The sign-in goes in a file: its JAAS line holds the spaces and '=' that --producer-props splits on.
            Path signIn = Files.createTempFile("producer-performance", ".properties");
            signIn.toFile().deleteOnExit();
            Properties client = new Properties();
            client.putAll(target.kafkaClient());
            try (var out = Files.newOutputStream(signIn)) {
                client.store(out, null);
            }
            List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                    "org.apache.kafka.tools.ProducerPerformance", "--topic", topic,
                    "--num-records", Integer.toString(records), "--record-size", Integer.toString(recordSize),
                    "--throughput", "-1", "--producer.config", signIn.toString(), "--producer-props",
                    "acks=all", "enable.idempotence=true", "linger.ms=5", "max.in.flight.requests.per.connection=5");
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("ProducerPerformance failed:\n" + output);
            }
            Matcher summary = PRODUCER_SUMMARY.matcher(output);
            String last = null;
            while (summary.find()) {
                last = summary.group();
            }
            if (last == null) {
                throw new IllegalStateException("ProducerPerformance printed no summary:\n" + output);
            }
            Matcher figures = PRODUCER_SUMMARY.matcher(last);
            figures.find();
            return new Measurement(Double.parseDouble(figures.group(2)), Double.parseDouble(figures.group(4)),
                    Double.parseDouble(figures.group(6)), Long.parseLong(figures.group(1)), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A consumer that reads the topics from their first record to where they end now, and does nothing else. */
    Measurement readFromStart(List<String> topics) {
        Properties config = new Properties();
        config.putAll(target.kafkaClient());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "ips-benchmark-" + UUID.randomUUID());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = partitionsOf(consumer, topics);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long started = System.nanoTime();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long records = 0;
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                records += consumer.poll(Duration.ofMillis(200)).count();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            return new Measurement(records / seconds, 0, 0, records, 0);
        }
    }

    /** How many records the topics hold now, from their log start to their end. */
    long records(List<String> topics) {
        Properties config = new Properties();
        config.putAll(target.kafkaClient());
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = partitionsOf(consumer, topics);
            Map<TopicPartition, Long> start = consumer.beginningOffsets(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            return partitions.stream().mapToLong(p -> end.get(p) - start.get(p)).sum();
        }
    }

    private static List<TopicPartition> partitionsOf(KafkaConsumer<?, ?> consumer, List<String> topics) {
        return topics.stream().flatMap(topic -> consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(topic, info.partition()))).toList();
    }
}
