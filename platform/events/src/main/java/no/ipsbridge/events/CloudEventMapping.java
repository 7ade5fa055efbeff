package no.ipsbridge.events;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;

/**
 * CloudEvents 1.0 in Kafka binary mode: the attributes travel as {@code ce_*} headers, the record value is the
 * event's JSON data alone, and the record key is the subject.
 */
public final class CloudEventMapping {

    public static final String DATA_CONTENT_TYPE = "application/json";
    public static final String SCHEMA_BASE = "https://ipsbridge.no/schemas/events/";
    /** The CloudEvents sequence extension, {@code ce_sequence} in Kafka's headers. */
    public static final String SEQUENCE = "sequence";

    /** A source's position as the sequence extension writes it: 19 digits, zero-padded. */
    public static String sequence(long position) {
        return String.format("%019d", position);
    }

    private CloudEventMapping() {
    }

    /** The event as it is stored in the outbox and later published; {@code data} is the JSON of its payload. */
    public record Envelope(UUID id, String topic, String source, String type, String subject, Instant time,
            byte[] data) {

        public static Envelope of(UUID id, String source, DomainEvent event, Instant time) {
            return new Envelope(id, EventCatalog.topicOf(event.getClass()), source, event.type(), event.subject(),
                    time, EventJson.write(event));
        }
    }

    public static ProducerRecord<String, byte[]> toRecord(Envelope envelope) {
        return toRecord(envelope, null);
    }

    /**
     * The record with its place among everything its source published: the CloudEvents {@code sequence} extension
     * ({@code ce_sequence}), the outbox position as 19 digits, so that text order is publication order (ADR 33).
     */
    public static ProducerRecord<String, byte[]> toRecord(Envelope envelope, Long sequence) {
        CloudEventBuilder builder = CloudEventBuilder.v1();
        if (sequence != null) {
            builder.withExtension(SEQUENCE, sequence(sequence));
        }
        CloudEvent event = builder
                .withId(envelope.id().toString())
                .withSource(URI.create(envelope.source()))
                .withType(envelope.type())
                .withSubject(envelope.subject())
                .withTime(envelope.time().atOffset(ZoneOffset.UTC))
                .withDataContentType(DATA_CONTENT_TYPE)
                .withDataSchema(URI.create(SCHEMA_BASE + envelope.type() + ".json"))
                .withData(envelope.data())
                .build();
        return KafkaMessageFactory.createWriter(envelope.topic(), envelope.subject()).writeBinary(event);
    }

    /** Reads a record; throws {@link MalformedEventException} for anything that is not a CloudEvent. */
    public static CloudEvent fromRecord(ConsumerRecord<String, byte[]> record) {
        try {
            CloudEvent event = KafkaMessageFactory.createReader(record).toEvent();
            if (event.getData() == null) {
                throw new MalformedEventException("CloudEvent " + event.getId() + " has no data");
            }
            return event;
        } catch (MalformedEventException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new MalformedEventException("Not a CloudEvent in binary mode: " + e.getMessage(), e);
        }
    }

    /** The typed payload of a known event type. */
    public static DomainEvent payload(CloudEvent event) {
        Class<? extends DomainEvent> type = EventCatalog.ofType(event.getType())
                .orElseThrow(() -> new MalformedEventException("Unknown event type " + event.getType()));
        try {
            return EventJson.read(event.getData().toBytes(), type);
        } catch (RuntimeException e) {
            throw new MalformedEventException("Data of " + event.getId() + " does not match " + event.getType(), e);
        }
    }
}
