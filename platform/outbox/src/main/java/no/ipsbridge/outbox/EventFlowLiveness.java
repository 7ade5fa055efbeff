package no.ipsbridge.outbox;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;

/**
 * Only what restarting the service fixes: a consumer or relay thread that ended or stopped going round. An outage
 * of the database or the broker is not one of those (a restart would not bring them back), so it shows on
 * readiness instead.
 */
@Liveness
@ApplicationScoped
class EventFlowLiveness implements HealthCheck {

    private final InboxConsumers consumers;
    private final OutboxRelay relay;
    private final InboxConsumerConfig consumerConfig;
    private final OutboxRelayConfig relayConfig;

    EventFlowLiveness(InboxConsumers consumers, OutboxRelay relay, InboxConsumerConfig consumerConfig,
            OutboxRelayConfig relayConfig) {
        this.consumers = consumers;
        this.relay = relay;
        this.consumerConfig = consumerConfig;
        this.relayConfig = relayConfig;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("event-loops");
        Instant now = Instant.now();
        boolean up = true;
        for (ConsumerLoop.Status consumer : consumers.statuses()) {
            boolean stuck = Duration.between(consumer.lastPoll(), now).compareTo(consumerConfig.stuckAfter()) > 0;
            boolean live = consumer.threadAlive() && !stuck;
            up &= live;
            response.withData(consumer.name(), live ? "polling" : consumer.threadAlive() ? "stuck" : "ended");
        }
        OutboxRelay.Status status = relay.status();
        if (status.enabled()) {
            boolean stuck = Duration.between(status.lastTurn(), now).compareTo(relayConfig.stuckAfter()) > 0;
            boolean live = status.threadAlive() && !stuck;
            up &= live;
            response.withData("outbox-relay", live ? "running" : status.threadAlive() ? "stuck" : "ended");
        }
        return response.status(up).build();
    }
}
