package no.ipsbridge.testing;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import no.ipsbridge.events.CloudEventMapping;
import no.ipsbridge.events.CloudEventMapping.Envelope;
import no.ipsbridge.events.DomainEvent;

/**
 * Puts events on the real broker the way another service's outbox relay would, for testing a consumer without
 * running the publishing service. The records are built by the same mapping the relay uses.
 */
public final class EventPublisher {

    private static final Set<String> KNOWN_TOPICS = new HashSet<>();

    private EventPublisher() {
    }

    /** Publishes the event as {@code source} would and returns the record sent, so a test can send it again. */
    public static ProducerRecord<String, byte[]> publish(String source, DomainEvent event) {
        return send(CloudEventMapping.toRecord(Envelope.of(UUID.randomUUID(), source, event, Instant.now())));
    }

    public static ProducerRecord<String, byte[]> send(ProducerRecord<String, byte[]> record) {
        return sendAll(List.of(record)).get(0);
    }

    /** Publishes a history of events in order, as {@code source} would, through one producer. */
    public static List<ProducerRecord<String, byte[]>> publishAll(String source, List<? extends DomainEvent> events) {
        return sendAll(events.stream().map(event -> CloudEventMapping.toRecord(
                Envelope.of(UUID.randomUUID(), source, event, Instant.now()))).toList());
    }

    private static List<ProducerRecord<String, byte[]>> sendAll(List<ProducerRecord<String, byte[]>> records) {
        records.forEach(record -> ensureTopic(record.topic()));
        Properties config = new Properties();
        config.putAll(SharedInfrastructure.servers().kafkaClientProperties());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "15000");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(),
                new ByteArraySerializer())) {
            for (ProducerRecord<String, byte[]> record : records) {
                producer.send(record).get();
            }
            return records;
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish to " + records.get(0).topic(), e);
        }
    }

    /** The broker creates no topic by itself; the publishing service's relay would have created this one. */
    private static synchronized void ensureTopic(String topic) {
        if (KNOWN_TOPICS.contains(topic)) {
            return;
        }
        try (Admin admin = Admin.create(SharedInfrastructure.servers().kafkaClientProperties())) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Could not create " + topic, e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        KNOWN_TOPICS.add(topic);
    }
}
