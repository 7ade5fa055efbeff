package no.ipsbridge.events.specialists;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import no.ipsbridge.events.EventType;

/** A specialist logged time; the share spent in the community is a fidelity item (65 % or more is the top anchor). */
@EventType("no.ipsbridge.specialist.activity-logged.v1")
public record ActivityLogged(UUID activityId, String specialistId, LocalDate on, ActivityKind kind, int minutes,
        List<UUID> clientIds) implements SpecialistEvent {

    @Override
    public String subject() {
        return specialistId;
    }
}
