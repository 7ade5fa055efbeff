package no.ipsbridge.clients.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.ipsbridge.events.clients.ClientStatus;
import no.ipsbridge.events.clients.DischargeReason;
import no.ipsbridge.events.clients.IpsVariant;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Client", description = "A person receiving IPS and where they are on the IPS path")
public record ClientView(UUID id, long version, ClientStatus status, LocalDate statusChangedOn, String nationalId,
        String givenName, String familyName, String phone, String email, String healthTrust, String navOffice,
        UUID treatmentTeamId, IpsVariant variant, boolean workingAtReferral, String note, Instant referredAt,
        LocalDate enrolledOn, String specialistId, LocalDate dischargedOn, DischargeReason dischargeReason,
        @Schema(description = "The statuses POST /status can move this client to now") Set<ClientStatus> nextStatuses) {

    public static ClientView of(Client client) {
        return new ClientView(client.id, client.version, client.status, client.statusChangedOn, client.nationalId,
                client.givenName, client.familyName, client.phone, client.email, client.healthTrust, client.navOffice,
                client.treatmentTeamId, client.variant, client.workingAtReferral, client.referralNote,
                client.referredAt, client.enrolledOn, client.specialistId, client.dischargedOn,
                client.dischargeReason, Client.reachableFrom(client.status));
    }
}
