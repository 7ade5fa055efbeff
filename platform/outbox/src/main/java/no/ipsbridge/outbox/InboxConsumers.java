package no.ipsbridge.outbox;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Runs every {@link EventHandler} of the service: one supervised {@link ConsumerLoop} each, reading in order per
 * partition, handling each event once through the {@link Inbox}, and committing the offset only after the
 * handling committed.
 *
 * <p>A record that can never be handled (not a CloudEvent, an unknown type, or rejected by its handler) goes to
 * {@code <topic>.dlt} with the reason in a header, and the partition moves on. A handler that fails while the
 * database is down is a fault, not poison: the partition pauses and the same record is tried again.
 */
@ApplicationScoped
public class InboxConsumers {

    public static final String REASON_HEADER = "ips_dlt_reason";

    private final Instance<EventHandler<?>> handlers;
    private final Inbox inbox;
    private final TopicProvisioner topics;
    private final AgroalDataSource dataSource;
    private final InboxConsumerConfig config;
    private final BrokerConnection broker;
    private final MessageTracing tracing;
    private final MeterRegistry meters;
    private final List<ConsumerLoop> loops = new ArrayList<>();
    private final String instance = InstanceName.current();
    private KafkaProducer<String, byte[]> deadLetters;

    InboxConsumers(Instance<EventHandler<?>> handlers, Inbox inbox, TopicProvisioner topics,
            AgroalDataSource dataSource, InboxConsumerConfig config, MeterRegistry meters,
            BrokerConnection broker, MessageTracing tracing) {
        this.tracing = tracing;
        this.meters = meters;
        this.handlers = handlers;
        this.inbox = inbox;
        this.topics = topics;
        this.dataSource = dataSource;
        this.config = config;
        this.broker = broker;
    }

    void start(@Observes StartupEvent startup) {
        if (handlers.isUnsatisfied()) {
            return;
        }
        deadLetters = new KafkaProducer<>(deadLetterProducerConfig(), new StringSerializer(), new ByteArraySerializer());
        for (EventHandler<?> handler : handlers) {
            ConsumerMeters handlerMeters = new ConsumerMeters(handler.name(), meters);
            int consumers = handler.consumers();
            for (int i = 1; i <= consumers; i++) {
                String label = consumers == 1 ? handler.name() : handler.name() + "-" + i;
                ConsumerLoop loop = new ConsumerLoop(handler, label, groupId(handler), consumerConfig(handler, label),
                        inbox, topics, deadLetters, config, this::databaseAnswers, handlerMeters, tracing);
                loops.add(loop);
                loop.start();
            }
        }
    }

    void stop(@Observes ShutdownEvent shutdown) {
        loops.forEach(ConsumerLoop::stop);
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
        List<ConsumerLoop> replaying = loops.stream().filter(loop -> handlerNames.contains(loop.name())).toList();
        if (replaying.stream().map(ConsumerLoop::name).distinct().count() != handlerNames.size()) {
            throw new IllegalArgumentException("No running consumer for some of " + handlerNames);
        }
        // All asked at once: each loop notices at its next poll, and they wait for those together.
        replaying.forEach(ConsumerLoop::requestHold);
        try {
            // Should one not stop, nothing is cleared, and reading again from offset 0 changes nothing: the inbox
            // still knows every event.
            replaying.forEach(ConsumerLoop::awaitHeld);
            QuarkusTransaction.requiringNew().run(() -> {
                clear.run();
                handlerNames.forEach(inbox::forget);
            });
        } finally {
            replaying.forEach(ConsumerLoop::rewindAndResume);
        }
    }

    /**
     * The other instances of this service whose consumers are members of the named handlers' groups now, by the
     * names they give the broker. A replay rewinds only the partitions this instance holds, so it may start only when
     * this instance holds them all.
     *
     * @throws IllegalStateException when the broker does not answer in time
     */
    public Set<String> otherInstancesConsuming(Collection<String> handlerNames) {
        Properties properties = broker.properties();
        properties.put(AdminClientConfig.CLIENT_ID_CONFIG, config.groupPrefix() + ".admin@" + instance);
        try (Admin admin = Admin.create(properties)) {
            Map<String, ConsumerGroupDescription> groups = admin.describeConsumerGroups(handlerNames.stream()
                    .map(name -> config.groupPrefix() + "." + name).toList()).all()
                    .get(config.commitTimeout().toMillis(), TimeUnit.MILLISECONDS);
            return groups.values().stream().flatMap(group -> group.members().stream())
                    .map(member -> member.clientId().substring(member.clientId().lastIndexOf('@') + 1))
                    .filter(other -> !other.equals(instance)).collect(Collectors.toCollection(TreeSet::new));
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The broker did not say who consumes " + handlerNames, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * True while any of the named handlers replays its topic: from {@link #replayFromStart} until it has read as
     * far as the topic reached when the replay began.
     */
    public boolean replaying(Collection<String> handlerNames) {
        return loops.stream().filter(loop -> handlerNames.contains(loop.name())).anyMatch(ConsumerLoop::replaying);
    }

    /** How each consumer is doing, for the health checks. */
    List<ConsumerLoop.Status> statuses() {
        return loops.stream().map(ConsumerLoop::status).toList();
    }

    private boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (Exception e) {
            return false;
        }
    }

    private Properties consumerConfig(EventHandler<?> handler, String label) {
        Properties properties = broker.properties();
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, groupId(handler));
        // The group's members named by instance, so that its description shows how the replicas share it.
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, config.groupPrefix() + "." + label + "@" + instance);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, Integer.toString(config.maxPollRecords()));
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        properties.put(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, Long.toString(config.maxPollInterval().toMillis()));
        properties.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, Long.toString(config.sessionTimeout().toMillis()));
        properties.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG,
                Long.toString(config.sessionTimeout().dividedBy(3).toMillis()));
        properties.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, Long.toString(config.commitTimeout().toMillis()));
        return properties;
    }

    private Properties deadLetterProducerConfig() {
        Properties properties = broker.properties();
        properties.put(ProducerConfig.CLIENT_ID_CONFIG, config.groupPrefix() + ".dead-letters@" + instance);
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "10000");
        properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "20000");
        properties.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        return properties;
    }

    private String groupId(EventHandler<?> handler) {
        return config.groupPrefix() + "." + handler.name();
    }
}
