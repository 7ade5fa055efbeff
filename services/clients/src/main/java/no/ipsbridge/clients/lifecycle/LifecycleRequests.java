package no.ipsbridge.clients.lifecycle;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.ipsbridge.events.clients.ClientStatus;
import no.ipsbridge.events.clients.DischargeReason;

/** One request type per kind of change on the IPS path, each with its own rules. */
public final class LifecycleRequests {

    private LifecycleRequests() {
    }

    @Schema(name = "Enrolment", description = "Enrol a referred client")
    public record Enrolment(
            @Schema(description = "Day of enrolment; today if absent") @PastOrPresent LocalDate enrolledOn,
            @Schema(description = "The employment specialist's user id; a specialist enrolling into their own "
                    + "caseload leaves it out, a team lead names the specialist") @Size(max = 64) String specialistId) {
    }

    @Schema(name = "StatusChange", description = "Move the client along the IPS path")
    public record StatusChange(
            @Schema(description = "JOB_SEARCH, EMPLOYED or FOLLOW_ALONG; enrolment and discharge have their own commands",
                    required = true) @NotNull ClientStatus status,
            @Schema(description = "Day of the change; today if absent") @PastOrPresent LocalDate on) {
    }

    @Schema(name = "Discharge", description = "End IPS for the client")
    public record Discharge(
            @Schema(required = true) @NotNull DischargeReason reason,
            @Schema(description = "Day of discharge; today if absent") @PastOrPresent LocalDate on) {
    }
}
