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

    @WithDefault("1s")
    Duration retryBackoff();
}
