package no.ipsbridge.events.placements;

import java.time.LocalDate;
import java.util.UUID;

import no.ipsbridge.events.EventType;

/**
 * A report on a client was sent to their NAV counsellor; the report itself is read in the placements service by those
 * allowed to. Carries what kind of report it is and which period it covers, never its text or figures.
 *
 * @param clientInformed whether the specialist recorded that the client was told what the report says
 */
@EventType("no.ipsbridge.nav-report.sent.v1")
public record NavReportSent(UUID reportId, UUID clientId, NavReportKind kind, LocalDate periodFrom,
        LocalDate periodTo, LocalDate sentOn, boolean clientInformed) implements PlacementEvent {

    @Override
    public String subject() {
        return clientId.toString();
    }
}
