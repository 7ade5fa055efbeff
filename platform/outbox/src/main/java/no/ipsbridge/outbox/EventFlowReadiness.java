package no.ipsbridge.outbox;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Whether this service's events flow: the broker answers (or has been away only briefly), the relay publishes the
 * outbox without letting an event wait too long, and every consumer is running and keeping up. Each is its own
 * check, so {@code /q/health/ready} says which one is down. The thresholds are in docs/reliability.md.
 */
final class EventFlowReadiness {

    private static final Duration BROKER_TIMEOUT = Duration.ofSeconds(2);

    private EventFlowReadiness() {
    }

    @Readiness
    @ApplicationScoped
    static class Broker implements HealthCheck {

        private final TopicProvisioner topics;
        private final OutboxRelayConfig config;
        private volatile Instant unreachableSince;

        Broker(TopicProvisioner topics, OutboxRelayConfig config) {
            this.topics = topics;
            this.config = config;
        }

        @Override
        public HealthCheckResponse call() {
            HealthCheckResponseBuilder response = HealthCheckResponse.named("kafka-broker");
            if (topics.brokerAnswers(BROKER_TIMEOUT)) {
                unreachableSince = null;
                return response.up().build();
            }
            Instant since = unreachableSince;
            if (since == null) {
                since = Instant.now();
                unreachableSince = since;
            }
            Duration away = Duration.between(since, Instant.now());
            response.withData("unreachableForSeconds", away.toSeconds())
                    .withData("graceSeconds", config.readiness().brokerGrace().toSeconds());
            return response.status(away.compareTo(config.readiness().brokerGrace()) <= 0).build();
        }
    }

    @Readiness
    @ApplicationScoped
    static class Relay implements HealthCheck {

        private final OutboxRelay relay;
        private final OutboxRelayConfig config;

        Relay(OutboxRelay relay, OutboxRelayConfig config) {
            this.relay = relay;
            this.config = config;
        }

        @Override
        public HealthCheckResponse call() {
            OutboxRelay.Status status = relay.status();
            HealthCheckResponseBuilder response = HealthCheckResponse.named("outbox-relay");
            if (!status.enabled()) {
                return response.up().withData("relay", "disabled").build();
            }
            Duration limit = config.readiness().maxPendingAge();
            long unreadSeconds = Duration.between(status.lastOutboxRead(), Instant.now()).toSeconds();
            response.withData("pending", status.pending())
                    .withData("oldestPendingAgeSeconds", status.oldestPendingAgeSeconds())
                    .withData("outboxUnreadForSeconds", unreadSeconds)
                    .withData("maxPendingAgeSeconds", limit.toSeconds())
                    .withData("running", status.threadAlive());
            if (status.lastFailure() != null) {
                // The kind of failure only: a message may name hosts, and this endpoint is open.
                response.withData("lastFailure", status.lastFailure().split(":", 2)[0]);
            }
            boolean up = status.threadAlive() && status.oldestPendingAgeSeconds() <= limit.toSeconds()
                    && unreadSeconds <= limit.toSeconds();
            return response.status(up).build();
        }
    }

    @Readiness
    @ApplicationScoped
    static class Consumers implements HealthCheck {

        private final InboxConsumers consumers;
        private final InboxConsumerConfig config;

        Consumers(InboxConsumers consumers, InboxConsumerConfig config) {
            this.consumers = consumers;
            this.config = config;
        }

        @Override
        public HealthCheckResponse call() {
            HealthCheckResponseBuilder response = HealthCheckResponse.named("event-consumers");
            boolean up = true;
            Instant now = Instant.now();
            for (ConsumerLoop.Status consumer : consumers.statuses()) {
                boolean stalled = consumer.state() != ConsumerLoop.State.HOLDING
                        && Duration.between(consumer.lastProgress(), now).compareTo(config.readiness().stalledAfter()) > 0;
                // A replay from offset 0 starts with the whole topic as lag; that is its work, not a backlog.
                boolean ready = consumer.threadAlive() && consumer.state() != ConsumerLoop.State.RESTARTING
                        && (consumer.replaying() || consumer.lag() <= config.readiness().maxLag()) && !stalled;
                up &= ready;
                response.withData(consumer.name(), consumer.state().name().toLowerCase() + ", lag " + consumer.lag()
                        + (consumer.replaying() ? ", replaying" : "") + (stalled ? ", stalled" : ""));
            }
            return response.status(up).build();
        }
    }
}
