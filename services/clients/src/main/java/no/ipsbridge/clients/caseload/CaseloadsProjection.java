package no.ipsbridge.clients.caseload;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import no.ipsbridge.clientaccess.ServingSpecialistProjection;
import no.ipsbridge.clients.client.Client;

/**
 * The specialists service owns caseloads; this keeps the client's serving specialist in step, so that a client
 * reassigned there is seen by the new specialist here, and no longer by the old one.
 */
@ApplicationScoped
public class CaseloadsProjection extends ServingSpecialistProjection {

    @Override
    protected void serve(UUID clientId, String specialistId) {
        Client client = Client.findById(clientId);
        if (client != null) {
            client.specialistId = specialistId;
        }
    }
}
