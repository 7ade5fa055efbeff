package no.ipsbridge.reporting.fidelity.items;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import no.ipsbridge.reporting.fidelity.ComputedItem;
import no.ipsbridge.reporting.fidelity.FidelityData;
import no.ipsbridge.reporting.fidelity.FidelityItem;
import no.ipsbridge.reporting.fidelity.Measured;
import no.ipsbridge.reporting.fidelity.Window;
import no.ipsbridge.reporting.readmodel.ReportedNavContact;
import no.ipsbridge.reporting.readmodel.ReportedSpecialist;

/**
 * Item 6 (Organization 3), with NAV counsellors in the place of VR counselors, from the specialist's dated contacts:
 * 5 scheduled face-to-face meetings at least monthly and client-related contacts weekly; 4 scheduled face-to-face
 * meetings at least quarterly, or contacts weekly; 3 contacts at least monthly; 2 at least quarterly; 1 less. Only
 * weeks and months that have ended, and that the specialist was in post for, are judged. The unit's score is the
 * closest scale point to the mean of the specialists' scores.
 */
public final class NavCollaboration implements ComputedRule {

    record Counts(int contacts, int scheduledFaceToFace, int weeksJudged, int weeksWithContact, int monthsJudged,
            int monthsWithContact, int monthsWithScheduledMeeting) {
    }

    @Override
    public FidelityItem item() {
        return FidelityItem.NAV_COLLABORATION;
    }

    @Override
    public ComputedItem compute(FidelityData data) {
        var each = PerSpecialist.measure(data, specialist -> measure(data, specialist));
        return new ComputedItem(item(), PerSpecialist.ratedEach(each), each);
    }

    private static Measured measure(FidelityData data, ReportedSpecialist specialist) {
        LocalDate started = specialist.registeredOn;
        Predicate<Window> inPost = window -> started == null || !window.first().isBefore(started);
        List<Window> weeks = Window.endedWeeks(data.quarter(), data.last()).stream().filter(inPost).toList();
        List<Window> months = Window.endedMonths(data.quarter(), data.last()).stream().filter(inPost).toList();
        List<ReportedNavContact> contacts = data.navContactsOf(specialist.specialistId);
        List<ReportedNavContact> meetings = contacts.stream().filter(c -> c.scheduled && c.faceToFace).toList();
        int weeksWithContact = (int) weeks.stream().filter(w -> any(contacts, w)).count();
        int monthsWithContact = (int) months.stream().filter(m -> any(contacts, m)).count();
        int monthsWithMeeting = (int) months.stream().filter(m -> any(meetings, m)).count();
        boolean quarterEnded = data.quarter().endedBy(data.last());
        Counts counts = new Counts((int) contacts.stream().filter(c -> data.quarter().contains(c.contactedOn)).count(),
                (int) meetings.stream().filter(c -> data.quarter().contains(c.contactedOn)).count(), weeks.size(),
                weeksWithContact, months.size(), monthsWithContact, monthsWithMeeting);
        Integer score = score(counts, any(contacts, data.quarter()), any(meetings, data.quarter()), quarterEnded);
        Double value = weeks.isEmpty() ? null : (double) weeksWithContact / weeks.size();
        return new Measured(value, score, Numbers.of(counts), null);
    }

    /**
     * The ladder of anchors; null while nothing has ended that could decide it (the first weeks of a quarter, or
     * a quarter still running with nothing yet to show for it).
     */
    static Integer score(Counts counts, boolean contactInQuarter, boolean meetingInQuarter, boolean quarterEnded) {
        boolean weekly = counts.weeksJudged() > 0 && counts.weeksWithContact() == counts.weeksJudged();
        boolean monthlyMeetings = counts.monthsJudged() > 0
                && counts.monthsWithScheduledMeeting() == counts.monthsJudged();
        boolean monthlyContacts = counts.monthsJudged() > 0 && counts.monthsWithContact() == counts.monthsJudged();
        if (monthlyMeetings && weekly) {
            return 5;
        }
        if (meetingInQuarter || weekly) {
            return 4;
        }
        if (monthlyContacts) {
            return 3;
        }
        if (contactInQuarter) {
            return 2;
        }
        return quarterEnded ? Integer.valueOf(1) : null;
    }

    private static boolean any(List<ReportedNavContact> contacts, Window window) {
        return contacts.stream().anyMatch(c -> window.contains(c.contactedOn));
    }
}
