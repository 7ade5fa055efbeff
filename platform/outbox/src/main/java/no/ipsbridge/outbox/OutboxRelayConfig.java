package no.ipsbridge.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "ips.outbox")
public interface OutboxRelayConfig {

    /** Off only in tests that check what stays in the outbox. */
    @WithDefault("true")
    boolean enabled();

    /** How many events one transaction of the relay publishes at most. */
    @WithDefault("1000")
    int batchSize();

    /** How often the relay looks for events when no commit woke it. */
    @WithDefault("1s")
    Duration pollInterval();

    /**
     * How long the relay waits, once woken, for more commits to publish in the same batch: a few milliseconds on
     * the way to Kafka against one relay transaction per write under load.
     */
    @WithDefault("5ms")
    Duration linger();

    /** How long Kafka may take to acknowledge a batch before the relay backs off and retries. */
    @WithDefault("10s")
    Duration sendTimeout();

    /** Partitions of a topic the relay creates; the key keeps one client's events on one partition. */
    @WithDefault("3")
    int partitions();

    /** When the events of this service count as not flowing; see docs/reliability.md. */
    Readiness readiness();

    interface Readiness {

        /** An event waiting in the outbox longer than this (or the outbox unread for this long): not ready. */
        @WithDefault("60s")
        Duration maxPendingAge();

        /** The broker not answering for longer than this: not ready. Shorter outages only delay events. */
        @WithDefault("60s")
        Duration brokerGrace();
    }

    /** A relay whose loop has not gone round for this long is stuck, and only a restart fixes it: not live. */
    @WithDefault("5m")
    Duration stuckAfter();
}
