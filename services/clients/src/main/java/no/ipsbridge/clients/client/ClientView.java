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
import no.ipsbridge.events.protection.AddressProtection;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Client", description = "A person receiving IPS and where they are on the IPS path")
public record ClientView(UUID id, long version, ClientStatus status, LocalDate statusChangedOn, String nationalId,
        String givenName, String familyName, String phone, String email, String healthTrust, String navOffice,
        UUID treatmentTeamId, IpsVariant variant, boolean workingAtReferral, String note, Instant referredAt,
        LocalDate enrolledOn, String specialistId, LocalDate dischargedOn, DischargeReason dischargeReason,
        @Schema(description = "The statuses POST /status can move this client to now") Set<ClientStatus> nextStatuses,
        @Schema(description = "Protected address (NONE, FORTROLIG, STRENGT_FORTROLIG)") AddressProtection addressProtection,
        @Schema(description = "Shielded: only those explicitly assigned see this client") boolean shielded,
        @Schema(description = "The NAV counsellor explicitly assigned to a shielded client") String navCounsellorId,
        @Schema(description = "True when phone and e-mail are withheld from you: the client has a protected address, "
                + "and only the assigned specialist and the treatment team see them") boolean contactDetailsWithheld) {

    /** @param withContactDetails false hides phone and e-mail, for a protected client's other readers */
    public static ClientView of(Client client, boolean withContactDetails) {
        return new ClientView(client.id, client.version, client.status, client.statusChangedOn, client.nationalId,
                client.givenName, client.familyName, withContactDetails ? client.phone : null,
                withContactDetails ? client.email : null, client.healthTrust, client.navOffice,
                client.treatmentTeamId, client.variant, client.workingAtReferral, client.referralNote,
                client.referredAt, client.enrolledOn, client.specialistId, client.dischargedOn,
                client.dischargeReason, Client.reachableFrom(client.status), client.addressProtection,
                client.shielded, client.navCounsellorId, !withContactDetails);
    }
}
