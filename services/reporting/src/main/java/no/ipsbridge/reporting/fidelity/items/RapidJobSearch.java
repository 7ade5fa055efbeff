package no.ipsbridge.reporting.fidelity.items;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import no.ipsbridge.reporting.fidelity.ComputedItem;
import no.ipsbridge.reporting.fidelity.FidelityData;
import no.ipsbridge.reporting.fidelity.FidelityItem;
import no.ipsbridge.reporting.fidelity.Measured;
import no.ipsbridge.reporting.readmodel.ReportedClient;

/**
 * Item 15 (Services 4): the average days from enrolment to the first face-to-face employer contact — within 30 days
 * 5, 31–60 4, 61–150 3, 151–270 2, 271 or more 1 — over clients enrolled in the year to asOf who have had that
 * contact, and those whose 30 days have passed without it (counted with their days so far). A client enrolled
 * fewer than 30 days ago with no contact yet is not counted: they have not yet missed anything.
 */
public final class RapidJobSearch implements ComputedRule {

    record Counts(int clientsEnrolled, int clientsCounted, int withoutContact, int notYetDue,
            int firstContactWithin30Days) {
    }

    @Override
    public FidelityItem item() {
        return FidelityItem.RAPID_JOB_SEARCH;
    }

    @Override
    public ComputedItem compute(FidelityData data) {
        var each = PerSpecialist.measure(data, specialist -> measure(data,
                data.clientsEnrolledBy(specialist.specialistId)));
        return new ComputedItem(item(), measure(data, data.groupClientsLookedUp()), each);
    }

    static Measured measure(FidelityData data, List<ReportedClient> clients) {
        List<ReportedClient> cohort = clients.stream().filter(c -> data.inYearTo(c.enrolledOn)).toList();
        long sumOfDays = 0;
        int counted = 0;
        int withoutContact = 0;
        int notYetDue = 0;
        int withinThirty = 0;
        for (ReportedClient client : cohort) {
            Optional<LocalDate> first = data.employerContactsWith(client.clientId).stream()
                    .filter(contact -> contact.faceToFace)
                    .map(contact -> contact.contactedOn)
                    .filter(on -> !on.isBefore(client.enrolledOn) && !on.isAfter(data.last()))
                    .min(LocalDate::compareTo);
            long waited = ChronoUnit.DAYS.between(client.enrolledOn, first.orElse(data.last()));
            if (first.isEmpty() && waited < 30) {
                notYetDue++;
                continue;
            }
            counted++;
            sumOfDays += waited;
            if (first.isEmpty()) {
                withoutContact++;
            } else if (waited <= 30) {
                withinThirty++;
            }
        }
        Double mean = counted == 0 ? null : (double) sumOfDays / counted;
        return new Measured(mean, mean == null ? null : score(mean),
                Numbers.of(new Counts(cohort.size(), counted, withoutContact, notYetDue, withinThirty)), counted);
    }

    /** The anchors count whole days, so an average of 30.4 days is "within 30 days" and 30.5 is not. */
    static int score(double meanDays) {
        return Scale.atMost(Math.round(meanDays), 30, 60, 150, 270);
    }
}
