package no.ipsbridge.specialists.mobile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.ipsbridge.events.clients.ClientStatus;

/**
 * What "due" means on the specialist's phone, from the IPS Fidelity Scale: the first face-to-face employer contact
 * within 30 days of enrolment; after a job start a follow-along contact within 3 days, weekly in the first month
 * and at least monthly after that; a contact within 3 days of a job loss; and work-incentive (benefits)
 * counselling before a job starts (at any time since enrolment) and again before a change of hours or pay (after the
 * start), as fidelity item 12 counts it.
 */
public final class DueItems {

    public enum Kind {
        FIRST_EMPLOYER_CONTACT, FOLLOW_ALONG_CONTACT, JOB_LOSS_CONTACT, BENEFITS_COUNSELLING
    }

    @Schema(name = "Due", description = "A contact the IPS model expects by a date")
    public record Due(Kind kind, LocalDate dueOn, boolean overdue) {
    }

    /** What the schedule depends on, for one client. */
    public record Situation(ClientStatus status, LocalDate enrolledOn, LocalDate employedSince, LocalDate jobLostOn,
            LocalDate lastEmployerContact, LocalDate lastFollowAlongContact, LocalDate lastBenefitsCounselling,
            LocalDate lastJobChange) {

        /** A client whose job has not changed hours or pay. */
        public Situation(ClientStatus status, LocalDate enrolledOn, LocalDate employedSince, LocalDate jobLostOn,
                LocalDate lastEmployerContact, LocalDate lastFollowAlongContact, LocalDate lastBenefitsCounselling) {
            this(status, enrolledOn, employedSince, jobLostOn, lastEmployerContact, lastFollowAlongContact,
                    lastBenefitsCounselling, null);
        }
    }

    private DueItems() {
    }

    public static List<Due> of(Situation client, LocalDate today) {
        List<Due> due = new ArrayList<>();
        boolean searching = client.status() == ClientStatus.ENROLLED || client.status() == ClientStatus.JOB_SEARCH;
        if (searching && client.enrolledOn() != null && client.lastEmployerContact() == null) {
            due.add(at(Kind.FIRST_EMPLOYER_CONTACT, client.enrolledOn().plusDays(30), today));
        }
        boolean working = client.status() == ClientStatus.EMPLOYED || client.status() == ClientStatus.FOLLOW_ALONG;
        if (working && client.employedSince() != null) {
            due.add(at(Kind.FOLLOW_ALONG_CONTACT, nextFollowAlong(client.employedSince(),
                    client.lastFollowAlongContact()), today));
        }
        if (working && client.employedSince() != null) {
            // Due before the start, or before a change of hours or pay: begun without it, it is overdue until the
            // counselling is recorded. One item, from the earlier of the two.
            LocalDate change = client.lastJobChange();
            if (!counselledSinceEnrolment(client)) {
                due.add(at(Kind.BENEFITS_COUNSELLING, client.employedSince(), today));
            } else if (change != null && !change.isBefore(client.employedSince())
                    && !counselledAfterTheStart(client)) {
                due.add(at(Kind.BENEFITS_COUNSELLING, change, today));
            }
        }
        if (client.status() == ClientStatus.JOB_SEARCH && client.jobLostOn() != null
                && (client.lastFollowAlongContact() == null || client.lastFollowAlongContact().isBefore(client.jobLostOn()))) {
            due.add(at(Kind.JOB_LOSS_CONTACT, client.jobLostOn().plusDays(3), today));
        }
        return due;
    }

    /** A start is covered by counselling at any time from enrolment on (also after it began, late). */
    private static boolean counselledSinceEnrolment(Situation client) {
        return client.lastBenefitsCounselling() != null
                && (client.enrolledOn() == null || !client.lastBenefitsCounselling().isBefore(client.enrolledOn()));
    }

    /** A change needs counselling of its own: counselling before the start covered the start, not the change. */
    private static boolean counselledAfterTheStart(Situation client) {
        return client.lastBenefitsCounselling() != null
                && client.lastBenefitsCounselling().isAfter(client.employedSince());
    }

    static LocalDate nextFollowAlong(LocalDate start, LocalDate lastContact) {
        if (lastContact == null || lastContact.isBefore(start)) {
            return start.plusDays(3);
        }
        return lastContact.isBefore(start.plusMonths(1)) ? lastContact.plusWeeks(1) : lastContact.plusMonths(1);
    }

    private static Due at(Kind kind, LocalDate dueOn, LocalDate today) {
        return new Due(kind, dueOn, today.isAfter(dueOn));
    }
}
