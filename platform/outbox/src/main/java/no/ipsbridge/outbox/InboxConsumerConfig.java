package no.ipsbridge.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "ips.consumers")
public interface InboxConsumerConfig {

    /** Prefix of every consumer group of this service, e.g. {@code ips.specialists}. */
    @WithDefault("${quarkus.application.name}")
    String groupPrefix();

    /**
     * How many times an event whose handler fails while the database answers is tried before it is taken for
     * poison and dead-lettered. While the database does not answer, the consumer waits instead.
     */
    @WithDefault("3")
    int attemptsBeforeDeadLetter();

    /** The pause before a failed record is tried again; it grows with each attempt, up to ten times this. */
    @WithDefault("1s")
    Duration retryBackoff();

    /**
     * Kafka's {@code max.poll.records}: a poll's records of a partition are applied in one transaction (ADR 23). A
     * batch is held in memory until it commits: with 2,000 a rebuild's batches outlived the young generation and
     * the reporting service spent a fifth of its time in full collections; 500 keeps the round trips shared and
     * the batches young (issue 15, docs/performance.md).
     */
    @WithDefault("500")
    int maxPollRecords();

    /** Kafka's {@code max.poll.interval.ms}: the loop polls every 100 ms, even while it waits to retry. */
    @WithDefault("5m")
    Duration maxPollInterval();

    /**
     * Kafka's {@code session.timeout.ms}: how long the partitions of a replica that died without leaving its group
     * (kill -9, a lost node) wait before another replica takes them. Kafka's 45 s would hold a killed replica's
     * share of the events for most of a minute; heartbeats go three times within it.
     */
    @WithDefault("10s")
    Duration sessionTimeout();

    /** How long a commit (or another call to the broker) may take before the loop goes on without it. */
    @WithDefault("10s")
    Duration commitTimeout();

    /** When a consumer counts as not ready; see docs/reliability.md. */
    Readiness readiness();

    interface Readiness {

        /** More records than this waiting on a consumer's partitions: not ready. */
        @WithDefault("10000")
        long maxLag();

        /** Records waiting (or a record being retried) and none handled for this long: not ready. */
        @WithDefault("60s")
        Duration stalledAfter();
    }

    /** A loop that has not polled for this long is stuck, and only a restart fixes it: not live. */
    @WithDefault("5m")
    Duration stuckAfter();
}
