package no.ipsbridge.outbox;

import java.util.List;

import io.cloudevents.CloudEvent;

/**
 * A consumer of other services' events. Each bean gets its own consumer group and thread; {@link #handle} runs
 * inside a transaction together with the inbox claim, at most once per event id.
 */
public interface EventHandler {

    /** Stable name: part of the consumer group id and the inbox key. Changing it replays every topic. */
    String name();

    List<String> topics();

    /**
     * Applies the event. Throw {@link RejectedEventException} for an event that can never be applied; it goes to
     * the dead-letter topic. Any other exception is retried.
     */
    void handle(CloudEvent event);
}
