package no.ipsbridge.outbox;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.cloudevents.CloudEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import no.ipsbridge.events.CloudEventMapping;
import no.ipsbridge.events.MalformedEventException;
import no.ipsbridge.events.Topics;

/**
 * Runs every {@link EventHandler} of the service: one Kafka consumer and thread each, reading in order per
 * partition, handling each event once through the {@link Inbox}, and committing the offset only after the
 * handling committed.
 *
 * <p>A record that can never be handled (not a CloudEvent, an unknown type, or rejected by its handler) goes to
 * {@code <topic>.dlt} with the reason in a header, and the partition moves on. A handler that fails while the
 * database is down is a fault, not poison: the consumer pauses and tries the same record again.
 */
@ApplicationScoped
public class InboxConsumers {

    private static final Logger LOG = Logger.getLogger(InboxConsumers.class);
    public static final String REASON_HEADER = "ips_dlt_reason";

    private final Instance<EventHandler> handlers;
    private final Inbox inbox;
    private final TopicProvisioner topics;
    private final AgroalDataSource dataSource;
    private final InboxConsumerConfig config;
    private final String bootstrapServers;
    private final List<Loop> loops = new ArrayList<>();
    private KafkaProducer<String, byte[]> deadLetters;

    InboxConsumers(Instance<EventHandler> handlers, Inbox inbox, TopicProvisioner topics, AgroalDataSource dataSource,
            InboxConsumerConfig config, @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.handlers = handlers;
        this.inbox = inbox;
        this.topics = topics;
        this.dataSource = dataSource;
        this.config = config;
        this.bootstrapServers = bootstrapServers;
    }

    void start(@Observes StartupEvent startup) {
        if (handlers.isUnsatisfied()) {
            return;
        }
        deadLetters = new KafkaProducer<>(deadLetterProducerConfig(), new StringSerializer(), new ByteArraySerializer());
        for (EventHandler handler : handlers) {
            Loop loop = new Loop(handler);
            loops.add(loop);
            loop.thread = Thread.ofPlatform().name("ips-consumer-" + handler.name()).daemon().start(loop);
        }
    }

    void stop(@Observes ShutdownEvent shutdown) {
        loops.forEach(Loop::stop);
        if (deadLetters != null) {
            deadLetters.close(Duration.ofSeconds(5));
        }
    }

