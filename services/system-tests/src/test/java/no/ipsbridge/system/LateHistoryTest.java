package no.ipsbridge.system;

import static no.ipsbridge.system.Journeys.whenKnown;
import static no.ipsbridge.system.SystemUnderTest.as;
import static no.ipsbridge.system.SystemUnderTest.asClient;
import static no.ipsbridge.system.SystemUnderTest.system;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.RestAssured;
import no.ipsbridge.norwegianids.SyntheticIdentityNumbers;
import no.ipsbridge.testing.KeycloakTokens;

/**
 * The same quarter of a unit's work entered twice through the REST APIs, by two twin specialists in two twin teams:
 * once in the order it happened, day by day, as if each fact had been recorded on its day; once weeks later, grouped
 * by kind and newest first, as a unit moving onto IPS Bridge or a specialist catching up on Friday would enter it —
 * meetings before the attachment they depend on, the change of working fraction before the work it weighs, the
 * release last. Every fact carries the day it took effect. The two teams' fidelity reports and the two specialists'
 * outcomes for that quarter must be the same, item by item and number by number.
 */
@ExtendWith(SystemUnderTest.class)
class LateHistoryTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final String CLINICIAN = "5f0c1a2e-0003-4c3a-9a10-000000000003";
    private static final String EMPLOYER_ORGANISATION_NUMBER = "945678917";

    /** The quarter before this one: over, so every week and month of it is judged. */
    private final LocalDate d0 = YearMonth.from(LocalDate.now(OSLO))
            .withMonth((LocalDate.now(OSLO).getMonthValue() - 1) / 3 * 3 + 1).minusMonths(3).atDay(1);
    private final LocalDate last = YearMonth.from(d0).plusMonths(2).atEndOfMonth();
    private final String quarter = d0.getYear() + "-Q" + ((d0.getMonthValue() - 1) / 3 + 1);

    /** One twin: a specialist user of its own, a team, and the clients and jobs its history creates. */
    private final class Twin {
        final String username;
        final String specialistId;
        UUID team;
        String employer;
        final Map<Integer, UUID> clients = new HashMap<>();
        final Map<Integer, String> jobs = new HashMap<>();
        /** What the reports must show once every fact has arrived, counted as the history is written. */
        int minutesLoggedInQuarter;
        int navContactsInQuarter;
        int meetingWeeksAttended;

        Twin(String name) {
            username = "late-history-" + name + "-" + UUID.randomUUID().toString().substring(0, 8);
            specialistId = newSpecialistUser(username);
        }
    }

    /** A fact of the history: the day it took effect, its kind (the late entry groups by kind), and its request. */
    private record Fact(LocalDate day, int kind, int sequence, Runnable enter) {
    }

    @Test
    void aQuarterEnteredLateGivesTheSameReportsAsTheSameQuarterEnteredOnItsDays() throws Exception {
        Twin onTime = new Twin("on-time");
        Twin late = new Twin("late");
        List<Fact> inOrder = history(onTime);
        inOrder.sort(Comparator.comparing(Fact::day).thenComparing(Fact::sequence));
        inOrder.forEach(fact -> fact.enter().run());
        List<Fact> byKindNewestFirst = history(late);
        byKindNewestFirst.sort(Comparator.comparing(Fact::kind)
                .thenComparing(Comparator.comparing(Fact::day).reversed()).thenComparing(Fact::sequence));
        byKindNewestFirst.forEach(fact -> fact.enter().run());

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            JsonNode expected = fidelity(onTime.team);
            JsonNode actual = fidelity(late.team);
            assertThat(number(expected, 1, "clients")).as("c0–c2 on the caseload on the last day, c3 released")
                    .isEqualTo(3);
            assertThat(item(expected, 1).at("/numbers/fullTimeEquivalents").asDouble()).isEqualTo(1.0);
            assertThat(number(expected, 5, "weeksAttended")).isEqualTo(onTime.meetingWeeksAttended);
            assertThat(item(expected, 24).at("/bySpecialist/0/numbers/loggedMinutes").asInt())
                    .isEqualTo(onTime.minutesLoggedInQuarter);
            assertThat(item(expected, 6).at("/bySpecialist/0/numbers/contacts").asInt())
                    .isEqualTo(onTime.navContactsInQuarter);
            assertThat(number(expected, 15, "clientsCounted")).isEqualTo(4);
            assertThat(number(expected, 23, "jobStarts")).isEqualTo(2);
            assertThat(number(expected, 12, "changesCounselled")).isEqualTo(1);
            assertThat(number(expected, 14, "profileUpdatedAfter")).isEqualTo(1);
            for (int number = 1; number <= 25; number++) {
                assertThat(withoutSpecialistIds(item(actual, number))).as("item %d", number)
                        .isEqualTo(withoutSpecialistIds(item(expected, number)));
            }
            assertThat(outcomesOf(late.specialistId)).isEqualTo(outcomesOf(onTime.specialistId));
            assertThat(outcomesOf(onTime.specialistId).at("/jobStarts").asInt()).isEqualTo(2);
        });
    }

    /**
     * The twins' shared quarter, day d0 being its first: a 60 % specialist who goes full time in week 7, attached to
     * the team since two months before; four clients referred before the quarter; weekly team meetings, one in four
     * without the specialist; NAV contacts every other week and a scheduled meeting each month; employer visits;
     * two jobs, one ending; counselling, a change of hours, follow-along, career profile updates; one release.
     */
    private List<Fact> history(Twin twin) {
        List<Fact> facts = new ArrayList<>();
        as("lead.bergen", "specialists").body(Map.of("userId", twin.specialistId, "displayName", "Twin Specialist",
                "agency", "NAV", "org", "nav-bergen", "healthTrust", "helse-bergen", "workingFraction", 0.6,
                "startedOn", d0.minusDays(60).toString())).post("/api/specialists").then().statusCode(201);
        twin.team = UUID.fromString(as("lead.bergen", "teams").body(Map.of("name", "Team " + twin.username,
                "kind", "FACT")).post("/api/teams").then().statusCode(201).extract().path("id"));
        var employer = as(twin.username, "placements").body(Map.of("organisationNumber", EMPLOYER_ORGANISATION_NUMBER,
                "name", "Vestland Bygg og Anlegg AS", "naceCode", "41.200", "municipality", "Bergen"))
                .post("/api/employers");
        twin.employer = employer.statusCode() == 201 ? employer.path("id")
                : employer.<String> path("existing").substring("/api/employers/".length());

        int sequence = 0;
        for (int i = 0; i < 4; i++) {
            int c = i;
            LocalDate referredOn = d0.minusDays(40 - 7L * i);
            LocalDate enrolledOn = referredOn.plusDays(5);
            facts.add(new Fact(referredOn, 0, sequence++, () -> {
                twin.clients.put(c, Journeys.referredClient(new HashMap<>(Map.of("nationalId",
                        SyntheticIdentityNumbers.random(), "givenName", "Tvilling", "familyName", "Historie",
                        "navOffice", "nav-bergen", "workingAtReferral", false, "treatmentTeamId", twin.team,
                        "referredOn", referredOn.toString()))));
                as(twin.username, "clients").body(Map.of("enrolledOn", enrolledOn.toString()))
                        .post("/api/clients/{id}/enrolment", twin.clients.get(c)).then().statusCode(200);
            }));
            facts.add(new Fact(enrolledOn, 1, sequence++, () -> whenKnown(() -> as(twin.username, "specialists")
                    .body(Map.of("clientId", twin.clients.get(c), "assignedOn", enrolledOn.toString())),
                    request -> request.post("/api/specialists/{id}/caseload", twin.specialistId), 201)));
        }
        facts.add(new Fact(d0.plusDays(42), 2, sequence++, () -> as("lead.bergen", "specialists")
                .body(Map.of("workingFraction", 1.0, "effectiveOn", d0.plusDays(42).toString()))
                .post("/api/specialists/{id}/working-fraction", twin.specialistId).then().statusCode(200)));

        LocalDate firstMonday = d0.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int week = 0;
        for (LocalDate monday = firstMonday; !monday.isAfter(last); monday = monday.plusWeeks(1), week++) {
            LocalDate tuesday = monday.plusDays(1);
            List<String> attendees = week % 4 == 3 ? List.of(CLINICIAN) : List.of(twin.specialistId, CLINICIAN);
            boolean weekOfTheQuarter = !monday.plusDays(3).isBefore(d0) && !monday.plusDays(3).isAfter(last);
            if (weekOfTheQuarter && attendees.size() == 2) {
                twin.meetingWeeksAttended++;
            }
            facts.add(new Fact(tuesday, 3, sequence++, () -> as("lead.bergen", "teams").body(Map.of("heldOn",
                    tuesday.toString(), "attendeeIds", attendees)).post("/api/teams/{id}/meetings", twin.team)
                    .then().statusCode(201)));
            LocalDate wednesday = monday.plusDays(2);
            if (week % 2 == 0) {
                twin.navContactsInQuarter += inQuarter(wednesday) ? 1 : 0;
                facts.add(new Fact(wednesday, 5, sequence++, () -> as(twin.username, "specialists").body(Map.of(
                        "contactedOn", wednesday.toString(), "scheduled", false, "faceToFace", false))
                        .post("/api/me/nav-contacts").then().statusCode(201)));
            }
            for (Object[] time : new Object[][] {{0, "OFFICE", 180}, {1, "COMMUNITY", 240}, {3, "COMMUNITY", 120}}) {
                LocalDate on = monday.plusDays((int) time[0]);
                twin.minutesLoggedInQuarter += inQuarter(on) ? (int) time[2] : 0;
                facts.add(new Fact(on, 6, sequence++, () -> as(twin.username, "specialists").body(Map.of("on",
                        on.toString(), "kind", time[1], "minutes", time[2])).post("/api/me/activities").then()
                        .statusCode(201)));
            }
            for (int visit : new int[] {1, 3}) {
                LocalDate on = monday.plusDays(visit);
                facts.add(new Fact(on, 7, sequence++, () -> as(twin.username, "placements").body(Map.of(
                        "employerId", twin.employer, "contactedOn", on.toString(), "faceToFace", true,
                        "purpose", "LEARNING_NEEDS")).post("/api/employer-contacts").then().statusCode(201)));
            }
            LocalDate phoned = monday;
            facts.add(new Fact(phoned, 7, sequence++, () -> as(twin.username, "placements").body(Map.of(
                    "employerId", twin.employer, "contactedOn", phoned.toString(), "faceToFace", false,
                    "purpose", "LEARNING_NEEDS")).post("/api/employer-contacts").then().statusCode(201)));
        }
        for (int month = 0; month < 3; month++) {
            LocalDate on = d0.plusMonths(month).plusDays(9);
            twin.navContactsInQuarter++;
            facts.add(new Fact(on, 5, sequence++, () -> as(twin.username, "specialists").body(Map.of(
                    "contactedOn", on.toString(), "scheduled", true, "faceToFace", true,
                    "clientIds", List.of(twin.clients.get(0)))).post("/api/me/nav-contacts").then()
                    .statusCode(201)));
        }
        // The attachment the meetings depend on; entered late, after them.
        facts.add(new Fact(d0.minusDays(60), 4, sequence++, () -> as("lead.bergen", "teams").body(Map.of(
                "specialistId", twin.specialistId, "attachedOn", d0.minusDays(60).toString()))
                .post("/api/teams/{id}/specialists", twin.team).then().statusCode(201)));

        int[][] firstContacts = {{0, 12}, {1, 45}, {3, 20}};
        for (int[] contact : firstContacts) {
            LocalDate on = d0.minusDays(40 - 7L * contact[0]).plusDays(5 + contact[1]);
            facts.add(new Fact(on, 7, sequence++, () -> whenKnown(() -> as(twin.username, "placements").body(Map.of(
                    "employerId", twin.employer, "contactedOn", on.toString(), "faceToFace", true,
                    "purpose", "PRESENTING_CANDIDATE", "clientIds", List.of(twin.clients.get(contact[0])))),
                    request -> request.post("/api/employer-contacts"), 201)));
        }
        facts.add(new Fact(d0.plusDays(10), 8, sequence++, () -> counselling(twin, 0, d0.plusDays(10))));
        facts.add(new Fact(d0.plusDays(55), 8, sequence++, () -> counselling(twin, 0, d0.plusDays(55))));
        facts.add(new Fact(d0.plusDays(20), 9, sequence++, () -> jobStart(twin, 0, d0.plusDays(20), "5223", true)));
        facts.add(new Fact(d0.plusDays(50), 9, sequence++, () -> jobStart(twin, 1, d0.plusDays(50), null, false)));
        facts.add(new Fact(d0.plusDays(60), 10, sequence++, () -> as(twin.username, "placements").body(Map.of(
                "changedOn", d0.plusDays(60).toString(), "hoursPerWeek", 30))
                .post("/api/jobs/{id}/changes", twin.jobs.get(0)).then().statusCode(200)));
        facts.add(new Fact(d0.plusDays(70), 11, sequence++, () -> as(twin.username, "placements").body(Map.of(
                "endedOn", d0.plusDays(70).toString(), "reason", "QUIT", "newJobSearch", true))
                .post("/api/jobs/{id}/end", twin.jobs.get(1)).then().statusCode(200)));
        for (int day : new int[] {17, 21, 28, 35, 42, 70}) {
            facts.add(new Fact(d0.plusDays(day), 10, sequence++, () -> followAlong(twin, 0, d0.plusDays(day))));
        }
        facts.add(new Fact(d0.plusDays(72), 12, sequence++, () -> followAlong(twin, 1, d0.plusDays(72))));
        facts.add(new Fact(d0.minusDays(40 - 5).plusDays(10), 10, sequence++,
                () -> careerProfile(twin, 0, d0.minusDays(40 - 5).plusDays(10), "5223")));
        facts.add(new Fact(d0.plusDays(27), 10, sequence++, () -> careerProfile(twin, 0, d0.plusDays(27), "5223",
                "5120")));
        facts.add(new Fact(d0.minusDays(33 - 5).plusDays(35), 10, sequence++,
                () -> careerProfile(twin, 1, d0.minusDays(33 - 5).plusDays(35), "7512")));
        facts.add(new Fact(d0.plusDays(50), 13, sequence++, () -> as("lead.bergen", "specialists").body(Map.of(
                "releasedOn", d0.plusDays(50).toString()))
                .post("/api/specialists/{id}/caseload/{client}/release", twin.specialistId, twin.clients.get(3))
                .then().statusCode(204)));
        return facts;
    }

    private boolean inQuarter(LocalDate day) {
        return !day.isBefore(d0) && !day.isAfter(last);
    }

    private void counselling(Twin twin, int client, LocalDate on) {
        whenKnown(() -> as(twin.username, "placements").body(Map.of("givenOn", on.toString(),
                "givenBy", "NAV_COUNSELLOR", "topics", List.of("EARNINGS_AND_BENEFITS"))),
                request -> request.post("/api/clients/{id}/benefits-counselling", twin.clients.get(client)), 201);
    }

    private void jobStart(Twin twin, int client, LocalDate on, String occupationCode, boolean permanent) {
        Map<String, Object> start = new HashMap<>(Map.of("clientId", twin.clients.get(client),
                "employerId", twin.employer, "title", "Assistent", "hoursPerWeek", 20, "hourlyWage", 220,
                "startedOn", on.toString(), "competitive", true, "permanent", permanent));
        if (occupationCode != null) {
            start.put("occupationCode", occupationCode);
        }
        twin.jobs.put(client, whenKnown(() -> as(twin.username, "placements").body(start),
                request -> request.post("/api/jobs"), 201).path("id"));
    }

    private void followAlong(Twin twin, int client, LocalDate on) {
        whenKnown(() -> as(twin.username, "placements").body(Map.of("clientId", twin.clients.get(client),
                "contactedOn", on.toString(), "with", "CLIENT", "faceToFace", true)),
                request -> request.post("/api/follow-along-contacts"), 201);
    }

    private void careerProfile(Twin twin, int client, LocalDate on, String... preferredOccupationCodes) {
        UUID id = twin.clients.get(client);
        String etag = as(twin.username, "clients").get("/api/clients/{id}/career-profile", id).then().statusCode(200)
                .extract().header("ETag");
        as(twin.username, "clients").header("If-Match", etag).body(Map.of("preferredOccupationCodes",
                List.of(preferredOccupationCodes), "hoursPerWeekWanted", 20, "wantsEducation", false,
                "disclosure", "PARTIAL", "updatedOn", on.toString()))
                .put("/api/clients/{id}/career-profile", id).then().statusCode(200);
    }

    private JsonNode fidelity(UUID team) throws Exception {
        return JSON.readTree(as("lead.bergen", "reporting").queryParam("quarter", quarter).queryParam("team", team)
                .get("/api/units/helse-bergen/fidelity").then().statusCode(200).extract().asString());
    }

    private JsonNode outcomesOf(String specialistId) throws Exception {
        JsonNode all = JSON.readTree(as("lead.bergen", "reporting").queryParam("quarter", quarter)
                .get("/api/units/helse-bergen/outcomes/by-specialist").then().statusCode(200).extract().asString());
        for (JsonNode entry : all) {
            if (entry.at("/specialistId").asText().equals(specialistId)) {
                return entry.at("/figures");
            }
        }
        return JSON.createObjectNode();
    }

    private static JsonNode item(JsonNode report, int number) {
        return report.at("/items/" + (number - 1));
    }

    private static Integer number(JsonNode report, int item, String name) {
        JsonNode value = item(report, item).at("/numbers/" + name);
        return value.isMissingNode() || value.isNull() ? null : value.asInt();
    }

    /** The item as a twin would see it: each specialist's figures, but not whose they are. */
    private static JsonNode withoutSpecialistIds(JsonNode item) {
        ObjectNode copy = item.deepCopy();
        copy.withArray("bySpecialist").forEach(entry -> ((ObjectNode) entry).remove("specialistId"));
        return copy;
    }

    /** An employment specialist of NAV Bergen made through Keycloak's admin API: the realm file holds no test users. */
    private static String newSpecialistUser(String username) {
        String admin = new KeycloakTokens(system().keycloak().url() + "/realms/master").request(Map.of(
                "grant_type", "password", "client_id", "admin-cli", "username", "admin", "password", "admin"));
        String keycloak = system().keycloak().url();
        RestAssured.given().baseUri(keycloak).auth().oauth2(admin).contentType("application/json")
                .body(Map.of("username", username, "enabled", true, "emailVerified", true, "firstName", "Twin",
                        "lastName", "Specialist", "email", username + "@example.invalid",
                        "groups", List.of("/nav-bergen"),
                        "credentials", List.of(Map.of("type", "password", "value", KeycloakTokens.DEMO_PASSWORD,
                                "temporary", false))))
                .post("/admin/realms/ips/users").then().statusCode(201);
        String id = RestAssured.given().baseUri(keycloak).auth().oauth2(admin).queryParam("username", username)
                .queryParam("exact", true).get("/admin/realms/ips/users").then().statusCode(200).extract()
                .path("[0].id");
        Map<String, Object> role = RestAssured.given().baseUri(keycloak).auth().oauth2(admin)
                .get("/admin/realms/ips/roles/employment-specialist").then().statusCode(200).extract().as(Map.class);
        RestAssured.given().baseUri(keycloak).auth().oauth2(admin).contentType("application/json").body(List.of(role))
                .post("/admin/realms/ips/users/{id}/role-mappings/realm", id).then().statusCode(204);
        return id;
    }
}
