package no.ipsbridge.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import no.ipsbridge.events.DomainEvent;
import no.ipsbridge.events.clients.ClientDischarged;
import no.ipsbridge.events.clients.ClientEnrolled;
import no.ipsbridge.events.clients.ClientReferred;
import no.ipsbridge.events.clients.ClientStatus;
import no.ipsbridge.events.clients.DischargeReason;
import no.ipsbridge.events.clients.IpsVariant;
import no.ipsbridge.events.placements.BenefitsCounsellingGiven;
import no.ipsbridge.events.placements.BenefitsTopic;
import no.ipsbridge.events.placements.ContactPurpose;
import no.ipsbridge.events.placements.CounselledBy;
import no.ipsbridge.events.placements.EmployerContactLogged;
import no.ipsbridge.events.placements.FollowAlongContactLogged;
import no.ipsbridge.events.placements.FollowAlongWith;
import no.ipsbridge.events.placements.JobEndReason;
import no.ipsbridge.events.placements.JobChanged;
import no.ipsbridge.events.placements.JobEnded;
import no.ipsbridge.events.placements.JobStarted;
import no.ipsbridge.events.specialists.ActivityKind;
import no.ipsbridge.events.specialists.ActivityLogged;
import no.ipsbridge.events.specialists.ClientAssigned;
import no.ipsbridge.events.specialists.ClientReassigned;
import no.ipsbridge.events.specialists.ClientReleased;
import no.ipsbridge.events.specialists.NavContactLogged;
import no.ipsbridge.events.specialists.ReleaseReason;
import no.ipsbridge.events.specialists.SpecialistRegistered;
import no.ipsbridge.events.teams.MeetingHeld;
import no.ipsbridge.events.teams.SpecialistAttached;
import no.ipsbridge.events.teams.TeamCreated;
import no.ipsbridge.events.teams.TeamKind;
import no.ipsbridge.testing.EventPublisher;
import no.ipsbridge.testing.IpsInfrastructureResource;
import no.ipsbridge.testing.Tokens;

