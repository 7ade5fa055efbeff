package no.ipsbridge.reporting.fidelity.items;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import no.ipsbridge.reporting.fidelity.ComputedItem;
import no.ipsbridge.reporting.fidelity.FidelityData;
import no.ipsbridge.reporting.fidelity.FidelityItem;
import no.ipsbridge.reporting.fidelity.Measured;

/**
 * Item 4 (Organization 1): the share of a specialist's caseload on asOf referred by the one or two teams they are
 * attached to that day — 90 % or more 5, 75–89 % 4, 50–74 % 3, less 2; attached to no team 1. The unit's figure is
 * the mean of the shares, scored the same way.
 */
public final class TeamAssignment implements ComputedRule {

    record Counts(int teams, int clients, long fromTheirTeams) {
    }

    record GroupCounts(int specialistsWithClients) {
    }

    @Override
    public FidelityItem item() {
        return FidelityItem.TEAM_ASSIGNMENT;
    }

    @Override
    public ComputedItem compute(FidelityData data) {
        var each = PerSpecialist.measure(data, specialist -> {
            Set<UUID> teams = teamsOn(data, specialist.specialistId, data.last());
            List<UUID> caseload = data.caseloadOn(specialist.specialistId, data.last());
            long fromTeams = caseload.stream().map(data.clients()::get).filter(Objects::nonNull)
                    .filter(client -> teams.contains(client.treatmentTeamId)).count();
            var numbers = Numbers.of(new Counts(teams.size(), caseload.size(), fromTeams));
            if (caseload.isEmpty()) {
                return new Measured(null, null, numbers, 0);
            }
            double share = (double) fromTeams / caseload.size();
            return new Measured(share, teams.isEmpty() ? 1 : score(share), numbers, caseload.size());
        });
        List<Double> shares = PerSpecialist.values(each);
        boolean anyAttached = data.specialists().stream()
                .anyMatch(s -> !teamsOn(data, s.specialistId, data.last()).isEmpty());
        Double mean = PerSpecialist.mean(shares);
        Integer score = !anyAttached && !shares.isEmpty() ? Integer.valueOf(1) : mean == null ? null : score(mean);
        return new ComputedItem(item(), new Measured(mean, score, Numbers.of(new GroupCounts(shares.size())),
                PerSpecialist.people(each)), each);
    }

    static int score(double share) {
        return Scale.atLeast(share, 0.90, 0.75, 0.50, 0.0);
    }

    private static Set<UUID> teamsOn(FidelityData data, String specialistId, LocalDate day) {
        return data.attachmentsOf(specialistId).stream().filter(a -> a.covers(day))
                .map(a -> a.teamId).collect(Collectors.toSet());
    }
}
