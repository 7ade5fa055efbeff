package no.ipsbridge.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.Counter;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import no.ipsbridge.database.DatabaseFaults;
import no.ipsbridge.events.CloudEventMapping;
import no.ipsbridge.events.DomainEvent;
import no.ipsbridge.events.MalformedEventException;
import no.ipsbridge.events.Topics;

/**
 * One handler's consumer on its own thread, supervised: if the consumer fails (the broker dropped it from its
 * group, say), the loop logs it, counts a restart and starts a new consumer, which picks up at the last committed
 * offset; the inbox makes the records read twice harmless.
 *
 * <p>A record that cannot be handled for a passing reason (the database is down) pauses its partition and is tried
 * again after a backoff, while the loop keeps polling, so the member stays in its group however long the outage
 * lasts. A record that can never be handled goes to {@code <topic>.dlt} with the reason, and the partition moves on.
 */
final class ConsumerLoop implements Runnable {

    private static final Logger LOG = Logger.getLogger(ConsumerLoop.class);
    /** Short, so that a replay or a stop is noticed at once; an idle poll costs next to nothing. */
    private static final Duration POLL = Duration.ofMillis(100);
    private static final Duration MAX_RESTART_BACKOFF = Duration.ofSeconds(30);

    /** What an operator reads on the health endpoint. */
    enum State {
        STARTING, CONSUMING, RETRYING, HOLDING, RESTARTING, STOPPED
    }

    /** The record of a partition that is waiting for another attempt, and when that attempt is due. */
    private record Retry(long offset, int attempts, Instant due) {
    }

    private final EventHandler<?> handler;
    private final MessageTracing tracing;
    private final Inbox inbox;
    private final TopicProvisioner topics;
    private final KafkaProducer<String, byte[]> deadLetters;
    private final InboxConsumerConfig config;
    private final Properties consumerConfig;
    private final BooleanSupplier databaseAnswers;
    private final String groupId;

    private final Map<TopicPartition, Retry> retries = new HashMap<>();
    private final AtomicLong lag;
    private final AtomicLong lastHandledEpochSecond;
    private final Counter handled;
    private final Counter duplicates;
    private final Counter retried;
    private final Counter deadLettered;
    private final Counter restarts;
    private final Counter batchFallbacks;
    /** The handler's name, numbered when several consumers read its topic side by side. */
    private final String label;

    private volatile State state = State.STARTING;
    private volatile Instant lastPoll = Instant.now();
    private volatile Instant lastProgress = Instant.now();
    private volatile boolean running = true;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private Thread thread;
    /** Set by {@link #requestHold()}: the loop stops handling records and counts the latch down once it has. */
    private volatile CountDownLatch holding;
    private volatile boolean rewind;
    /** Where each partition ended when a replay from offset 0 began; null when not replaying. */
    private volatile Map<TopicPartition, Long> replayingUntil;
    private Instant replayStarted = Instant.now();

    ConsumerLoop(EventHandler<?> handler, String label, String groupId, Properties consumerConfig, Inbox inbox,
            TopicProvisioner topics, KafkaProducer<String, byte[]> deadLetters, InboxConsumerConfig config,
            BooleanSupplier databaseAnswers, ConsumerMeters meters, MessageTracing tracing) {
        this.tracing = tracing;
        this.handler = handler;
        this.label = label;
        this.groupId = groupId;
        this.consumerConfig = consumerConfig;
        this.inbox = inbox;
        this.topics = topics;
        this.deadLetters = deadLetters;
        this.config = config;
        this.databaseAnswers = databaseAnswers;
        lag = meters.newLag();
        lastHandledEpochSecond = meters.lastHandledEpochSecond;
        handled = meters.handled;
        duplicates = meters.duplicates;
        retried = meters.retried;
        deadLettered = meters.deadLettered;
        batchFallbacks = meters.batchFallbacks;
        restarts = meters.restarts;
    }

    String name() {
        return handler.name();
    }

    void start() {
        thread = Thread.ofPlatform().name("ips-consumer-" + label).daemon().start(this);
    }

