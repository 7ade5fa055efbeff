package no.ipsbridge.outbox;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

import no.ipsbridge.events.Topics;

/**
 * Creates a topic the first time this service publishes to it, unless it exists (on Kubernetes the topic operator
 * creates them from their KafkaTopic). The broker does not create topics on its own, so a typo in a topic name
 * fails loudly instead of publishing into a topic nobody reads.
 */
@ApplicationScoped
public class TopicProvisioner {

    private final BrokerConnection broker;
    private final OutboxRelayConfig config;
    private final Set<String> known = ConcurrentHashMap.newKeySet();
    private Admin admin;

    TopicProvisioner(BrokerConnection broker,
            OutboxRelayConfig config) {
        this.broker = broker;
        this.config = config;
    }

    public void ensureExists(String topic) {
        if (known.contains(topic)) {
            return;
        }
        try {
            // Replicas as the broker's default.replication.factor says: 1 on the local broker, 3 on a cluster.
            NewTopic newTopic = new NewTopic(topic, Optional.of(config.partitions()), Optional.empty());
            if (Topics.isLatestState(topic)) {
                // Kafka keeps the last record of each key; Kubernetes' KafkaTopic says the same (ADR 33).
                newTopic.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
            }
            admin().createTopics(List.of(newTopic)).all().get(config.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Could not create topic " + topic + ": " + e.getCause(), e);
            }
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not answer while creating topic " + topic, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        known.add(topic);
    }

    /** True when the broker answers within the timeout; for the readiness check. */
    public boolean brokerAnswers(Duration timeout) {
        try {
            admin().describeCluster().clusterId().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            return false;
        }
    }

    private synchronized Admin admin() {
        if (admin == null) {
            int timeout = (int) config.sendTimeout().toMillis();
            Properties properties = broker.properties();
            properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeout);
            properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeout);
            admin = Admin.create(properties);
        }
        return admin;
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close();
        }
    }
}
