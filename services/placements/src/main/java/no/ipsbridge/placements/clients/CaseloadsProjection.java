package no.ipsbridge.placements.clients;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import no.ipsbridge.clientaccess.ServingSpecialistProjection;

/**
 * Keeps who serves each client in step with the specialists service's caseloads. This consumer group reads a
 * different topic from {@link KnownClientsProjection}, so an assignment may arrive before the referral; the row then
 * waits for the referral's facts.
 */
@ApplicationScoped
public class CaseloadsProjection extends ServingSpecialistProjection {

    @Override
    protected void serve(UUID clientId, String specialistId) {
        KnownClient client = KnownClient.findOrNew(clientId);
        client.servingSpecialist = specialistId;
        client.persist();
    }
}
