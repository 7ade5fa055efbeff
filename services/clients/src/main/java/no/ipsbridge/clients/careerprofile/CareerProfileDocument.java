package no.ipsbridge.clients.careerprofile;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.ipsbridge.events.clients.DisclosurePreference;

/** The career profile as read and as replaced with PUT. */
@Schema(name = "CareerProfile", description = "What the client wants from work and brings to it")
public record CareerProfileDocument(
        @Schema(description = "The client's own words about the work they want") @Size(max = 4000) String jobPreferences,
        @Schema(description = "STYRK-08 codes of the occupations wanted") @Size(max = 20)
        List<@Pattern(regexp = "\\d{4}", message = "must be a 4-digit STYRK-08 code") String> preferredOccupationCodes,
        @Schema(description = "Hours per week the client wants to work") @Min(0) @Max(60) Integer hoursPerWeekWanted,
        boolean wantsEducation,
        @Size(max = 4000) String educationHistory,
        @Size(max = 4000) String workHistory,
        @Schema(description = "What the client wants an employer told about their illness") @NotNull
        DisclosurePreference disclosure,
        @Schema(description = "What must not be shared with the employer") @Size(max = 2000) String notToShareWithEmployer,
        @Schema(description = "When disclosure to the employer was agreed") LocalDate disclosureDate,
        @Schema(description = """
                The day of the assessment or update this profile records, for one entered late; today if left out.
                Never in the future or before the referral. Reading, the day of the last update.""",
                example = "2026-09-14") LocalDate updatedOn) {

    static CareerProfileDocument of(CareerProfile profile) {
        return new CareerProfileDocument(profile.jobPreferences, profile.preferredOccupationCodes,
                profile.hoursPerWeekWanted, profile.wantsEducation, profile.educationHistory, profile.workHistory,
                profile.disclosure, profile.notToShareWithEmployer, profile.disclosureDate, profile.updatedOn);
    }

    void applyTo(CareerProfile profile, LocalDate effectiveOn) {
        profile.updatedOn = effectiveOn;
        profile.jobPreferences = jobPreferences;
        profile.preferredOccupationCodes = preferredOccupationCodes == null ? List.of() : List.copyOf(preferredOccupationCodes);
        profile.hoursPerWeekWanted = hoursPerWeekWanted;
        profile.wantsEducation = wantsEducation;
        profile.educationHistory = educationHistory;
        profile.workHistory = workHistory;
        profile.disclosure = disclosure;
        profile.notToShareWithEmployer = notToShareWithEmployer;
        profile.disclosureDate = disclosureDate;
    }
}
