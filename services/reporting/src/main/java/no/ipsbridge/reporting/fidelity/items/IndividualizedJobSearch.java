package no.ipsbridge.reporting.fidelity.items;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import no.ipsbridge.reporting.fidelity.ComputedItem;
import no.ipsbridge.reporting.fidelity.FidelityData;
import no.ipsbridge.reporting.fidelity.FidelityItem;
import no.ipsbridge.reporting.fidelity.Measured;
import no.ipsbridge.reporting.readmodel.CareerProfileUpdate;
import no.ipsbridge.reporting.readmodel.ReportedJob;

/**
 * Item 16 (Services 5), in part: the share of jobs started in the year to asOf that match the occupations the client
 * wanted in their career profile as it stood on the start day (the same STYRK-08 unit group; the same minor group is
 * shown beside). The scale scores the employer contacts, whose occupation the log does not carry, so the reviewers
 * score the item with these numbers as evidence.
 */
public final class IndividualizedJobSearch implements ComputedRule {

    record Counts(int jobStarts, int withPreferencesBefore, long matchingPreferences, long matchingMinorGroup) {
    }

    @Override
    public FidelityItem item() {
        return FidelityItem.INDIVIDUALIZED_JOB_SEARCH;
    }

    @Override
    public ComputedItem compute(FidelityData data) {
        var each = PerSpecialist.measure(data, specialist -> measure(data,
                data.jobStartsServedBy(specialist.specialistId)));
        return new ComputedItem(item(), measure(data, data.groupJobStarts()), each);
    }

    private static Measured measure(FidelityData data, List<ReportedJob> starts) {
        int withPreferences = 0;
        long matching = 0;
        long sameMinorGroup = 0;
        for (ReportedJob job : starts) {
            List<String> wanted = preferencesOn(data, job).orElse(List.of());
            if (wanted.isEmpty()) {
                continue;
            }
            withPreferences++;
            if (job.occupationCode != null && wanted.contains(job.occupationCode)) {
                matching++;
            }
            if (job.occupationCode != null && wanted.stream()
                    .anyMatch(code -> code.regionMatches(0, job.occupationCode, 0, 3))) {
                sameMinorGroup++;
            }
        }
        Double share = withPreferences == 0 ? null : (double) matching / withPreferences;
        return new Measured(share, null, Numbers.of(new Counts(starts.size(), withPreferences, matching,
                sameMinorGroup)), starts.size());
    }

    private static Optional<List<String>> preferencesOn(FidelityData data, ReportedJob job) {
        return data.profilesOf(job.clientId).stream()
                .filter(p -> !p.updatedOn.isAfter(job.startedOn))
                .max(Comparator.comparing((CareerProfileUpdate p) -> p.updatedOn))
                .map(p -> p.preferredOccupationCodes);
    }
}
