package no.ipsbridge.reporting;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import no.ipsbridge.events.clients.ClientDischarged;
import no.ipsbridge.events.clients.ClientEnrolled;
import no.ipsbridge.events.clients.ClientReferred;
import no.ipsbridge.events.clients.ClientStatus;
import no.ipsbridge.events.clients.DischargeReason;
import no.ipsbridge.events.clients.IpsVariant;
import no.ipsbridge.events.placements.EducationStarted;
import no.ipsbridge.events.placements.JobEndReason;
import no.ipsbridge.events.placements.JobEnded;
import no.ipsbridge.events.placements.JobStarted;
import no.ipsbridge.testing.EventPublisher;
import no.ipsbridge.testing.IpsInfrastructureResource;
import no.ipsbridge.testing.Tokens;

/**
 * A known history for 2026-Q3 (1 July – 30 September), fed into the real broker as the clients and placements
 * services would publish it, and the figures computed by hand:
 *
 * <pre>
 * client  enrolled    at referral   jobs (competitive unless said)                 other
 * A       2026-05-01  out of work   2026-07-15, 20 h, ongoing
 * B       2026-06-01  out of work   2026-08-01, 3 h, ended 2026-09-15 (QUIT)
 * C       2026-07-10  working       2026-08-20, 10 h, ongoing
 * D       2026-04-01  out of work   none                                           discharged 2026-06-30
 * E       2026-09-01  out of work   none                                           IPS Ung, education 2026-09-10
 * F       (referred only)
 * G       2026-02-01  out of work   2026-03-01 ended 2026-06-20 (LAID_OFF); sheltered job 2026-07-05
 *
 * on caseload in Q3: A B C E G = 5 (D left before, F never enrolled)
 * working competitively in Q3: A B C = 3; employment rate 3/5 = 0.6 -> EXCELLENT
 * out of work at referral, on caseload: A B E G = 4; of them working: A B = 2; their rate 2/4 = 0.5
 * competitive job starts in Q3: A B C = 3; of at least 4 h/week: A C = 2
 * education starts: E = 1
 * first competitive job in Q3: A 75 days (May 1 -> Jul 15), B 61 (Jun 1 -> Aug 1), C 41 (Jul 10 -> Aug 20);
 *   3 clients, median 61
 * job ends in Q3: QUIT 1 (G's LAID_OFF was in June)
 * </pre>
 */
@QuarkusTest
@QuarkusTestResource(value = IpsInfrastructureResource.class, initArgs = {
        @ResourceArg(name = "database", value = "reporting"), @ResourceArg(name = "keycloak", value = "true") })
class ReportingTest {

    private static final String CLIENTS = "/ips-bridge/clients";
    private static final String PLACEMENTS = "/ips-bridge/placements";
    private static final String SPECIALIST = "5f0c1a2e-0001-4c3a-9a10-000000000001";
    private static final UUID EMPLOYER = UUID.randomUUID();

    @Test
    void theQuarterlyOutcomesOfAKnownHistoryMatchTheFiguresComputedByHand() throws Exception {
        UUID a = enrolled("2026-05-01", false, IpsVariant.IPS);
        UUID b = enrolled("2026-06-01", false, IpsVariant.IPS);
        UUID c = enrolled("2026-07-10", true, IpsVariant.IPS);
        UUID d = enrolled("2026-04-01", false, IpsVariant.IPS);
        UUID e = enrolled("2026-09-01", false, IpsVariant.IPS_UNG);
        referred(UUID.randomUUID(), false, IpsVariant.IPS);
        UUID g = enrolled("2026-02-01", false, IpsVariant.IPS);

        ProducerRecord<String, byte[]> aStarts = EventPublisher.publish(PLACEMENTS, job(a, "2026-07-15", 20, true));
        UUID bJob = UUID.randomUUID();
        EventPublisher.publish(PLACEMENTS, new JobStarted(bJob, b, EMPLOYER, day("2026-08-01"), 3, null, true, false));
        EventPublisher.publish(PLACEMENTS, new JobEnded(bJob, b, EMPLOYER, day("2026-09-15"), JobEndReason.QUIT, true, 0));
        EventPublisher.publish(PLACEMENTS, job(c, "2026-08-20", 10, true));
        EventPublisher.publish(CLIENTS, new ClientDischarged(d, ClientStatus.JOB_SEARCH, day("2026-06-30"),
                DischargeReason.MOVED));
        EventPublisher.publish(PLACEMENTS, new EducationStarted(UUID.randomUUID(), e, day("2026-09-10")));
        UUID gJob = UUID.randomUUID();
        EventPublisher.publish(PLACEMENTS, new JobStarted(gJob, g, EMPLOYER, day("2026-03-01"), 30, null, true, true));
        EventPublisher.publish(PLACEMENTS, new JobEnded(gJob, g, EMPLOYER, day("2026-06-20"), JobEndReason.LAID_OFF,
                true, 0));
        EventPublisher.publish(PLACEMENTS, job(g, "2026-07-05", 15, false));
        // Delivered twice, as after a relay crash: it must not count twice.
        EventPublisher.send(new ProducerRecord<>(aStarts.topic(), null, aStarts.key(), aStarts.value(),
                aStarts.headers()));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> outcomes("lead.bergen", "helse-bergen")
                .then().statusCode(200)
                .body("clientsOnCaseload", equalTo(5))
                .body("clientsWorkingCompetitively", equalTo(3))
                .body("clientsOutOfWorkAtReferral", equalTo(4))
                .body("ofThemWorkingCompetitively", equalTo(2))
                .body("employmentRate", equalTo(0.6f))
                .body("band", equalTo("EXCELLENT"))
                .body("employmentRateOfThoseOutOfWorkAtReferral", equalTo(0.5f))
                .body("jobStarts", equalTo(3))
                .body("jobStartsCountingAsOutcome", equalTo(2))
                .body("educationStarts", equalTo(1))
                .body("clientsWithFirstJob", equalTo(3))
                .body("medianDaysFromEnrolmentToFirstJob", equalTo(61.0f))
                .body("jobEndsByReason.QUIT", equalTo(1))
                .body("jobEndsByReason.LAID_OFF", nullValue()));

