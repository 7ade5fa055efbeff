package no.ipsbridge.system;

import static no.ipsbridge.system.Journeys.SPECIALIST_BERGEN;
import static no.ipsbridge.system.Journeys.whenKnown;
import static no.ipsbridge.system.SystemUnderTest.as;
import static no.ipsbridge.system.SystemUnderTest.system;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.path.json.JsonPath;
import no.ipsbridge.events.Topics;
import no.ipsbridge.infra.KafkaAccess;
import no.ipsbridge.launcher.LocalService;
import no.ipsbridge.norwegianids.SyntheticIdentityNumbers;

/**
 * The IPS path across every service as deployed: a clinic system refers a patient, a specialist enrols them and
 * takes them on, writes the career profile, meets employers, the client starts work and shows as employed wherever
 * they may be seen, follow-along, a job ends and another starts, discharge; the reports count it; and a partner
 * reading every topic from the start can follow it by ids without meeting the person.
 */
@ExtendWith(SystemUnderTest.class)
class JourneyTest {

    private static final Pattern ELEVEN_DIGITS = Pattern.compile("(?<!\\d)\\d{11}(?!\\d)");
    /**
     * Ids are UUIDs and trace contexts (W3C traceparent), whose hex can hold 11 digits in a row by chance; they are
     * not identity numbers.
     */
    private static final Pattern IDS = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
                    + "|00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final String COUNSELLOR = "5f0c1a2e-0002-4c3a-9a10-000000000002";
    private static final String CLINICIAN = "5f0c1a2e-0003-4c3a-9a10-000000000003";
    private static final String LEAD = "5f0c1a2e-0005-4c3a-9a10-000000000005";
    /** The end report's own words: they stay in the report, out of every event and log. */
    private static final String END_REASON = "Trives i bakeriet og klarer seg uten oppfølging";

