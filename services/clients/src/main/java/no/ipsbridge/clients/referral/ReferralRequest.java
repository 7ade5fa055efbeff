package no.ipsbridge.clients.referral;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.ipsbridge.clients.protection.ProtectionRequest;
import no.ipsbridge.events.clients.IpsVariant;

/**
 * A referral to IPS. Zero exclusion: there is no field for diagnosis, substance use or work history, and nothing
 * here can make a referral be refused for them.
 */
@Schema(name = "Referral", description = "Refer a person to IPS. Anyone who wants a job may be referred.")
public record ReferralRequest(
        @Schema(description = "Fødselsnummer or D-nummer (11 digits, checked with both mod-11 check digits)",
                example = "12858810181", required = true) @NotNull String nationalId,
        @Schema(example = "Kari", required = true) @NotBlank @Size(max = 100) String givenName,
        @Schema(example = "Nordmann", required = true) @NotBlank @Size(max = 100) String familyName,
        @Schema(example = "+47 400 00 000") @Size(max = 30) @Pattern(regexp = "[+0-9 ()-]*",
                message = "may hold only digits, spaces, +, ( ) and -") String phone,
        @Schema(example = "kari@example.invalid") @Email @Size(max = 200) String email,
        @Schema(description = "The NAV office that follows the client", example = "nav-bergen", required = true)
        @NotBlank @Pattern(regexp = "[a-z0-9-]{2,40}", message = "must be an organisation unit code such as nav-bergen")
        String navOffice,
        @Schema(description = "The referring treatment team, when known") UUID treatmentTeamId,
        @Schema(description = "IPS, or IPS Ung where education counts as an outcome too; IPS if absent")
        IpsVariant variant,
        @Schema(description = "Whether the person has a job now; the employment rate counts those who have none",
                required = true) @NotNull Boolean workingAtReferral,
        @Schema(description = "Free text for the employment specialist; stays in this service, never in events")
        @Size(max = 4000) String note,
        @Schema(description = "The day the referral was made, when it is registered later (a referral on paper, "
                + "say); today if absent") @PastOrPresent LocalDate referredOn,
        @Schema(description = "Protected address or shielding, when the referrer knows of it; none if absent")
        @Valid ProtectionRequest protection) {
}