    /**
     * Replays the named handlers' topics from offset 0: their consumers hold still, {@code clear} empties what they
     * built (in one transaction with forgetting their inbox), and they read everything again in order. New events
     * wait meanwhile, so none is applied before the history it follows.
     */
    public void replayFromStart(Collection<String> handlerNames, Runnable clear) {
        List<Loop> replaying = loops.stream().filter(loop -> handlerNames.contains(loop.handler.name())).toList();
        if (replaying.size() != handlerNames.size()) {
            throw new IllegalArgumentException("No running consumer for some of " + handlerNames);
        }
        replaying.forEach(Loop::hold);
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                clear.run();
                handlerNames.forEach(inbox::forget);
            });
        } finally {
            replaying.forEach(Loop::rewindAndResume);
        }
    }

    private final class Loop implements Runnable {

        private final EventHandler handler;
        private final KafkaConsumer<String, byte[]> consumer;
        private volatile boolean running = true;
        private Thread thread;
        /** Set by {@link #hold()}: the loop stops handling records and counts the latch down once it has. */
        private volatile CountDownLatch holding;
        private volatile boolean rewind;

        Loop(EventHandler handler) {
            this.handler = handler;
            this.consumer = new KafkaConsumer<>(consumerConfig(handler), new StringDeserializer(),
                    new ByteArrayDeserializer());
        }

        @Override
        public void run() {
            try {
                consumer.subscribe(handler.topics());
                while (running) {
                    if (holding != null) {
                        holdStill();
                        continue;
                    }
                    ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(500));
                    for (TopicPartition partition : records.partitions()) {
                        for (ConsumerRecord<String, byte[]> record : records.records(partition)) {
                            if (!process(record)) {
                                // Not handled and not poison: read this partition again from this record.
                                consumer.seek(partition, record.offset());
                                break;
                            }
                            consumer.commitSync(Map.of(partition, new OffsetAndMetadata(record.offset() + 1)));
                        }
                    }
                }
            } catch (WakeupException stopping) {
                // stop() woke the consumer out of poll()
            } catch (RuntimeException e) {
                LOG.errorf(e, "Consumer %s stopped", handler.name());
            } finally {
                consumer.close(Duration.ofSeconds(5));
            }
        }

        void hold() {
            CountDownLatch held = new CountDownLatch(1);
            holding = held;
            try {
                if (!held.await(60, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("Consumer " + handler.name() + " did not stop to replay");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        void rewindAndResume() {
            rewind = true;
        }

        /** Keeps the group membership alive (polls) without handling anything until told to go on. */
        private void holdStill() {
            consumer.pause(consumer.assignment());
            holding.countDown();
            while (running && !rewind) {
                consumer.poll(Duration.ofMillis(100));
            }
            consumer.seekToBeginning(consumer.assignment());
            consumer.resume(consumer.assignment());
            rewind = false;
            holding = null;
        }

        /** True when the record is done with (handled, a duplicate, or dead-lettered). */
        private boolean process(ConsumerRecord<String, byte[]> record) {
            CloudEvent event;
            try {
                event = CloudEventMapping.fromRecord(record);
            } catch (MalformedEventException e) {
                return deadLetter(record, null, e.getMessage());
            }
            for (int attempt = 1; running; attempt++) {
                try {
                    QuarkusTransaction.requiringNew().run(() -> {
                        if (inbox.claim(handler.name(), event.getId(), record.topic())) {
                            handler.handle(event);
                        }
                    });
                    return true;
                } catch (RejectedEventException | MalformedEventException e) {
                    return deadLetter(record, event.getId(), e.getMessage());
                } catch (RuntimeException e) {
                    if (attempt >= config.attemptsBeforeDeadLetter() && databaseAnswers()) {
                        return deadLetter(record, event.getId(), "Handler failed " + attempt + " times: "
                                + e.getClass().getName() + ": " + e.getMessage());
                    }
                    LOG.warnf("Consumer %s could not handle event %s (attempt %d): %s", handler.name(),
                            event.getId(), attempt, e.getClass().getSimpleName());
                    pause(config.retryBackoff().multipliedBy(Math.min(attempt, 10)));
                }
            }
            return false;
        }

        private boolean deadLetter(ConsumerRecord<String, byte[]> record, String eventId, String reason) {
            String deadLetterTopic = Topics.deadLetterTopicOf(record.topic());
            String shortReason = reason == null ? "unknown" : reason.substring(0, Math.min(reason.length(), 500));
            try {
                topics.ensureExists(deadLetterTopic);
                ProducerRecord<String, byte[]> copy = new ProducerRecord<>(deadLetterTopic, null, record.key(),
                        record.value(), record.headers());
                copy.headers().add(REASON_HEADER, shortReason.getBytes(StandardCharsets.UTF_8));
                // The consumer group names the service as well as the handler, which is what an operator needs.
                copy.headers().add("ips_dlt_consumer", groupId(handler).getBytes(StandardCharsets.UTF_8));
                copy.headers().add("ips_dlt_source", (record.topic() + "/" + record.partition() + "/"
                        + record.offset()).getBytes(StandardCharsets.UTF_8));
                deadLetters.send(copy).get(30, TimeUnit.SECONDS);
                if (eventId != null) {
                    inbox.markDeadLettered(handler.name(), eventId, record.topic());
                }
                LOG.warnf("Consumer %s dead-lettered %s/%d/%d: %s", handler.name(), record.topic(),
                        record.partition(), record.offset(), shortReason);
                return true;
            } catch (Exception e) {
                LOG.warnf("Consumer %s could not dead-letter %s/%d/%d yet: %s", handler.name(), record.topic(),
                        record.partition(), record.offset(), e.getMessage());
                pause(config.retryBackoff());
                return false;
            }
        }

        void stop() {
            running = false;
            consumer.wakeup();
            if (thread != null) {
                try {
                    thread.join(Duration.ofSeconds(10));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        private void pause(Duration duration) {
            try {
                Thread.sleep(duration.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
        }
    }

    private boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (Exception e) {
            return false;
        }
    }

    private Properties consumerConfig(EventHandler handler) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, groupId(handler));
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, groupId(handler));
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "200");
        return properties;
    }

    private Properties deadLetterProducerConfig() {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ProducerConfig.CLIENT_ID_CONFIG, config.groupPrefix() + ".dead-letters");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "10000");
        properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "20000");
        properties.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        return properties;
    }

    private String groupId(EventHandler handler) {
        return config.groupPrefix() + "." + handler.name();
    }
}
