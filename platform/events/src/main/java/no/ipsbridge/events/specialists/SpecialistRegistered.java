package no.ipsbridge.events.specialists;

import java.math.BigDecimal;
import java.time.LocalDate;

import no.ipsbridge.events.EventType;

/**
 * An employment specialist joined the roster.
 *
 * @param specialistId    the specialist's Keycloak user id
 * @param workingFraction share of a full-time post spent as an IPS specialist, e.g. 1.0 or 0.5
 */
@EventType("no.ipsbridge.specialist.registered.v1")
public record SpecialistRegistered(String specialistId, String agency, String org, BigDecimal workingFraction,
        LocalDate registeredOn) implements SpecialistEvent {

    @Override
    public String subject() {
        return specialistId;
    }
}