    @Test
    void aPatientGoesFromReferralToWorkAndDischargeAndEveryServiceAndTheReportsFollow() throws IOException {
        JsonPath outcomesBefore = outcomes();
        Journeys.specialistOnRoster();
        String nationalId = SyntheticIdentityNumbers.random();
        String note = "Liker å jobbe med hender, vil helst ha dagtid i Fyllingsdalen";
        UUID client = Journeys.clientOnCaseload(Map.of("nationalId", nationalId, "givenName", "Ingrid",
                "familyName", "Fjellheim", "navOffice", "nav-bergen", "workingAtReferral", false, "note", note,
                "phone", "+47 912 34 567"));
        as("clinician.bergen", "clients").body(Map.of("direction", "HEALTH_TO_NAV"))
                .post("/api/clients/{id}/consents", client).then().statusCode(201);

        // Career profile, replaced against the version read.
        String etag = as("specialist.bergen", "clients").get("/api/clients/{id}/career-profile", client).then()
                .statusCode(200).extract().header("ETag");
        as("specialist.bergen", "clients").header("If-Match", etag).body(Map.of("jobPreferences",
                "Kjøkken eller lager", "preferredOccupationCodes", List.of("5120", "9334"), "hoursPerWeekWanted", 20,
                "wantsEducation", false, "disclosure", "PARTIAL"))
                .put("/api/clients/{id}/career-profile", client).then().statusCode(200);
        moveTo(client, "JOB_SEARCH");

        // Job development: an employer and a face-to-face contact on the client's behalf.
        String employer = as("specialist.bergen", "placements").body(Map.of("organisationNumber", "923456783",
                "name", "Bergen Bakeri AS", "naceCode", "10.711", "municipality", "Bergen"))
                .post("/api/employers").then().statusCode(201).extract().path("id");
        whenKnown(() -> as("specialist.bergen", "placements").body(Map.of("employerId", employer,
                "faceToFace", true, "purpose", "PRESENTING_CANDIDATE", "clientIds", List.of(client))),
                request -> request.post("/api/employer-contacts"), 201);

        // The job start: employed everywhere the client may be seen.
        LocalDate today = LocalDate.now(OSLO);
        String firstJob = whenKnown(() -> as("specialist.bergen", "placements").body(job(client, employer, today)),
                request -> request.post("/api/jobs"), 201).path("id");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            as("specialist.bergen", "clients").get("/api/clients/{id}", client).then().body("status",
                    equalTo("EMPLOYED"));
            as("counsellor.bergen", "clients").get("/api/clients/{id}", client).then().statusCode(200)
                    .body("status", equalTo("EMPLOYED"));
            as("counsellor.bergen", "placements").get("/api/clients/{id}/placements", client).then()
                    .statusCode(200).body("working", equalTo(true));
            as("clinician.bergen", "placements").get("/api/clients/{id}/placements", client).then()
                    .statusCode(200).body("working", equalTo(true));
            JsonPath mine = as("specialist.bergen", "specialists").get("/api/me/caseload").then().statusCode(200)
                    .extract().jsonPath();
            assertThat(mine.getString("clients.find { it.clientId == '" + client + "' }.status"))
                    .isEqualTo("EMPLOYED");
            as("lead.bergen", "specialists").get("/api/specialists/{id}/caseload", SPECIALIST_BERGEN).then()
                    .statusCode(200).body("find { it.clientId == '" + client + "' }.status", equalTo("EMPLOYED"));
        });
        as("clinician.oslo", "placements").get("/api/clients/{id}/placements", client).then().statusCode(404);

        // Follow-along, a job that ends, and the next one.
        as("specialist.bergen", "placements").body(Map.of("clientId", client, "with", "CLIENT", "faceToFace", true))
                .post("/api/follow-along-contacts").then().statusCode(201);
        as("specialist.bergen", "placements").body(Map.of("endedOn", today.toString(), "reason", "QUIT",
                "newJobSearch", true)).post("/api/jobs/{id}/end", firstJob).then().statusCode(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("specialist.bergen", "clients")
                .get("/api/clients/{id}", client).then().body("status", equalTo("JOB_SEARCH")));
        whenKnown(() -> as("specialist.bergen", "placements").body(job(client, employer, today)),
                request -> request.post("/api/jobs"), 201);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("specialist.bergen", "clients")
                .get("/api/clients/{id}", client).then().body("status", equalTo("EMPLOYED")));
        as("counsellor.bergen", "placements").get("/api/clients/{id}/placements", client).then().statusCode(200)
                .body("jobs.size()", equalTo(2));

        // Discharge: the client leaves the caseload.
        as("specialist.bergen", "clients").body(Map.of("reason", "WORKING_WITHOUT_SUPPORT"))
                .post("/api/clients/{id}/discharge", client).then().statusCode(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("specialist.bergen", "specialists")
                .get("/api/me/caseload").then().statusCode(200)
                .body("clients.clientId", not(hasItem(client.toString()))));

        // The end report to NAV: generated from the journey's records, completed and sent by the specialist, read
        // as PDF by the client's NAV counsellor.
        String endReport = as("specialist.bergen", "placements").body(Map.of("kind", "END", "periodFrom",
                today.minusDays(1).toString())).post("/api/clients/{id}/nav-reports", client).then().statusCode(201)
                .body("figures.jobsStarted.size()", equalTo(2)).body("figures.followAlongContacts", equalTo(1))
                .body("figures.workingAtEnd", equalTo(true))
                .extract().path("id");
        as("specialist.bergen", "placements").body(Map.of("endReason", END_REASON, "recommendations",
                "Ingen videre oppfølging fra IPS.", "clientInformed", true))
                .put("/api/clients/{id}/nav-reports/{r}", client, endReport).then().statusCode(200);
        as("specialist.bergen", "placements").body(Map.of())
                .post("/api/clients/{id}/nav-reports/{r}/sending", client, endReport).then().statusCode(200);
        as("counsellor.bergen", "placements").get("/api/clients/{id}/nav-reports/{r}/pdf", client, endReport).then()
                .statusCode(200).contentType("application/pdf");

        // The reports count two job starts and one more client with a first job this quarter.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonPath after = outcomes();
            assertThat(after.getInt("jobStarts")).isEqualTo(outcomesBefore.getInt("jobStarts") + 2);
            assertThat(after.getInt("clientsWithFirstJob"))
                    .isEqualTo(outcomesBefore.getInt("clientsWithFirstJob") + 1);
            assertThat(quits(after)).isEqualTo(quits(outcomesBefore) + 1);
        });

        // The client's audit trail, read by the team lead in the clients service, holds every read of the journey
        // in every service: who, as which unit, where.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<Map<String, Object>> trail = auditTrail(client);
            assertThat(trail).extracting(e -> e.get("service") + " " + e.get("actor") + " " + e.get("action"))
                    .contains("clients " + COUNSELLOR + " read-client",
                            "clients " + SPECIALIST_BERGEN + " read-client",
                            "placements " + COUNSELLOR + " read-placements",
                            "placements " + CLINICIAN + " read-placements",
                            "specialists " + SPECIALIST_BERGEN + " read-my-caseload",
                            "specialists " + LEAD + " read-caseload",
                            "specialists " + SPECIALIST_BERGEN + " assign-client",
                            "clients " + SPECIALIST_BERGEN + " discharge",
                            "placements " + COUNSELLOR + " read-nav-report-pdf");
        });

        // A partner reading every topic from the start follows the journey by the client's id ...
        List<ConsumerRecord<String, String>> records = PartnerConsumer.readEverything(system().kafka());
        List<String> types = records.stream().filter(r -> client.toString().equals(r.key()))
                .map(PartnerConsumer::type).toList();
        assertThat(types).contains("no.ipsbridge.client.referred.v1", "no.ipsbridge.client.enrolled.v1",
                "no.ipsbridge.caseload.client-assigned.v1", "no.ipsbridge.job.started.v1",
                "no.ipsbridge.job.ended.v1", "no.ipsbridge.follow-along.contact-logged.v1",
                "no.ipsbridge.client.discharged.v1", "no.ipsbridge.caseload.client-released.v1",
                "no.ipsbridge.nav-report.sent.v1");
        // ... and never meets the person: no name, identity number, phone, note or report text in any record or
        // service log.
        List<String> personal = List.of(nationalId, "Ingrid", "Fjellheim", "912 34 567", "Fyllingsdalen",
                "Kjøkken eller lager", END_REASON);
        for (ConsumerRecord<String, String> record : records) {
            String text = PartnerConsumer.describe(record);
            personal.forEach(word -> assertThat(text).as("record on %s", record.topic()).doesNotContain(word));
            assertThat(elevenDigits(text)).as("11-digit numbers on %s", record.topic()).isZero();
        }
        // The journey's accesses went to the internal audit topic, which the partner may not read, nor the protection
        // facts (the operator finds the accesses there: the refusal is not for want of records).
        assertThat(PartnerConsumer.read(system().kafka(), KafkaAccess.ADMIN, List.of(Topics.AUDIT)))
                .anyMatch(record -> client.toString().equals(record.key()));
        for (String internal : List.of(Topics.AUDIT, Topics.PROTECTION)) {
            assertThatThrownBy(() -> PartnerConsumer.read(system().kafka(), KafkaAccess.PARTNER, List.of(internal)))
                    .isInstanceOf(TopicAuthorizationException.class).hasMessageContaining(internal);
        }
        for (LocalService service : system().services()) {
            String log = Files.readString(system().log(service.name()));
            personal.forEach(word -> assertThat(log).as("%s's log", service.name()).doesNotContain(word));
            assertThat(elevenDigits(log)).as("11-digit numbers in %s's log", service.name()).isZero();
        }
    }

    /** How many 11-digit numbers the text holds outside ids; counted, so a failure never prints one. */
    private static long elevenDigits(String text) {
        return ELEVEN_DIGITS.matcher(IDS.matcher(text).replaceAll("<id>")).results().count();
    }

    private static Map<String, Object> job(UUID client, String employer, LocalDate startedOn) {
        return Map.of("clientId", client, "employerId", employer, "title", "Bakeriassistent",
                "occupationCode", "7512", "hoursPerWeek", 20, "hourlyWage", 215, "competitive", true,
                "permanent", true, "startedOn", startedOn.toString());
    }

    private static void moveTo(UUID client, String status) {
        as("specialist.bergen", "clients").body(Map.of("status", status)).post("/api/clients/{id}/status", client)
                .then().statusCode(200);
    }

    /** Every page of the client's audit trail, as the team lead of their health trust reads it. */
    private static List<Map<String, Object>> auditTrail(UUID client) {
        List<Map<String, Object>> trail = new ArrayList<>();
        String cursor = null;
        do {
            var request = as("lead.bergen", "clients").queryParam("limit", 200);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/clients/{id}/audit", client).then().statusCode(200).extract()
                    .jsonPath();
            trail.addAll(page.getList("items"));
            cursor = page.getString("next");
        } while (cursor != null);
        return trail;
    }

    private static int quits(JsonPath outcomes) {
        Integer quits = outcomes.get("jobEndsByReason.QUIT");
        return quits == null ? 0 : quits;
    }

    private static JsonPath outcomes() {
        return as("lead.bergen", "reporting").get("/api/units/helse-bergen/outcomes").then().statusCode(200)
                .extract().jsonPath();
    }
}
