package no.ipsbridge.clients.protection;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.ipsbridge.events.protection.AddressProtection;

/** A client's protection marks, set at referral or later; each change replaces the marks whole. */
@Schema(name = "Protection", description = """
        A client's protection marks. A protected address (from the national register) hides the client's contact and
        location data from everyone but the assigned specialist and the treatment team; a shielded client (who works
        in NAV, say) is invisible to everyone who is not explicitly assigned.""")
public record ProtectionRequest(
        @Schema(description = "NONE, FORTROLIG (kode 7) or STRENGT_FORTROLIG (kode 6)", required = true)
        @NotNull AddressProtection addressProtection,
        @Schema(description = "The client works in the agency that would see them (skjermet)", required = true)
        @NotNull Boolean shielded,
        @Schema(description = "Keycloak user id of the NAV counsellor explicitly assigned to a shielded client; "
                + "without one, no NAV counsellor sees the client")
        @Pattern(regexp = "[A-Za-z0-9-]{1,64}", message = "must be the Keycloak user id of a NAV counsellor")
        String navCounsellorId) {

    public boolean restricts() {
        return shielded || addressProtection != AddressProtection.NONE;
    }
}
