package no.ipsbridge.reporting.fidelity.items;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import no.ipsbridge.reporting.fidelity.ComputedItem;

class EmployerContactsTest {

    @Test
    void eachAnchorIsContactsPerWeekAndARateBetweenTwoTakesTheLower() {
        assertThat(EmployerContacts.score(6)).isEqualTo(5);
        assertThat(EmployerContacts.score(5.99)).isEqualTo(4);
        assertThat(EmployerContacts.score(5)).isEqualTo(4);
        assertThat(EmployerContacts.score(4.99)).isEqualTo(3);
        assertThat(EmployerContacts.score(4)).isEqualTo(3);
        assertThat(EmployerContacts.score(3.99)).isEqualTo(2);
        assertThat(EmployerContacts.score(2)).isEqualTo(2);
        assertThat(EmployerContacts.score(1.99)).isEqualTo(1);
    }

    @Test
    void aBusySpecialistDoesNotHideAnIdleOne() {
        Facts facts = Facts.q1();
        facts.specialist("busy", 1.0, "2025-01-01");
        facts.specialist("idle", 1.0, "2025-01-01");
        everyWeek(facts, "busy", 12);

        ComputedItem item = new EmployerContacts().compute(facts.data());
        assertThat(item.bySpecialist().get("busy").score()).isEqualTo(5);
        assertThat(item.bySpecialist().get("idle").score()).isEqualTo(1);
        assertThat(item.group().value()).as("the mean of the rates, shown").isEqualTo(6.0);
        assertThat(item.group().score()).as("the closest point to the mean of the scores").isEqualTo(3);
    }

    @Test
    void theRunningWeekCountsNeitherItsContactsNorItsDays() {
        Facts facts = Facts.q1().asOf("2026-01-14");
        facts.specialist("s1", 1.0, "2025-01-01");
        everyWeek(facts, "s1", 6);
        ComputedItem item = new EmployerContacts().compute(facts.data());
        assertThat(item.bySpecialist().get("s1").numbers()).containsEntry("weeks", 2)
                .containsEntry("faceToFaceContacts", 12L);
        assertThat(item.bySpecialist().get("s1").score()).isEqualTo(5);
    }

    @Test
    void aPartTimePostIsRatedPerFullTimePostForTheDaysItWasPartTime() {
        Facts facts = Facts.q1();
        facts.specialist("s1", 0.5, "2025-01-01");
        everyWeek(facts, "s1", 3);
        ComputedItem item = new EmployerContacts().compute(facts.data());
        assertThat(item.bySpecialist().get("s1").value()).isEqualTo(6.0);
        assertThat(item.bySpecialist().get("s1").score()).isEqualTo(5);
    }

    @Test
    void aContactByPhoneDoesNotCount() {
        Facts facts = Facts.q1();
        facts.specialist("s1", 1.0, "2025-01-01");
        facts.employerContact("s1", "2026-01-14", false);
        assertThat(new EmployerContacts().compute(facts.data()).bySpecialist().get("s1").numbers())
                .containsEntry("faceToFaceContacts", 0L);
    }

    private static void everyWeek(Facts facts, String specialist, int contacts) {
        for (LocalDate monday = Facts.day("2025-12-29"); monday.isBefore(Facts.day("2026-03-30"));
                monday = monday.plusWeeks(1)) {
            facts.employerContactsInWeek(specialist, monday.toString(), contacts);
        }
    }
}
