package no.ipsbridge.system;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.StreamSupport;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import no.ipsbridge.events.Topics;
import no.ipsbridge.infra.KafkaAccess;
import no.ipsbridge.infra.KafkaBroker;
import no.ipsbridge.infra.KafkaLogin;

/**
 * What an integration partner sees, signed in as the demo partner: every record of every partner topic, read from
 * offset 0.
 */
final class PartnerConsumer {

    static final List<String> TOPICS = List.of(Topics.CLIENTS, Topics.SPECIALISTS, Topics.TEAMS, Topics.PLACEMENTS);

    private PartnerConsumer() {
    }

    static List<ConsumerRecord<String, String>> readEverything(KafkaBroker kafka) {
        return read(kafka, KafkaAccess.PARTNER, TOPICS);
    }

    /** Every record of the given topics, from offset 0, read as {@code login} (the operator's for dead letters). */
    static List<ConsumerRecord<String, String>> read(KafkaBroker kafka, KafkaLogin login, List<String> topics) {
        return read(kafka, login, topics, Map.of(), new StringDeserializer());
    }

    /** The records of one topic from the given offsets (offset 0 where none is given) to its end now. */
    static List<ConsumerRecord<String, byte[]>> readFrom(KafkaBroker kafka, KafkaLogin login, String topic,
            Map<TopicPartition, Long> from) {
        return read(kafka, login, List.of(topic), from, new ByteArrayDeserializer());
    }

    /** Where each partition of the topic ends now. */
    static Map<TopicPartition, Long> endOffsets(KafkaBroker kafka, KafkaLogin login, String topic) {
        try (KafkaConsumer<String, byte[]> consumer = consumer(kafka, login, new ByteArrayDeserializer())) {
            return consumer.endOffsets(partitions(consumer, List.of(topic)));
        }
    }

    private static <V> List<ConsumerRecord<String, V>> read(KafkaBroker kafka, KafkaLogin login, List<String> topics,
            Map<TopicPartition, Long> from, Deserializer<V> values) {
        List<ConsumerRecord<String, V>> records = new ArrayList<>();
        try (KafkaConsumer<String, V> consumer = consumer(kafka, login, values)) {
            List<TopicPartition> partitions = partitions(consumer, topics);
            consumer.assign(partitions);
            partitions.forEach(partition -> consumer.seek(partition, from.getOrDefault(partition, 0L)));
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        }
        return records;
    }

    private static <V> KafkaConsumer<String, V> consumer(KafkaBroker kafka, KafkaLogin login, Deserializer<V> values) {
        Properties config = new Properties();
        config.putAll(kafka.clientProperties(login));
        config.put(ConsumerConfig.GROUP_ID_CONFIG, login.username() + "." + UUID.randomUUID());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        return new KafkaConsumer<>(config, new StringDeserializer(), values);
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, ?> consumer, List<String> topics) {
        return topics.stream().flatMap(topic -> consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(topic, info.partition()))).toList();
    }

    static String type(ConsumerRecord<String, String> record) {
        Header type = record.headers().lastHeader("ce_type");
        return type == null ? "" : new String(type.value(), StandardCharsets.UTF_8);
    }

    /** Everything a partner receives in one record: key, headers and value, as text. */
    static String describe(ConsumerRecord<String, String> record) {
        StringBuilder text = new StringBuilder(record.topic()).append(' ').append(record.key());
        StreamSupport.stream(record.headers().spliterator(), false).forEach(header -> text.append(' ')
                .append(header.key()).append('=').append(new String(header.value(), StandardCharsets.UTF_8)));
        return text.append(' ').append(record.value()).toString();
    }
}
