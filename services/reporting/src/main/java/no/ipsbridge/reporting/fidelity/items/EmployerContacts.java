package no.ipsbridge.reporting.fidelity.items;

import java.util.List;

import no.ipsbridge.reporting.fidelity.ComputedItem;
import no.ipsbridge.reporting.fidelity.FidelityData;
import no.ipsbridge.reporting.fidelity.FidelityItem;
import no.ipsbridge.reporting.fidelity.Measured;
import no.ipsbridge.reporting.fidelity.Window;
import no.ipsbridge.reporting.readmodel.ReportedSpecialist;

/**
 * Item 17 (Services 6): face-to-face employer contacts per week per full-time post, rated for each specialist — 6
 * or more 5, 5 4, 4 3, 2 2, fewer 1 (a rate between two anchors takes the lower) — over the weeks of the period
 * that have ended, then the closest scale point to the mean of the specialists' scores.
 */
public final class EmployerContacts implements ComputedRule {

    record Counts(long faceToFaceContacts, int weeks, double fullTimeEquivalents) {
    }

    @Override
    public FidelityItem item() {
        return FidelityItem.EMPLOYER_CONTACT_FREQUENCY;
    }

    @Override
    public ComputedItem compute(FidelityData data) {
        var each = PerSpecialist.measure(data, specialist -> measure(data, specialist));
        return new ComputedItem(item(), PerSpecialist.ratedEach(each), each);
    }

    private static Measured measure(FidelityData data, ReportedSpecialist specialist) {
        List<Window> weeks = Window.endedWeeks(data.quarter(), data.last());
        long contacts = data.employerContactsBy(specialist.specialistId).stream()
                .filter(c -> c.faceToFace && weeks.stream().anyMatch(week -> week.contains(c.contactedOn)))
                .count();
        double fraction = data.meanFraction(specialist, weeks);
        var numbers = Numbers.of(new Counts(contacts, weeks.size(), fraction));
        if (weeks.isEmpty() || fraction == 0) {
            return new Measured(null, null, numbers, null);
        }
        double perWeek = contacts / (double) weeks.size() / fraction;
        return new Measured(perWeek, score(perWeek), numbers, null);
    }

    static int score(double perWeek) {
        return Scale.atLeast(perWeek, 6, 5, 4, 2);
    }
}
