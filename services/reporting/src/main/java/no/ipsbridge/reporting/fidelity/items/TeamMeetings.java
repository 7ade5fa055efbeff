package no.ipsbridge.reporting.fidelity.items;

import java.util.List;
import java.util.stream.Stream;

import no.ipsbridge.reporting.fidelity.ComputedItem;
import no.ipsbridge.reporting.fidelity.FidelityData;
import no.ipsbridge.reporting.fidelity.FidelityItem;
import no.ipsbridge.reporting.fidelity.Measured;
import no.ipsbridge.reporting.fidelity.Window;
import no.ipsbridge.reporting.readmodel.ReportedSpecialist;
import no.ipsbridge.reporting.readmodel.TeamAttachment;

/**
 * Item 5 (Organization 2), component (a) only: the share of ended weeks, per team a specialist was attached to that
 * week, in which they were present at the team's meeting on a day they were attached. The reviewers score the item
 * from all five components.
 */
public final class TeamMeetings implements ComputedRule {

    record Counts(long teamWeeks, long weeksAttended) {
    }

    @Override
    public FidelityItem item() {
        return FidelityItem.TEAM_CONTACT;
    }

    @Override
    public ComputedItem compute(FidelityData data) {
        var each = PerSpecialist.measure(data, specialist -> measure(counts(data, specialist)));
        Counts total = data.specialists().stream().map(s -> counts(data, s))
                .reduce(new Counts(0, 0), (a, b) -> new Counts(a.teamWeeks + b.teamWeeks,
                        a.weeksAttended + b.weeksAttended));
        return new ComputedItem(item(), measure(total), each);
    }

    static Counts counts(FidelityData data, ReportedSpecialist specialist) {
        List<Window> weeks = Window.endedWeeks(data.quarter(), data.last());
        Stream<TeamAttachment> attachments = data.attachmentsOf(specialist.specialistId).stream()
                .filter(a -> data.meetingTeams().contains(a.teamId));
        long teamWeeks = 0;
        long attended = 0;
        for (TeamAttachment attachment : attachments.toList()) {
            for (Window week : weeks) {
                if (!attachment.overlaps(week.first(), week.last())) {
                    continue;
                }
                teamWeeks++;
                boolean there = data.meetings().stream().anyMatch(m -> m.teamId.equals(attachment.teamId)
                        && week.contains(m.heldOn) && attachment.covers(m.heldOn)
                        && data.attended(m, specialist.specialistId));
                if (there) {
                    attended++;
                }
            }
        }
        return new Counts(teamWeeks, attended);
    }

    private static Measured measure(Counts counts) {
        Double share = counts.teamWeeks() == 0 ? null : (double) counts.weeksAttended() / counts.teamWeeks();
        return new Measured(share, null, Numbers.of(counts), null);
    }
}
