package no.ipsbridge.events;

/**
 * A fact one service publishes. Implementations are records of ids and facts only: never a name, an identity
 * number, contact data or a free-text note (the schemas forbid any property they do not list). Each belongs to the
 * sealed type of the topic it is published on ({@code ClientEvent} and so on; {@link EventCatalog} lists them) and
 * names its CloudEvents type with {@link EventType}.
 */
public interface DomainEvent {

    /** The CloudEvents type, e.g. {@code no.ipsbridge.client.referred.v1}. */
    default String type() {
        return typeOf(getClass());
    }

    /** The CloudEvents type a record names with {@link EventType}. */
    static String typeOf(Class<? extends DomainEvent> record) {
        EventType type = record.getAnnotation(EventType.class);
        if (type == null) {
            throw new IllegalStateException(record.getName() + " names no @EventType");
        }
        return type.value();
    }

    /** The CloudEvents subject and the Kafka key: the client's id, or the aggregate's where no client is involved. */
    String subject();
}
