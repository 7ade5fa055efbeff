package no.ipsbridge.outbox;

import java.util.List;

import io.cloudevents.CloudEvent;
import no.ipsbridge.events.DomainEvent;
import no.ipsbridge.events.EventCatalog;

/**
 * A consumer of one topic of another service's events. Each bean gets its own consumer group and a thread;
 * {@link #handle} runs inside a transaction together with the inbox claim, at most once per event id.
 *
 * <p>The event comes decoded as the topic's sealed type, so a handler is a {@code switch} over it without a
 * {@code default}: when a service publishes a new event type, every consumer of its topic fails to compile until it
 * says what it does with it, if only that it ignores it.
 *
 * @param <E> the sealed type of the topic's events, e.g. {@code ClientEvent}
 */
public interface EventHandler<E extends DomainEvent> {

    /** Stable name: part of the consumer group id and the inbox key. Changing it replays the topic. */
    String name();

    EventCatalog.Topic<E> topic();

    /**
     * Applies the event; {@code envelope} carries its CloudEvents attributes (id, source, time). Throw
     * {@link RejectedEventException} for an event that can never be applied; it goes to the dead-letter topic. Any
     * other exception is retried.
     */
    void handle(E event, CloudEvent envelope);

    /**
     * The events that {@link #handle} gets next, one after the other, on the same thread and in the same
     * transaction: a handler may load what they need in one query instead of one per event. Every call of
     * {@code handle} follows a call of this with a list that holds its event. Nothing to do by default.
     */
    default void beforeBatch(List<E> events) {
    }

    /**
     * How many consumers of this service read the topic side by side, one thread each, sharing its partitions as
     * one group: order still holds within a partition, and so for each client. More than one only for a handler
     * that keeps nothing in its fields, since its calls then come from several threads at once.
     */
    default int consumers() {
        return 1;
    }
}
