package no.ipsbridge.clients.consent;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.ipsbridge.events.clients.ConsentDirection;

public final class ConsentRequests {

    private ConsentRequests() {
    }

    @Schema(name = "ConsentGiven", description = "The client consented to data crossing in one direction")
    public record Give(
            @Schema(required = true, description = "HEALTH_TO_NAV: NAV may see the health trust's data; "
                    + "NAV_TO_HEALTH: the health trust may see NAV's") @NotNull ConsentDirection direction,
            @Schema(description = "When the client gave it; now if absent") @PastOrPresent Instant givenAt) {
    }

    @Schema(name = "ConsentWithdrawal", description = "The client withdrew a consent; it stops at once")
    public record Withdraw(
            @Schema(description = "When the client withdrew it; now if absent") @PastOrPresent Instant withdrawnAt) {
    }

    @Schema(name = "Consent", description = "A consent, in force until withdrawn")
    public record View(UUID id, ConsentDirection direction, Instant givenAt, Instant withdrawnAt, boolean inForce) {

        static View of(Consent consent) {
            return new View(consent.id, consent.direction, consent.givenAt, consent.withdrawnAt, consent.inForce());
        }
    }
}
