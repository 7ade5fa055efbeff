import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * A partner joining late, as docs/partners.md describes: bootstrap every client's state from ips.client-state.v1,
 * then follow ips.clients.v1 and apply only what the state does not hold yet, each event once.
 *
 * <pre>
 * java -cp "kafka-clients.jar:slf4j-api.jar" ClientFeed.java BOOTSTRAP USER PASSWORD [--local] [--until-end]
 * </pre>
 *
 * It prints one line per client it bootstrapped ("state") and per event it applied ("event"); a real partner would
 * update its own tables there. With --until-end it stops at the end of the events instead of following them.
 */
public class ClientFeed {

    private static final Pattern AS_OF = Pattern.compile("\"asOfSequence\"\\s*:\\s*\"(\\d{19})\"");

    public static void main(String[] args) {
        if (args.length < 3) {
            System.err.println("usage: ClientFeed BOOTSTRAP USER PASSWORD [--local] [--until-end]");
            System.exit(2);
        }
        List<String> options = List.of(args).subList(3, args.length);
        Properties config = new Properties();
        config.put("bootstrap.servers", args[0]);
        // --local: ./ips up's broker, SASL without TLS. The cluster's listener is TLS (add its CA as a trust store).
        config.put("security.protocol", options.contains("--local") ? "SASL_PLAINTEXT" : "SASL_SSL");
        config.put("sasl.mechanism", "SCRAM-SHA-512");
        config.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
                + args[1] + "\" password=\"" + args[2] + "\";");
        config.put("isolation.level", "read_committed");
        boolean untilEnd = options.contains("--until-end");

        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            // 1. Where the events end now: following from here (or earlier) misses nothing.
            List<TopicPartition> events = partitions(consumer, "ips.clients.v1");
            Map<TopicPartition, Long> followFrom = consumer.endOffsets(events);

            // 2. Every client's latest state: the last record of each key, read to the end of the topic.
            Map<String, String> asOfSequence = new HashMap<>();
            for (ConsumerRecord<String, String> state : readToEnd(consumer, partitions(consumer,
                    "ips.client-state.v1"), Map.of())) {
                if (state.value() == null) {
                    asOfSequence.remove(state.key()); // a tombstone: the client is gone
                    continue;
                }
                Matcher asOf = AS_OF.matcher(state.value());
                if (asOf.find()) {
                    asOfSequence.put(state.key(), asOf.group(1));
                }
            }
            asOfSequence.forEach((client, sequence) -> System.out.println("state " + client + " " + sequence));

            // 3. The events from there on: each applied once, and only if the state does not hold it already.
            Set<String> seen = new HashSet<>();
            consumer.assign(events);
            followFrom.forEach(consumer::seek);
            Map<TopicPartition, Long> end = consumer.endOffsets(events);
            while (!untilEnd || events.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, String> event : consumer.poll(Duration.ofMillis(500))) {
                    String id = header(event, "ce_source") + " " + header(event, "ce_id");
                    String sequence = header(event, "ce_sequence");
                    String held = asOfSequence.get(event.key());
                    if (!seen.add(id) || sequence == null || held != null && sequence.compareTo(held) <= 0) {
                        continue; // a redelivery, or already in the state
                    }
                    asOfSequence.put(event.key(), sequence);
                    System.out.println("event " + event.key() + " " + header(event, "ce_type") + " " + sequence);
                }
            }
        }
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, String> consumer, String topic) {
        return consumer.partitionsFor(topic).stream().map(p -> new TopicPartition(topic, p.partition())).toList();
    }

    private static List<ConsumerRecord<String, String>> readToEnd(KafkaConsumer<String, String> consumer,
            List<TopicPartition> partitions, Map<TopicPartition, Long> from) {
        consumer.assign(partitions);
        partitions.forEach(p -> consumer.seek(p, from.getOrDefault(p, 0L)));
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
            consumer.poll(Duration.ofMillis(500)).forEach(records::add);
        }
        return records;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
