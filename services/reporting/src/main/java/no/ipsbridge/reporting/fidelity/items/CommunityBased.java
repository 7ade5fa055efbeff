package no.ipsbridge.reporting.fidelity.items;

import java.util.Map;
import java.util.stream.Collectors;

import no.ipsbridge.events.specialists.ActivityKind;
import no.ipsbridge.reporting.fidelity.ComputedItem;
import no.ipsbridge.reporting.fidelity.FidelityData;
import no.ipsbridge.reporting.fidelity.FidelityItem;
import no.ipsbridge.reporting.fidelity.Measured;
import no.ipsbridge.reporting.readmodel.ReportedSpecialist;

/**
 * Item 24 (Services 13): the share of a specialist's logged working time spent in the community, rated for each
 * specialist — 65 % or more 5, 50–64 % 4, 40–49 % 3, 30–39 % 2, less 1 — then the closest scale point to the mean of
 * the specialists' scores.
 */
public final class CommunityBased implements ComputedRule {

    record Counts(int communityMinutes, int loggedMinutes, Double communityShareLeavingOutMeetings) {
    }

    @Override
    public FidelityItem item() {
        return FidelityItem.COMMUNITY_BASED;
    }

    @Override
    public ComputedItem compute(FidelityData data) {
        var each = PerSpecialist.measure(data, specialist -> measure(data, specialist));
        return new ComputedItem(item(), PerSpecialist.ratedEach(each), each);
    }

    private static Measured measure(FidelityData data, ReportedSpecialist specialist) {
        Map<ActivityKind, Integer> minutes = data.activitiesOf(specialist.specialistId).stream()
                .filter(a -> data.counted().contains(a.onDay))
                .collect(Collectors.groupingBy(a -> a.kind, Collectors.summingInt(a -> a.minutes)));
        int community = minutes.getOrDefault(ActivityKind.COMMUNITY, 0);
        int all = minutes.values().stream().mapToInt(Integer::intValue).sum();
        int outsideMeetings = community + minutes.getOrDefault(ActivityKind.OFFICE, 0);
        var numbers = Numbers.of(new Counts(community, all,
                outsideMeetings == 0 ? null : (double) community / outsideMeetings));
        if (all == 0) {
            return new Measured(null, null, numbers, null);
        }
        double share = (double) community / all;
        return new Measured(share, score(share), numbers, null);
    }

    static int score(double share) {
        return Scale.atLeast(share, 0.65, 0.50, 0.40, 0.30);
    }
}
