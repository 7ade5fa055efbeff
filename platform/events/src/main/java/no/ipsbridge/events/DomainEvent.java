package no.ipsbridge.events;

/**
 * A fact one service publishes. Implementations are records of ids and facts only: never a name, an identity
 * number, contact data or a free-text note (the schemas forbid any property they do not list).
 */
public interface DomainEvent {

    /** The CloudEvents type, e.g. {@code no.ipsbridge.client.referred.v1}. */
    EventType type();

    /** The CloudEvents subject and the Kafka key: the client's id, or the aggregate's where no client is involved. */
    String subject();
}