/**
 * A known history of the unit {@code ous} (Oslo universitetssykehus) for 2025-Q3 (1 July – 30 September 2025;
 * its weeks are the 13 whose Thursday it holds, Monday 30 June to Sunday 28 September), fed into the real broker,
 * and every computed fidelity item worked out by hand. It is a year before ReportingTest's quarter and in another unit,
 * so the two histories do not meet.
 *
 * <pre>
 * Specialists: S1 working fraction 1.0, attached to team T1 since 2025-01-01;
 *              S2 working fraction 0.1, attached to team T2 from Monday 2025-08-04.
 *
 * client team  enrolled   by  caseload                         first face-to-face employer contact
 * C1     T1    07-01      S1  S1 from 07-01                    07-21  (20 days)
 * C2     T1    06-01      S1  S1 from 06-01                    07-31  (60)
 * C3     T1    09-15      S1  S1 from 09-15                    none   (15 to 09-30)
 * C4     T1    03-01      S1  S1 from 03-01                    05-30  (90; a phone call on 03-05 does not count)
 * C5     -     07-10      S1  S1 from 07-10                    08-09  (30; one on 07-05, before enrolment, does not)
 * C6     T1    07-01      S1  S1 07-01, released 08-15         none   (91)
 * C7     T2    07-01      S1  S1 07-01, to S2 on 09-01         09-05  (66)
 * C8     T2    08-04      S2  S2 from 08-04                    08-05  (1)
 * C9     T1    08-04      S2  S2 from 08-04                    none   (57)
 *
 * Item 1, caseload on 09-30: S1 C1-C5 = 5 / 1.0 = 5.0 -> 5; S2 C7 C8 C9 = 3 / 0.1 = 30.0 -> 3;
 *   unit 8 / 1.1 = 7.273 -> 5.
 * Item 4, share from their teams: S1 4 of 5 (C5 has no team) = 0.8 -> 4; S2 2 of 3 (C9 is T1's) = 0.667 -> 3;
 *   unit mean 0.733 -> 3.
 * Item 5(a), team-weeks attended: S1 has 13 weeks in T1, meetings with a specialist in 5 (07-02 .. 07-30; the
 *   08-06 meeting without, the 06-25 one in a week of Q2); S2 has 8 in T2 (08-04 .. 09-22), attended 08-05 and
 *   08-12 (07-29 was before S2 came): S1 5/13 = 0.385, S2 2/8 = 0.25, unit 7/21 = 0.333; no score, the reviewers
 *   score the item.
 * Item 6, contacts with NAV: S1 scheduled face-to-face meetings on 07-09 and 08-12 and a call on 09-10 (the meeting
 *   on 06-20 is in Q2): contacts in 3 of 13 weeks, every month, a scheduled meeting in the quarter -> 4 (0.231); S2
 *   calls on 08-05 and 08-12, none in July -> 2 (0.154); unit the closest point to (4+2)/2 = 3, value 0.192.
 * Item 12 (in part), benefits counselling before a job start (from enrolment) or a change of hours or pay (after the
 *   previous start or change): C1 on 07-25 covers J1 (08-01) but not its change on 09-15; C2's on 04-01 came before
 *   their enrolment (06-01); C5's on 09-01, J5's start day, covers it; none for C4 (J4, change 08-20) or C7 (J7):
 *   unit 2 of 5 starts + 2 changes = 0.286; S1 2 of 6 = 0.333; S2 0 of 1.
 * Item 15, days to first face-to-face employer contact, enrolled in the year to 09-30, counting those with a contact
 *   and those whose 30 days passed without one: unit C1 C2 C4-C9 (20+60+90+30+91+66+1+57)/8 = 51.875 -> 4 (C3,
 *   enrolled 15 days ago, is not yet due); 2 without contact; 3 (C1 C5 C8) within 30 days. S1 (enrolled C1-C7 but
 *   C3) 357/6 = 59.5 -> 60 days -> 4; S2 (C8 C9) 58/2 = 29.0 -> 5.
 * Item 17, face-to-face employer contacts per week per full-time post in the 13 weeks: S1 4 client contacts + 23
 *   others = 27 / 13 = 2.077 -> 2 (a phone contact does not count); S2 2 + 5 = 7 / 13 / 0.1 = 5.385 -> 4; unit
 *   value 3.731, score the closest point to (2+4)/2 = 3.
 * Jobs (competitive unless said): J1 C1 08-01 STYRK 5223 employer E1; J2 C2 08-15 5223 E2 temporary;
 *   J4 C4 04-01 9112 E1 sheltered; J5 C5 09-01 no code E4; J7 C7 09-10 4110 E3, ended 09-20.
 * Item 19, job types, a job without an occupation code a type of its own: unit 4 types of 5 starts = 0.8 -> 4;
 *   S1 (J1 J2 J4 J5) 3 of 4 = 0.75 -> 4; S2 (J7) 1 of 1 -> 5.
 * Item 20, employers: unit 4 of 5 = 0.8 -> 4; S1 3 of 4 = 0.75 -> 4; S2 1 of 1 -> 5.
 * Item 21, competitive among jobs held on 09-30 (J1 J2 J4 J5): 3 of 4 = 0.75 -> 3 (2 of them permanent);
 *   S1 the same; S2 holds none.
 * Item 23, face-to-face follow-along with the client: J1 weekly in its 4 weeks and in its one whole month -> met;
 *   J2 missed its 2nd week (that contact was with the employer only); J4 met its weeks and months until it missed
 *   08-27..09-25, but had a contact in its 4th month; J5 weekly in its 4 weeks -> met; J7 none in its one week.
 *   Unit: 2 of 5 met (0.4 < 0.5), the one job held 4 months had contact in month 4 -> 3. S1: 2 of 4 = 0.5 -> 4.
 *   S2: 0 of 1, no contact after a month -> 1.
 * Item 24, community share of logged time: S1 840 of 1490 minutes = 0.564 -> 4 (0.627 leaving meetings out);
 *   S2 400 of 490 = 0.816 -> 5; unit value 0.690, score the closest point to (4+5)/2 = 5.
 *
 * Employment orientation: T1 referred C1 C2 C3 C4 C6 C9, T2 C7 C8, referral n days before enrolment:
 *   C1 10, C2 3, C3 20, C4 30, C6 5, C9 14, C7 7, C8 3. T1 enrolled in Q3: C1 C3 C6 C9, waits 10 20 5 14,
 *   median 12; referred in Q3: C3 (08-26) C9 (07-21) = 2; enrolled by 09-30: 6, worked competitively since: C1 C2
 *   = 2, share 0.333. T2: enrolled in Q3 C7 C8, median 5; worked since: C7 = 1 of 2.
 * </pre>
 */