    @Override
    public void run() {
        Duration backoff = config.retryBackoff();
        while (running) {
            Instant started = Instant.now();
            try {
                consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new ByteArrayDeserializer());
                consume();
            } catch (WakeupException stopping) {
                // stop() woke the consumer out of poll()
            } catch (Throwable e) {
                if (!running) {
                    break;
                }
                if (Duration.between(started, Instant.now()).compareTo(MAX_RESTART_BACKOFF) > 0) {
                    backoff = config.retryBackoff(); // it ran a good while: a new failure, not the same one again
                }
                state = State.RESTARTING;
                restarts.increment();
                LOG.errorf("Consumer %s failed (%s: %s); starting it again in %s", label,
                        e.getClass().getName(), e.getMessage(), backoff);
                sleep(backoff);
                backoff = min(backoff.multipliedBy(2), MAX_RESTART_BACKOFF);
            } finally {
                retries.clear();
                closeConsumer();
            }
        }
        state = State.STOPPED;
    }

    private void consume() {
        consumer.subscribe(List.of(handler.topic().name()), new ConsumerRebalanceListener() {
            @Override
            public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                partitions.forEach(retries::remove);
            }

            @Override
            public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                // A new assignment starts unpaused, at the committed offsets.
            }
        });
        while (running) {
            if (holding != null) {
                holdStill();
                continue;
            }
            resumeDuePartitions();
            ConsumerRecords<String, byte[]> records = consumer.poll(POLL);
            lastPoll = Instant.now();
            for (TopicPartition partition : records.partitions()) {
                handlePartition(partition, records.records(partition));
            }
            state = retries.isEmpty() ? State.CONSUMING : State.RETRYING;
            lag.set(currentLag());
            if (replayingUntil != null && retries.isEmpty() && replayedUntil(replayingUntil)) {
                LOG.infof("Consumer %s has replayed its topic from offset 0 in %d ms", label,
                        Duration.between(replayStarted, Instant.now()).toMillis());
                replayingUntil = null;
            }
            if (lag.get() == 0 && retries.isEmpty()) {
                lastProgress = lastPoll;
            }
        }
    }

    private void handlePartition(TopicPartition partition, List<ConsumerRecord<String, byte[]>> records) {
        if (!retries.containsKey(partition) && handleBatch(partition, records)) {
            return;
        }
        for (ConsumerRecord<String, byte[]> record : records) {
            Retry previous = retries.get(partition);
            int attempt = previous != null && previous.offset() == record.offset() ? previous.attempts() + 1 : 1;
            if (!process(record, attempt)) {
                // Not handled and not poison: this partition waits, then reads again from this record.
                retries.put(partition, new Retry(record.offset(), attempt,
                        Instant.now().plus(config.retryBackoff().multipliedBy(Math.min(attempt, 10)))));
                retried.increment();
                consumer.seek(partition, record.offset());
                consumer.pause(List.of(partition));
                return;
            }
            retries.remove(partition);
            handled(1);
            commit(partition, record.offset() + 1);
        }
    }

    /**
     * A partition's records in one transaction: one inbox statement claims them all, each new event is applied in
     * offset order, then one database commit and one offset commit. When anything in the batch fails, nothing of
     * it stays and the records are taken one at a time instead, which finds the one at fault and retries or
     * dead-letters it alone.
     */
    private boolean handleBatch(TopicPartition partition, List<ConsumerRecord<String, byte[]>> records) {
        List<CloudEvent> events = new ArrayList<>(records.size());
        List<Inbox.Delivery> deliveries = new ArrayList<>(records.size());
        Map<String, ConsumerRecord<String, byte[]>> recordOf = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                CloudEvent event = CloudEventMapping.fromRecord(record);
                events.add(event);
                recordOf.put(event.getId(), record);
                deliveries.add(new Inbox.Delivery(event.getId(), record.offset()));
            } catch (MalformedEventException e) {
                return false;
            }
        }
        int alreadyHandled;
        try {
            alreadyHandled = QuarkusTransaction.requiringNew().call(() -> {
                Set<String> claimed = inbox.claimAll(handler.name(), partition.topic(), partition.partition(),
                        deliveries);
                // Decoded after the claim: a record already handled or dead-lettered is not looked at again.
                List<CloudEvent> fresh = events.stream().filter(event -> claimed.remove(event.getId())).toList();
                deliverAll(handler, fresh, fresh.stream().map(event -> recordOf.get(event.getId())).toList());
                return events.size() - fresh.size();
            });
        } catch (RuntimeException e) {
            batchFallbacks.increment();
            LOG.debugf("Consumer %s takes %d records of %s one at a time: %s", label, records.size(),
                    partition, e.getClass().getSimpleName());
            return false;
        }
        handled(records.size());
        duplicates.increment(alreadyHandled);
        commitAsync(partition, records.getLast().offset() + 1);
        return true;
    }

    private void handled(int records) {
        handled.increment(records);
        // Shared by the handler's consumers: a slower thread's earlier second must not set it back.
        lastHandledEpochSecond.accumulateAndGet(Instant.now().getEpochSecond(), Math::max);
        lastProgress = Instant.now();
    }

    private void resumeDuePartitions() {
        Instant now = Instant.now();
        List<TopicPartition> due = retries.entrySet().stream().filter(e -> !e.getValue().due().isAfter(now))
                .map(Map.Entry::getKey).filter(consumer.assignment()::contains).toList();
        if (!due.isEmpty()) {
            consumer.resume(due);
        }
    }

    /**
     * A commit that fails (the broker is away, or a rebalance moved the partition) is not retried: the records
     * after the last commit are read again later, and the inbox makes that harmless.
     */
    private void commit(TopicPartition partition, long nextOffset) {
        try {
            consumer.commitSync(Map.of(partition, new OffsetAndMetadata(nextOffset)), config.commitTimeout());
        } catch (WakeupException e) {
            throw e;
        } catch (KafkaException e) {
            LOG.debugf("Consumer %s could not commit %s at %d: %s", label, partition, nextOffset,
                    e.getMessage());
        }
    }

    /** True when every partition still assigned has been read past where it ended when the replay began. */
    private boolean replayedUntil(Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().filter(end -> consumer.assignment().contains(end.getKey()))
                .allMatch(end -> consumer.position(end.getKey(), config.commitTimeout()) >= end.getValue());
    }

    /** True from a replay's start until the consumer has read as far as its topic reached when it began. */
    boolean replaying() {
        return replayingUntil != null || holding != null;
    }

    /**
     * A batch's offset commit, not waited for: the next batch need not wait for the broker, and should the commit
     * be lost, the inbox makes the batch read again harmless.
     */
    private void commitAsync(TopicPartition partition, long nextOffset) {
        consumer.commitAsync(Map.of(partition, new OffsetAndMetadata(nextOffset)), (offsets, failure) -> {
            if (failure != null) {
                LOG.debugf("Consumer %s could not commit %s at %d: %s", label, partition, nextOffset,
                        failure.getMessage());
            }
        });
    }

    private long currentLag() {
        long total = 0;
        for (TopicPartition partition : consumer.assignment()) {
            total += consumer.currentLag(partition).orElse(0);
        }
        return total;
    }

    /** True when the record is done with (handled, a duplicate, or dead-lettered). */
    private boolean process(ConsumerRecord<String, byte[]> record, int attempt) {
        CloudEvent event;
        try {
            event = CloudEventMapping.fromRecord(record);
        } catch (MalformedEventException e) {
            return deadLetter(record, null, e.getMessage());
        }
        try {
            boolean firstDelivery = QuarkusTransaction.requiringNew().call(() -> {
                if (!inbox.claim(handler.name(), event.getId(), positionOf(record))) {
                    return false;
                }
                // Decoded after the claim: a record already handled or dead-lettered is not looked at again.
                deliverAll(handler, List.of(event), List.of(record));
                return true;
            });
            if (!firstDelivery) {
                duplicates.increment();
            }
            return true;
        } catch (RejectedEventException | MalformedEventException e) {
            return deadLetter(record, event.getId(), e.getMessage());
        } catch (RuntimeException e) {
            // A lost connection is a fault of the moment however often it happens, never poison.
            if (attempt >= config.attemptsBeforeDeadLetter() && !DatabaseFaults.connectionLost(e)
                    && databaseAnswers.getAsBoolean()) {
                return deadLetter(record, event.getId(), "Handler failed " + attempt + " times: "
                        + e.getClass().getName() + ": " + e.getMessage());
            }
            LOG.warnf("Consumer %s could not handle event %s (attempt %d): %s", label, event.getId(),
                    attempt, e.getClass().getSimpleName());
            return false;
        }
    }

    /** Hands the events to the handler, each in a consumer span under its record's trace (ADR 34), if it has one. */
    private <E extends DomainEvent> void deliverAll(EventHandler<E> handler, List<CloudEvent> envelopes,
            List<ConsumerRecord<String, byte[]>> records) {
        Class<E> events = handler.topic().events();
        List<E> payloads = new ArrayList<>(envelopes.size());
        for (CloudEvent envelope : envelopes) {
            DomainEvent payload = CloudEventMapping.payload(envelope);
            if (!events.isInstance(payload)) {
                throw new RejectedEventException(payload.type() + " is not an event of " + handler.topic().name());
            }
            payloads.add(events.cast(payload));
        }
        handler.beforeBatch(payloads);
        for (int i = 0; i < payloads.size(); i++) {
            // A replay reads years of events again: their traces ended long ago.
            Span span = replaying() ? null : tracing.processing(handler.topic().name(), groupId,
                    envelopes.get(i).getId(), records.get(i).headers());
            try (Scope current = span == null ? null : span.makeCurrent()) {
                handler.handle(payloads.get(i), envelopes.get(i));
            } catch (RuntimeException e) {
                if (span != null) {
                    span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
                }
                throw e;
            } finally {
                if (span != null) {
                    span.end();
                }
            }
        }
    }

    private boolean deadLetter(ConsumerRecord<String, byte[]> record, String eventId, String reason) {
        String deadLetterTopic = Topics.deadLetterTopicOf(record.topic());
        String shortReason = reason == null ? "unknown" : reason.substring(0, Math.min(reason.length(), 500));
        try {
            topics.ensureExists(deadLetterTopic);
            ProducerRecord<String, byte[]> copy = new ProducerRecord<>(deadLetterTopic, null, record.key(),
                    record.value(), record.headers());
            copy.headers().add(InboxConsumers.REASON_HEADER, shortReason.getBytes(StandardCharsets.UTF_8));
            // The consumer group names the service as well as the handler, which is what an operator needs.
            copy.headers().add("ips_dlt_consumer", groupId.getBytes(StandardCharsets.UTF_8));
            copy.headers().add("ips_dlt_source", (record.topic() + "/" + record.partition() + "/"
                    + record.offset()).getBytes(StandardCharsets.UTF_8));
            deadLetters.send(copy).get(30, TimeUnit.SECONDS);
            if (eventId != null) {
                inbox.markDeadLettered(handler.name(), eventId, positionOf(record));
            }
            deadLettered.increment();
            LOG.warnf("Consumer %s dead-lettered %s/%d/%d: %s", label, record.topic(),
                    record.partition(), record.offset(), shortReason);
            return true;
        } catch (Exception e) {
            LOG.warnf("Consumer %s could not dead-letter %s/%d/%d yet: %s", label, record.topic(),
                    record.partition(), record.offset(), e.getMessage());
            return false;
        }
    }

    private static Inbox.Position positionOf(ConsumerRecord<String, byte[]> record) {
        return new Inbox.Position(record.topic(), record.partition(), record.offset());
    }

    /** Asks the loop to stop handling records (it keeps polling); {@link #awaitHeld} waits until it has. */
    void requestHold() {
        holding = new CountDownLatch(1);
    }

    void awaitHeld() {
        try {
            if (!holding.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("Consumer " + label + " did not stop to replay");
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
        state = State.HOLDING;
        consumer.pause(consumer.assignment());
        holding.countDown();
        while (running && !rewind) {
            consumer.poll(Duration.ofMillis(100));
            lastPoll = Instant.now();
        }
        retries.clear();
        replayStarted = Instant.now();
        replayingUntil = new HashMap<>(consumer.endOffsets(consumer.assignment(), config.commitTimeout()));
        consumer.seekToBeginning(consumer.assignment());
        consumer.resume(consumer.assignment());
        rewind = false;
        holding = null;
    }

    void stop() {
        running = false;
        KafkaConsumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        if (thread != null) {
            try {
                // Not interrupted first: an interrupted consumer cannot leave its group cleanly.
                if (!thread.join(Duration.ofSeconds(10))) {
                    thread.interrupt();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A snapshot for the health checks; read from another thread, so only volatile and atomic fields. */
    record Status(String name, State state, boolean threadAlive, long lag, Instant lastPoll, Instant lastProgress,
            boolean replaying) {
    }

    Status status() {
        return new Status(label, state, thread != null && thread.isAlive(), lag.get(), lastPoll,
                lastProgress, replaying());
    }

    private void closeConsumer() {
        KafkaConsumer<String, byte[]> current = consumer;
        if (current != null) {
            try {
                current.close(Duration.ofSeconds(5));
            } catch (RuntimeException e) {
                LOG.debugf("Consumer %s did not close cleanly: %s", label, e.getMessage());
            }
        }
    }

    /** Sleeps in short steps, so that stop() need not interrupt. */
    private void sleep(Duration duration) {
        Instant until = Instant.now().plus(duration);
        try {
            while (running && Instant.now().isBefore(until)) {
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
