package no.ipsbridge.events;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import no.ipsbridge.events.audit.AuditEvent;
import no.ipsbridge.events.clients.ClientEvent;
import no.ipsbridge.events.clients.ClientLatestState;
import no.ipsbridge.events.placements.PlacementEvent;
import no.ipsbridge.events.protection.ProtectionEvent;
import no.ipsbridge.events.specialists.SpecialistEvent;
import no.ipsbridge.events.teams.TeamEvent;

/**
 * Every topic with the sealed type of its events, and from those every event type IPS Bridge publishes: the one
 * place that knows them all, read by whoever must go from a CloudEvents type or a topic name to a record.
 */
public final class EventCatalog {

    /** A topic and the sealed type its events belong to. */
    public record Topic<E extends DomainEvent>(String name, Class<E> events) {

        /** The records published on this topic. */
        public List<Class<? extends E>> types() {
            return Arrays.stream(events.getPermittedSubclasses())
                    .<Class<? extends E>> map(type -> type.asSubclass(events)).toList();
        }
    }

    public static final Topic<ClientEvent> CLIENTS = new Topic<>(Topics.CLIENTS, ClientEvent.class);
    public static final Topic<SpecialistEvent> SPECIALISTS = new Topic<>(Topics.SPECIALISTS, SpecialistEvent.class);
    public static final Topic<TeamEvent> TEAMS = new Topic<>(Topics.TEAMS, TeamEvent.class);
    public static final Topic<PlacementEvent> PLACEMENTS = new Topic<>(Topics.PLACEMENTS, PlacementEvent.class);
    public static final Topic<AuditEvent> AUDIT = new Topic<>(Topics.AUDIT, AuditEvent.class);
    public static final Topic<ProtectionEvent> PROTECTION = new Topic<>(Topics.PROTECTION, ProtectionEvent.class);
    public static final Topic<ClientLatestState> CLIENT_STATE = new Topic<>(Topics.CLIENT_STATE,
            ClientLatestState.class);

    private static final List<Topic<?>> TOPICS = List.of(CLIENTS, SPECIALISTS, TEAMS, PLACEMENTS, AUDIT, PROTECTION,
            CLIENT_STATE);
    private static final Map<String, Class<? extends DomainEvent>> BY_TYPE = new LinkedHashMap<>();
    private static final Map<Class<? extends DomainEvent>, String> TOPIC_OF = new LinkedHashMap<>();

    static {
        for (Topic<?> topic : TOPICS) {
            for (Class<? extends DomainEvent> type : topic.types()) {
                if (BY_TYPE.put(DomainEvent.typeOf(type), type) != null) {
                    throw new IllegalStateException("Two records claim the event type " + DomainEvent.typeOf(type));
                }
                TOPIC_OF.put(type, topic.name());
            }
        }
    }

    private EventCatalog() {
    }

    /** Every event record, topic by topic. */
    public static List<Class<? extends DomainEvent>> types() {
        return List.copyOf(BY_TYPE.values());
    }

    public static Optional<Class<? extends DomainEvent>> ofType(String ceType) {
        return Optional.ofNullable(BY_TYPE.get(ceType));
    }

    public static String topicOf(Class<? extends DomainEvent> record) {
        String topic = TOPIC_OF.get(record);
        if (topic == null) {
            throw new IllegalStateException(record.getName() + " is on no topic");
        }
        return topic;
    }
}