        // Shown to NAV, counts of 1-4 people are withheld; the caseload of 5 is not.
        outcomes("manager.bergen", "nav-bergen").then().statusCode(200)
                .body("clientsOnCaseload", equalTo(5))
                .body("clientsWorkingCompetitively", nullValue())
                .body("employmentRate", nullValue())
                .body("employmentRateOfThoseOutOfWorkAtReferral", nullValue())
                .body("suppressed", hasItems("clientsWorkingCompetitively", "employmentRate",
                        "employmentRateOfThoseOutOfWorkAtReferral", "jobEndsByReason.QUIT"));

        as("lead.bergen").queryParam("quarter", "2026-Q3").queryParam("format", "csv")
                .get("/api/units/helse-bergen/outcomes").then().statusCode(200)
                .contentType(containsString("text/csv"))
                .body(containsString("clientsOnCaseload,5"), containsString("band,EXCELLENT"));
        as("lead.bergen").queryParam("quarter", "2026-Q3").get("/api/units/helse-bergen/outcomes/by-specialist")
                .then().statusCode(200).body("[0].specialistId", equalTo(SPECIALIST))
                .body("[0].figures.clientsOnCaseload", equalTo(5));

        as("lead.bergen").post("/api/read-model/rebuild").then().statusCode(403);
        Rebuild.givesTheSameReport(dataSource, "manager.bergen",
                () -> outcomes("lead.bergen", "helse-bergen").then().extract().asString());
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aManagerSeesTheirOwnUnitOnly() {
        outcomes("manager.oslo", "helse-bergen").then().statusCode(403).contentType("application/problem+json");
        outcomes("manager.oslo", "nav-bergen").then().statusCode(403);
        outcomes("manager.oslo", "ous").then().statusCode(200);
        outcomes("clinician.bergen", "helse-bergen").then().statusCode(403);
        as("lead.bergen").queryParam("quarter", "2026-13").get("/api/units/helse-bergen/outcomes").then()
                .statusCode(400).body("errors[0].field", equalTo("quarter"));
        as("manager.oslo").contentType("application/json").body(Map.of("quarter", "2026-Q3", "reviewedOn",
                "2026-10-01", "scores", List.of(), "total", 125)).post("/api/units/ous/fidelity/reviews")
                .then().statusCode(400).body("errors[0].field", equalTo("total"));
    }

    private static io.restassured.response.Response outcomes(String user, String unit) {
        return as(user).queryParam("quarter", "2026-Q3").get("/api/units/{unit}/outcomes", unit);
    }

    private static RequestSpecification as(String username) {
        return given().auth().oauth2(Tokens.user(username));
    }

    private static UUID enrolled(String on, boolean working, IpsVariant variant) {
        UUID client = UUID.randomUUID();
        referred(client, working, variant);
        EventPublisher.publish(CLIENTS, new ClientEnrolled(client, day(on), SPECIALIST));
        return client;
    }

    private static void referred(UUID client, boolean working, IpsVariant variant) {
        EventPublisher.publish(CLIENTS, new ClientReferred(client, day("2026-01-15").atStartOfDay()
                .toInstant(ZoneOffset.UTC), "HEALTH", "helse-bergen", "nav-bergen", null, variant, working));
    }

    private static JobStarted job(UUID client, String on, double hours, boolean competitive) {
        return new JobStarted(UUID.randomUUID(), client, EMPLOYER, day(on), hours, null, competitive, false);
    }

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }
}