@QuarkusTest
@QuarkusTestResource(value = IpsInfrastructureResource.class, initArgs = {
        @ResourceArg(name = "database", value = "reporting"), @ResourceArg(name = "keycloak", value = "true") })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FidelityTest {

    private static final String CLIENTS = "/ips-bridge/clients";
    private static final String SPECIALISTS = "/ips-bridge/specialists";
    private static final String TEAMS = "/ips-bridge/teams";
    private static final String PLACEMENTS = "/ips-bridge/placements";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String s1 = "fidelity-s1-" + UUID.randomUUID();
    private static final String s2 = "fidelity-s2-" + UUID.randomUUID();
    private static final UUID t1 = UUID.randomUUID();
    private static final UUID t2 = UUID.randomUUID();
    private static final UUID e1 = UUID.randomUUID();
    private static final UUID e2 = UUID.randomUUID();
    private static final UUID e3 = UUID.randomUUID();
    private static final UUID e4 = UUID.randomUUID();

    /** The unit's report on the one shared history, read once it has all arrived; each check below reads it. */
    private static JsonNode report;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void theHistoryHasArrived() throws Exception {
        if (report != null) {
            return;
        }
        publishHistory();
        // The four topics are read independently; wait until the last fact of each has arrived.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode arrived = fidelity("manager.oslo", "");
            assertThat(number(arrived, 1, "clients")).isEqualTo(8);
            assertThat(number(arrived, 5, "teamWeeks")).isEqualTo(21);
            assertThat(number(arrived, 5, "weeksAttended")).isEqualTo(7);
            assertThat(number(arrived, 15, "clientsEnrolled")).isEqualTo(9);
            assertThat(number(arrived, 23, "jobStarts")).isEqualTo(5);
            assertThat(number(arrived, 23, "contactAfterFirstMonth")).isEqualTo(2);
            assertThat(specialist(arrived, 17, s1).at("/numbers/faceToFaceContacts").asInt()).isEqualTo(27);
            assertThat(specialist(arrived, 24, s2).at("/numbers/loggedMinutes").asInt()).isEqualTo(490);
            assertThat(number(arrived, 12, "counselledBefore")).isEqualTo(2);
            assertThat(specialist(arrived, 6, s2).at("/numbers/contacts").asInt()).isEqualTo(2);
        });
        report = fidelity("manager.oslo", "");
    }

    @Test
    @Order(1)
    void item1CaseloadSize() {
        assertItem(report, 1, 7.273, 5, 5.0, 5, 30.0, 3);
        assertThat(number(report, 1, "clients")).isEqualTo(8);
    }

    @Test
    @Order(2)
    void item4TeamAssignment() {
        assertItem(report, 4, 0.733, 3, 0.8, 4, 0.667, 3);
    }

    @Test
    @Order(3)
    void item5TeamMeetingsAttended() {
        assertItem(report, 5, 0.333, null, 0.385, null, 0.25, null);
        assertThat(number(report, 5, "weeksAttended")).isEqualTo(7);
    }

    @Test
    @Order(4)
    void item6CollaborationWithNav() {
        assertItem(report, 6, 0.192, 3, 0.231, 4, 0.154, 2);
        assertThat(specialist(report, 6, s1).at("/numbers/monthsWithContact").asInt()).isEqualTo(3);
        assertThat(specialist(report, 6, s1).at("/numbers/monthsWithScheduledMeeting").asInt()).isEqualTo(2);
    }

    @Test
    @Order(5)
    void item12WorkIncentivesPlanning() {
        assertItem(report, 12, 0.286, null, 0.333, null, 0.0, null);
        assertThat(number(report, 12, "counselledBefore")).isEqualTo(2);
        assertThat(number(report, 12, "changesCounselled")).isEqualTo(0);
        assertThat(number(report, 12, "jobChanges")).isEqualTo(2);
    }

    @Test
    @Order(6)
    void item15RapidJobSearch() {
        assertItem(report, 15, 51.875, 4, 59.5, 4, 29.0, 5);
        assertThat(number(report, 15, "withoutContact")).isEqualTo(2);
        assertThat(number(report, 15, "notYetDue")).isEqualTo(1);
        assertThat(number(report, 15, "clientsCounted")).isEqualTo(8);
        assertThat(number(report, 15, "firstContactWithin30Days")).isEqualTo(3);
    }

    @Test
    @Order(7)
    void item17FrequentEmployerContact() {
        assertItem(report, 17, 3.731, 3, 2.077, 2, 5.385, 4);
    }

    @Test
    @Order(8)
    void items19And20DiversityOfJobTypesAndEmployers() {
        assertItem(report, 19, 0.8, 4, 0.75, 4, 1.0, 5);
        assertItem(report, 20, 0.8, 4, 0.75, 4, 1.0, 5);
    }

    @Test
    @Order(9)
    void item21CompetitiveJobs() {
        assertItem(report, 21, 0.75, 3, 0.75, 3, null, null);
        assertThat(number(report, 21, "competitiveAndPermanent")).isEqualTo(2);
    }

    @Test
    @Order(10)
    void item23TimeUnlimitedFollowAlong() {
        assertItem(report, 23, 0.4, 3, 0.5, 4, 0.0, 1);
        assertThat(number(report, 23, "contactInFourthMonth")).isEqualTo(1);
    }

    @Test
    @Order(11)
    void item24CommunityBasedServices() {
        assertItem(report, 24, 0.69, 5, 0.564, 4, 0.816, 5);
        assertThat(specialist(report, 24, s1).at("/numbers/communityShareLeavingOutMeetings").asDouble())
                .isEqualTo(0.627);
    }

    @Test
    @Order(12)
    void theReviewersItemsAreListedWithoutAProposedScore() {
        assertThat(item(report, 2).at("/scoredBy").asText()).isEqualTo("REVIEWER");
        assertThat(item(report, 2).at("/proposedScore").isNull()).isTrue();
        assertThat(report.at("/items").size()).isEqualTo(25);
    }

    @Test
    @Order(13)
    void aTeamsReportCountsItsOwnSpecialistsAndMeetingWeeks() throws Exception {
        JsonNode team = fidelity("manager.oslo", "&team=" + t2);
        assertThat(item(team, 1).at("/bySpecialist").size()).isEqualTo(1);
        assertThat(item(team, 1).at("/value").asDouble()).isEqualTo(30.0);
        assertThat(item(team, 5).at("/value").asDouble()).isEqualTo(0.25);
        as("manager.oslo").queryParam("quarter", "2025-Q3").queryParam("team", UUID.randomUUID())
                .get("/api/units/ous/fidelity").then().statusCode(404);
    }

    @Test
    @Order(14)
    void theReportComesAsCsvAndOnlyToTheUnit() {
        as("manager.oslo").queryParam("quarter", "2025-Q3").queryParam("format", "csv").get("/api/units/ous/fidelity")
                .then().statusCode(200).contentType(containsString("text/csv"))
                .body(containsString("1,Staffing 1,Caseload size,COMPUTED,,7.273,5,clients=8; fullTimeEquivalents=1.10"),
                        containsString("1,Staffing 1,Caseload size,COMPUTED," + s2 + ",30.0,3,"));
        as("manager.bergen").queryParam("quarter", "2025-Q3").get("/api/units/ous/fidelity").then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    @Order(15)
    void eachTeamsEmploymentOrientation() throws Exception {
        assertOrientation();
    }

    @Test
    @Order(16)
    void reviewersScoresMakeTheTotal() throws Exception {
        assertReviews();
    }

    @Test
    @Order(17)
    void rebuiltFromOffsetZeroTheReadModelGivesTheSameReportAndKeepsTheReviews() throws Exception {
        Rebuild.givesTheSameReport(dataSource, "manager.oslo", () -> fidelity("manager.oslo", "").toString());
        as("manager.oslo").get("/api/units/ous/fidelity/reviews").then().statusCode(200)
                .body("size()", equalTo(2));
    }

    private static void assertOrientation() throws Exception {
        JsonNode teams = JSON.readTree(as("manager.oslo").queryParam("quarter", "2025-Q3")
                .get("/api/units/ous/employment-orientation").then().statusCode(200).extract().asString());
        JsonNode first = teamNamed(teams, t1);
        assertThat(first.at("/referredInQuarter").asInt()).isEqualTo(2);
        assertThat(first.at("/enrolledInQuarter").asInt()).isEqualTo(4);
        assertThat(first.at("/medianDaysFromReferralToEnrolment").asDouble()).isEqualTo(12.0);
        assertThat(first.at("/enrolled").asInt()).isEqualTo(6);
        assertThat(first.at("/workedSinceEnrolment").asInt()).isEqualTo(2);
        assertThat(first.at("/shareWorkedSinceEnrolment").asDouble()).isEqualTo(0.333);
        // C4 was referred on 2025-01-30, C2 on 2025-05-29, C1 and C6 in June.
        assertThat(first.at("/referralsPerMonth/2025-01").asInt()).isEqualTo(1);
        assertThat(first.at("/referralsPerMonth/2025-06").asInt()).isEqualTo(2);
        assertThat(first.at("/referralsPerMonth").size()).isEqualTo(12);
        JsonNode second = teamNamed(teams, t2);
        assertThat(second.at("/medianDaysFromReferralToEnrolment").asDouble()).isEqualTo(5.0);
        assertThat(second.at("/shareWorkedSinceEnrolment").asDouble()).isEqualTo(0.5);
        as("manager.oslo").queryParam("quarter", "2025-Q3").queryParam("format", "csv")
                .get("/api/units/ous/employment-orientation").then().statusCode(200)
                .body(containsString(t1 + ",Fidelity T1 " + t1 + ",2025-Q3,2,4,12.0,6,2,0.333,"));
    }

    private static void assertReviews() throws Exception {
        List<Map<String, Object>> scores = new ArrayList<>();
        for (int reviewerItem : new int[] {2, 3, 7, 8, 9, 10, 11, 12, 13, 14, 16, 18, 22, 25}) {
            scores.add(Map.of("item", reviewerItem, "score", 4));
        }
        scores.add(Map.of("item", 5, "score", 3));
        scores.add(Map.of("item", 23, "score", 4));
        scores.add(Map.of("item", 19, "score", 4));
        // Overriding a computed score needs a reason.
        List<Map<String, Object>> withoutReason = new ArrayList<>(scores);
        withoutReason.add(Map.of("item", 1, "score", 4));
        review(withoutReason).then().statusCode(400).body("errors[0].field", equalTo("scores[17].reason"));
        List<Map<String, Object>> twice = new ArrayList<>(scores);
        twice.add(Map.of("item", 5, "score", 2));
        review(twice).then().statusCode(400).body("errors[0].field", equalTo("scores[17].item"));
        review(List.of(Map.of("item", 26, "score", 3))).then().statusCode(400)
                .body("errors[0].field", equalTo("scores[0].item"));
        review(List.of(Map.of("item", 2, "score", 6))).then().statusCode(400)
                .body("errors[0].field", equalTo("scores[0].score"));

        scores.add(Map.of("item", 1, "score", 4, "reason", "Two part-time posts share one caseload in practice"));
        // 1 overridden 4, 4 computed 3, 5 reviewed 3, 6 computed 3, 15 computed 4, 17 computed 3, 19 accepted 4,
        // 20 computed 4, 21 computed 3, 23 reviewed 4, 24 computed 5, 14 reviewer items of 4 = 56: total 96, FAIR.
        String location = review(scores).then().statusCode(201)
                .body("total", equalTo(96)).body("band", equalTo("FAIR"))
                .body("items[0].origin", equalTo("OVERRIDDEN")).body("items[0].proposedScore", equalTo(5))
                .body("items[0].score", equalTo(4))
                .body("items[3].origin", equalTo("COMPUTED")).body("items[3].score", equalTo(3))
                .body("items[4].origin", equalTo("REVIEWED")).body("items[4].proposedScore", nullValue())
                .body("items[18].origin", equalTo("COMPUTED"))
                .body("items[22].origin", equalTo("REVIEWED")).body("items[22].proposedScore", equalTo(3))
                .body("items[1].origin", equalTo("REVIEWED"))
                .body("missingItems.size()", equalTo(0))
                .extract().header("Location");
        as("manager.oslo").get(location).then().statusCode(200).body("total", equalTo(96));
        as("manager.oslo").queryParam("format", "csv").get(location).then().statusCode(200)
                .body(containsString("total,,,,,96,FAIR"));

        // A review in progress has no total; both are kept, newest first.
        review(List.of(Map.of("item", 2, "score", 5)), "2025-10-20").then().statusCode(201)
                .body("total", nullValue()).body("band", nullValue())
                .body("missingItems", hasItems(3, 5, 23, 25));
        as("manager.oslo").get("/api/units/ous/fidelity/reviews").then().statusCode(200)
                .body("size()", equalTo(2)).body("[0].reviewedOn", equalTo("2025-10-20"))
                .body("[1].total", equalTo(96));
        as("manager.bergen").get("/api/units/ous/fidelity/reviews").then().statusCode(403);
    }

    private static io.restassured.response.Response review(List<Map<String, Object>> scores) {
        return review(scores, "2025-10-15");
    }

    private static io.restassured.response.Response review(List<Map<String, Object>> scores, String reviewedOn) {
        return as("manager.oslo").contentType("application/json")
                .body(Map.of("quarter", "2025-Q3", "reviewedOn", reviewedOn, "scores", scores))
                .post("/api/units/ous/fidelity/reviews");
    }

    // ---- The history ----

    private void publishHistory() {
        UUID c1 = UUID.randomUUID();
        UUID c2 = UUID.randomUUID();
        UUID c3 = UUID.randomUUID();
        UUID c4 = UUID.randomUUID();
        UUID c5 = UUID.randomUUID();
        UUID c6 = UUID.randomUUID();
        UUID c7 = UUID.randomUUID();
        UUID c8 = UUID.randomUUID();
        UUID c9 = UUID.randomUUID();

        List<DomainEvent> clients = new ArrayList<>();
        client(clients, c1, t1, "2025-07-01", 10, s1);
        client(clients, c2, t1, "2025-06-01", 3, s1);
        client(clients, c3, t1, "2025-09-15", 20, s1);
        client(clients, c4, t1, "2025-03-01", 30, s1);
        client(clients, c5, null, "2025-07-10", 1, s1);
        client(clients, c6, t1, "2025-07-01", 5, s1);
        client(clients, c7, t2, "2025-07-01", 7, s1);
        client(clients, c8, t2, "2025-08-04", 3, s2);
        client(clients, c9, t1, "2025-08-04", 14, s2);
        clients.add(new ClientDischarged(c6, ClientStatus.JOB_SEARCH, day("2025-08-15"), DischargeReason.MOVED));
        EventPublisher.publishAll(CLIENTS, clients);

        List<DomainEvent> specialists = new ArrayList<>(List.of(
                new SpecialistRegistered(s1, "HEALTH", "ous", new BigDecimal("1.0"), day("2025-01-01")),
                new SpecialistRegistered(s2, "HEALTH", "ous", new BigDecimal("0.1"), day("2025-01-01")),
                assigned(c1, s1, "2025-07-01"), assigned(c2, s1, "2025-06-01"), assigned(c3, s1, "2025-09-15"),
                assigned(c4, s1, "2025-03-01"), assigned(c5, s1, "2025-07-10"), assigned(c6, s1, "2025-07-01"),
                assigned(c7, s1, "2025-07-01"), assigned(c8, s2, "2025-08-04"), assigned(c9, s2, "2025-08-04"),
                new ClientReleased(c6, s1, day("2025-08-15"), ReleaseReason.DISCHARGED),
                new ClientReassigned(c7, s1, s2, day("2025-09-01"), false),
                activity(s1, "2025-06-20", ActivityKind.NAV_MEETING, 60),
                activity(s1, "2025-07-08", ActivityKind.COMMUNITY, 600),
                activity(s1, "2025-07-09", ActivityKind.NAV_MEETING, 60),
                activity(s1, "2025-07-15", ActivityKind.OFFICE, 500),
                activity(s1, "2025-08-12", ActivityKind.NAV_MEETING, 60),
                activity(s1, "2025-08-13", ActivityKind.COMMUNITY, 240),
                activity(s1, "2025-09-10", ActivityKind.NAV_MEETING, 30),
                activity(s2, "2025-08-05", ActivityKind.NAV_MEETING, 60),
                activity(s2, "2025-08-06", ActivityKind.COMMUNITY, 400),
                activity(s2, "2025-08-12", ActivityKind.NAV_MEETING, 30),
                navContact(s1, "2025-06-20", true, true), navContact(s1, "2025-07-09", true, true),
                navContact(s1, "2025-08-12", true, true), navContact(s1, "2025-09-10", false, false),
                navContact(s2, "2025-08-05", false, false), navContact(s2, "2025-08-12", true, false)));
        List<ProducerRecord<String, byte[]>> specialistRecords = EventPublisher.publishAll(SPECIALISTS, specialists);

        EventPublisher.publishAll(TEAMS, List.of(
                new TeamCreated(t1, "ous", "Fidelity T1 " + t1, TeamKind.OUTPATIENT, day("2025-01-01")),
                new TeamCreated(t2, "ous", "Fidelity T2 " + t2, TeamKind.FACT, day("2025-01-01")),
                new SpecialistAttached(t1, s1, day("2025-01-01")),
                new SpecialistAttached(t2, s2, day("2025-08-04")),
                meeting(t1, "2025-06-25", true), meeting(t1, "2025-07-02", true), meeting(t1, "2025-07-09", true),
                meeting(t1, "2025-07-16", true), meeting(t1, "2025-07-23", true), meeting(t1, "2025-07-30", true),
                meeting(t1, "2025-08-06", false), meeting(t2, "2025-07-29", true), meeting(t2, "2025-08-05", true),
                meeting(t2, "2025-08-12", true)));

        List<DomainEvent> placements = new ArrayList<>(List.of(
                contact(s1, "2025-07-21", true, c1), contact(s1, "2025-07-31", true, c2),
                contact(s1, "2025-03-05", false, c4), contact(s1, "2025-05-30", true, c4),
                contact(s1, "2025-07-05", true, c5), contact(s1, "2025-08-09", true, c5),
                contact(s2, "2025-09-05", true, c7), contact(s2, "2025-08-05", true, c8),
                contact(s1, "2025-08-20", false)));
        for (int i = 0; i < 23; i++) {
            placements.add(contact(s1, day("2025-07-01").plusDays(i * 4L).toString(), true));
        }
        for (int i = 0; i < 5; i++) {
            placements.add(contact(s2, day("2025-08-04").plusDays(i * 7L).toString(), true));
        }
        UUID j7 = UUID.randomUUID();
        placements.addAll(List.of(
                job(UUID.randomUUID(), c1, e1, "2025-08-01", "5223", true, true),
                job(UUID.randomUUID(), c2, e2, "2025-08-15", "5223", true, false),
                job(UUID.randomUUID(), c4, e1, "2025-04-01", "9112", false, false),
                job(UUID.randomUUID(), c5, e4, "2025-09-01", null, true, true),
                job(j7, c7, e3, "2025-09-10", "4110", true, true),
                new JobEnded(j7, c7, e3, day("2025-09-20"), JobEndReason.QUIT, true, 0)));
        for (String on : List.of("2025-08-03", "2025-08-10", "2025-08-17", "2025-08-24", "2025-09-10")) {
            placements.add(followAlong(c1, s1, on, FollowAlongWith.CLIENT, true));
        }
        placements.add(followAlong(c2, s1, "2025-08-16", FollowAlongWith.CLIENT, true));
        placements.add(followAlong(c2, s1, "2025-08-23", FollowAlongWith.EMPLOYER, true));
        placements.add(followAlong(c2, s1, "2025-09-01", FollowAlongWith.CLIENT, true));
        placements.add(followAlong(c2, s1, "2025-09-06", FollowAlongWith.CLIENT, false));
        for (String on : List.of("2025-04-02", "2025-04-09", "2025-04-16", "2025-04-23", "2025-05-10", "2025-06-10",
                "2025-07-10", "2025-08-10")) {
            placements.add(followAlong(c4, s1, on, FollowAlongWith.CLIENT, true));
        }
        for (String on : List.of("2025-09-02", "2025-09-09", "2025-09-16")) {
            placements.add(followAlong(c5, s1, on, FollowAlongWith.CLIENT, true));
        }
        placements.add(followAlong(c5, s1, "2025-09-23", FollowAlongWith.BOTH, true));
        placements.add(counselling(c1, "2025-07-25"));
        placements.add(counselling(c2, "2025-04-01"));
        placements.add(counselling(c5, "2025-09-01"));
        placements.add(jobChange(c1, "2025-09-15"));
        placements.add(jobChange(c4, "2025-08-20"));
        List<ProducerRecord<String, byte[]>> placementRecords = EventPublisher.publishAll(PLACEMENTS, placements);

        // Delivered twice, as after a relay crash: an activity, a caseload move, a contact and a job start must each
        // count once.
        for (ProducerRecord<String, byte[]> again : List.of(specialistRecords.get(14), specialistRecords.get(12),
                placementRecords.get(0), placementRecords.get(37))) {
            EventPublisher.send(new ProducerRecord<>(again.topic(), null, again.key(), again.value(),
                    again.headers()));
        }
    }

    private static void client(List<DomainEvent> events, UUID client, UUID team, String enrolledOn, int daysWaited,
            String specialist) {
        LocalDate enrolled = day(enrolledOn);
        events.add(new ClientReferred(client, enrolled.minusDays(daysWaited).atStartOfDay().toInstant(ZoneOffset.UTC),
                "HEALTH", "ous", "nav-oslo", team, IpsVariant.IPS, false));
        events.add(new ClientEnrolled(client, enrolled, specialist));
    }

    private static ClientAssigned assigned(UUID client, String specialist, String on) {
        return new ClientAssigned(client, specialist, day(on), 1, false);
    }

    private static ActivityLogged activity(String specialist, String on, ActivityKind kind, int minutes) {
        return new ActivityLogged(UUID.randomUUID(), specialist, day(on), kind, minutes, List.of());
    }

    private static NavContactLogged navContact(String specialist, String on, boolean scheduled,
            boolean faceToFace) {
        return new NavContactLogged(UUID.randomUUID(), specialist, day(on), scheduled, faceToFace, List.of());
    }

    private static MeetingHeld meeting(UUID team, String on, boolean specialistAttended) {
        return new MeetingHeld(team, UUID.randomUUID(), day(on), 4, specialistAttended, List.of());
    }

    private static EmployerContactLogged contact(String specialist, String on, boolean faceToFace, UUID... clients) {
        return new EmployerContactLogged(UUID.randomUUID(), e1, specialist, day(on), faceToFace,
                clients.length == 0 ? ContactPurpose.LEARNING_NEEDS : ContactPurpose.PRESENTING_CANDIDATE,
                List.of(clients));
    }

    private static JobStarted job(UUID job, UUID client, UUID employer, String on, String occupation,
            boolean competitive, boolean permanent) {
        return new JobStarted(job, client, employer, day(on), 20, occupation, competitive, permanent);
    }

    private static BenefitsCounsellingGiven counselling(UUID client, String on) {
        return new BenefitsCounsellingGiven(UUID.randomUUID(), client, day(on), CounselledBy.NAV_COUNSELLOR,
                List.of(BenefitsTopic.EARNINGS_AND_BENEFITS), null);
    }

    /** More hours in the client's job; the job itself does not matter to the items. */
    private static JobChanged jobChange(UUID client, String on) {
        return new JobChanged(UUID.randomUUID(), UUID.randomUUID(), client, day(on), new BigDecimal("25"),
                new BigDecimal("20"), false);
    }

    private static FollowAlongContactLogged followAlong(UUID client, String specialist, String on,
            FollowAlongWith with, boolean faceToFace) {
        return new FollowAlongContactLogged(UUID.randomUUID(), client, specialist, day(on), with, faceToFace);
    }

    // ---- Reading the report ----

    private static void assertItem(JsonNode report, int number, Double unitValue, Integer unitScore, Double s1Value,
            Integer s1Score, Double s2Value, Integer s2Score) {
        JsonNode item = item(report, number);
        assertThat(decimal(item.at("/value"))).as("item %d value", number).isEqualTo(unitValue);
        assertThat(whole(item.at("/proposedScore"))).as("item %d score", number).isEqualTo(unitScore);
        assertThat(decimal(specialist(report, number, s1).at("/value"))).as("item %d S1 value", number)
                .isEqualTo(s1Value);
        assertThat(whole(specialist(report, number, s1).at("/proposedScore"))).as("item %d S1 score", number)
                .isEqualTo(s1Score);
        assertThat(decimal(specialist(report, number, s2).at("/value"))).as("item %d S2 value", number)
                .isEqualTo(s2Value);
        assertThat(whole(specialist(report, number, s2).at("/proposedScore"))).as("item %d S2 score", number)
                .isEqualTo(s2Score);
    }

    private static Double decimal(JsonNode node) {
        return node.isNull() || node.isMissingNode() ? null : node.asDouble();
    }

    private static Integer whole(JsonNode node) {
        return node.isNull() || node.isMissingNode() ? null : node.asInt();
    }

    private static JsonNode item(JsonNode report, int number) {
        return report.at("/items/" + (number - 1));
    }

    private static Integer number(JsonNode report, int item, String name) {
        return whole(item(report, item).at("/numbers/" + name));
    }

    private static JsonNode specialist(JsonNode report, int item, String specialistId) {
        for (JsonNode entry : item(report, item).at("/bySpecialist")) {
            if (entry.at("/specialistId").asText().equals(specialistId)) {
                return entry;
            }
        }
        throw new AssertionError("no figures for " + specialistId + " in item " + item);
    }

    private static JsonNode teamNamed(JsonNode teams, UUID team) {
        for (JsonNode entry : teams) {
            if (entry.at("/teamId").asText().equals(team.toString())) {
                return entry;
            }
        }
        throw new AssertionError("no orientation for team " + team);
    }

    private static JsonNode fidelity(String user, String query) throws Exception {
        return JSON.readTree(given().auth().oauth2(Tokens.user(user))
                .get("/api/units/ous/fidelity?quarter=2025-Q3" + query).then().statusCode(200).extract().asString());
    }

    private static RequestSpecification as(String username) {
        return given().auth().oauth2(Tokens.user(username));
    }

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }
}
