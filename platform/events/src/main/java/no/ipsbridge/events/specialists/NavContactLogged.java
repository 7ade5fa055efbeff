package no.ipsbridge.events.specialists;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import no.ipsbridge.events.EventType;

/**
 * A specialist was in touch with NAV counsellors about shared clients or referrals (fidelity item 6, collaboration):
 * a scheduled meeting or not, face to face or by phone or e-mail. Ids and facts only; what was said stays out.
 *
 * @param clientIds the clients discussed, when the contact was about particular clients
 */
@EventType("no.ipsbridge.specialist.nav-contact-logged.v1")
public record NavContactLogged(UUID contactId, String specialistId, LocalDate contactedOn, boolean scheduled,
        boolean faceToFace, List<UUID> clientIds) implements SpecialistEvent {

    @Override
    public String subject() {
        return specialistId;
    }
}
