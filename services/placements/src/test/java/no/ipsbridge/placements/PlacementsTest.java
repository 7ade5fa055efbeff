package no.ipsbridge.placements;

import static no.ipsbridge.placements.Api.PATIENCE;
import static no.ipsbridge.placements.Api.as;
import static no.ipsbridge.placements.Api.employer;
import static no.ipsbridge.placements.Api.enrolledClient;
import static no.ipsbridge.placements.Api.jobStart;
import static no.ipsbridge.placements.Api.newEmployer;
import static no.ipsbridge.placements.Api.newOrganisationNumber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import no.ipsbridge.events.EventSchemas;
import no.ipsbridge.events.IpsCalendar;
import no.ipsbridge.events.Topics;
import no.ipsbridge.events.clients.ClientReferred;
import no.ipsbridge.events.clients.ConsentDirection;
import no.ipsbridge.events.clients.ConsentGiven;
import no.ipsbridge.events.clients.ConsentWithdrawn;
import no.ipsbridge.events.clients.IpsVariant;
import no.ipsbridge.events.placements.BenefitsCounsellingGiven;
import no.ipsbridge.events.placements.JobChanged;
import no.ipsbridge.placements.clients.KnownClient;
import no.ipsbridge.placements.contact.EmployerContact;
import no.ipsbridge.placements.job.Job;
import no.ipsbridge.testing.EventPublisher;
import no.ipsbridge.testing.IpsInfrastructureResource;
import no.ipsbridge.testing.TopicReader;

@QuarkusTest
@QuarkusTestResource(value = IpsInfrastructureResource.class, initArgs = {
        @ResourceArg(name = "database", value = "placements"), @ResourceArg(name = "keycloak", value = "true") })
class PlacementsTest {

    @Test
    void employersAreRegisteredOncePerValidOrganisationNumber() {
        String number = newOrganisationNumber();
        String id = as("specialist.bergen").body(employer(number)).post("/api/employers").then().statusCode(201)
                .body("organisationNumber", equalTo(number)).extract().path("id");
        as("specialist.bergen").body(employer(number)).post("/api/employers").then().statusCode(409)
                .body("existing", equalTo("/api/employers/" + id));
        as("specialist.bergen").queryParam("organisationNumber", number).get("/api/employers").then()
                .body("id", hasItem(id));
        as("specialist.bergen").body(employer("923456784")).post("/api/employers").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("organisationNumber"));
    }

    @Test
    void aFieldTheJobStartDoesNotDefineIsRefusedNamingItAndNoJobIsRecorded() {
        UUID client = enrolledClient(IpsVariant.IPS);
        Map<String, Object> start = new HashMap<>(jobStart(client, newEmployer()));
        start.put("salary", 250);
        as("specialist.bergen").body(start).post("/api/jobs").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("salary"));
        as("specialist.bergen").get("/api/clients/{id}/placements", client).then().statusCode(200)
                .body("jobs", empty());
    }

    @Test
    void aRetriedEmployerContactIsLoggedOnceAndPublishedOnce() {
        UUID client = enrolledClient(IpsVariant.IPS);
        UUID employer = newEmployer();
        String key = UUID.randomUUID().toString();
        Map<String, Object> contact = Map.of("employerId", employer, "faceToFace", true,
                "purpose", "PRESENTING_CANDIDATE", "clientIds", List.of(client));
        String id = as("specialist.bergen").header("Idempotency-Key", key).body(contact)
                .post("/api/employer-contacts").then().statusCode(201).extract().path("id");
        as("specialist.bergen").header("Idempotency-Key", key).body(contact).post("/api/employer-contacts")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(id));

        assertThat(QuarkusTransaction.requiringNew().call(() -> EmployerContact.count("employerId", employer)))
                .isEqualTo(1);
        // A later event on the same key proves the relay got past any second copy.
        as("specialist.bergen").body(Map.of("employerId", employer, "faceToFace", false, "purpose", "FOLLOW_UP"))
                .post("/api/employer-contacts").then().statusCode(201);
        var events = TopicReader.await(Topics.PLACEMENTS, r -> employer.toString().equals(r.key())
                && "no.ipsbridge.employer.contact-logged.v1".equals(TopicReader.header(r, "ce_type")), 2, PATIENCE);
        assertThat(events).hasSize(2);
        assertThat(new String(events.getFirst().value())).contains(id);
        assertThat(as("specialist.bergen").get("/api/employer-contacts").then().statusCode(200).extract()
                .<List<String>>path("id")).contains(id);
    }

    @Test
    void anEmployerContactNamesAnExistingEmployerAndOwnClientsOnly() {
        as("specialist.bergen").body(Map.of("employerId", UUID.randomUUID(), "faceToFace", true, "purpose",
                "LEARNING_NEEDS")).post("/api/employer-contacts").then().statusCode(422)
                .body("errors[0].field", equalTo("employerId"));
        UUID employer = newEmployer();
        as("specialist.bergen").body(Map.of("employerId", employer, "faceToFace", true, "purpose", "LEARNING_NEEDS",
                "clientIds", List.of(UUID.randomUUID()))).post("/api/employer-contacts").then().statusCode(422)
                .body("errors[0].field", equalTo("clientIds"));
        as("clinician.bergen").body(Map.of("employerId", employer, "faceToFace", true, "purpose", "LEARNING_NEEDS"))
                .post("/api/employer-contacts").then().statusCode(403);
        as("specialist.bergen").body(Map.of("employerId", employer, "faceToFace", true, "purpose", "SMALL_TALK"))
                .post("/api/employer-contacts").then().statusCode(400).body("errors[0].field", equalTo("purpose"));
    }

    @Test
    void aJobStartsAndEndsAndIsPublishedForTheClientsService() {
        UUID client = enrolledClient(IpsVariant.IPS);
        String job = as("specialist.bergen").body(jobStart(client, newEmployer())).post("/api/jobs").then()
                .statusCode(201).extract().path("id");
        as("clinician.bergen").get("/api/clients/{id}/placements", client).then().statusCode(200)
                .body("working", equalTo(true)).body("jobs[0].title", equalTo("Bakery assistant"));

        as("specialist.bergen").body(Map.of("endedOn", IpsCalendar.today().minusDays(40).toString(), "reason", "QUIT",
                "newJobSearch", true)).post("/api/jobs/{id}/end", job).then().statusCode(400)
                .body("errors[0].field", equalTo("endedOn"));
        as("specialist.bergen").body(Map.of("endedOn", IpsCalendar.today().toString(), "reason", "TEMPORARY_JOB_ENDED",
                "newJobSearch", true)).post("/api/jobs/{id}/end", job).then().statusCode(200)
                .body("endReason", equalTo("TEMPORARY_JOB_ENDED"));
        as("specialist.bergen").body(Map.of("endedOn", IpsCalendar.today().toString(), "reason", "QUIT",
                "newJobSearch", true)).post("/api/jobs/{id}/end", job).then().statusCode(409);

        var events = TopicReader.await(Topics.PLACEMENTS, r -> client.toString().equals(r.key()), 2, PATIENCE);
        assertThat(events).extracting(r -> TopicReader.header(r, "ce_type"))
                .containsExactly("no.ipsbridge.job.started.v1", "no.ipsbridge.job.ended.v1");
        assertThat(new String(events.get(1).value())).contains("\"otherJobsOngoing\":0", "\"newJobSearch\":true");
        events.forEach(r -> assertThat(EventSchemas.violations(
                TopicReader.header(r, "ce_type"), r.value())).isEmpty());
        assertThat(new String(events.getFirst().value())).doesNotContain("Bakery");
        assertThat(numbersIn(events.getFirst().value())).as("no wage in the event").doesNotContain(215.0);
    }

    @Test
    void aChangeOfHoursOrPayIsRecordedAndPublishedWithoutTheWage() {
        UUID client = enrolledClient(IpsVariant.IPS);
        String job = as("specialist.bergen").body(jobStart(client, newEmployer())).post("/api/jobs").then()
                .statusCode(201).extract().path("id");
        String today = IpsCalendar.today().toString();
        as("specialist.bergen").body(Map.of("changedOn", today, "hoursPerWeek", 25, "hourlyWage", 232.75))
                .post("/api/jobs/{id}/changes", job).then().statusCode(200).body("hoursPerWeek", equalTo(25))
                .body("hourlyWage", equalTo(232.75f));
        as("specialist.bergen").body(Map.of("hoursPerWeek", 25)).post("/api/jobs/{id}/changes", job).then()
                .statusCode(400).body("errors[0].field", equalTo("hoursPerWeek"));
        as("specialist.bergen").body(Map.of("changedOn", IpsCalendar.today().minusDays(30).toString(),
                "hoursPerWeek", 30)).post("/api/jobs/{id}/changes", job).then().statusCode(400)
                .body("errors[0].field", equalTo("changedOn"));
        as("clinician.bergen").body(Map.of("hoursPerWeek", 30)).post("/api/jobs/{id}/changes", job).then()
                .statusCode(422);

        var events = TopicReader.await(Topics.PLACEMENTS, r -> client.toString().equals(r.key())
                && "no.ipsbridge.job.changed.v1".equals(TopicReader.header(r, "ce_type")), 1, PATIENCE);
        String changed = new String(events.getFirst().value());
        assertThat(EventSchemas.violations(JobChanged.class, events.getFirst().value())).isEmpty();
        assertThat(changed).contains("\"hoursPerWeek\":25", "\"previousHoursPerWeek\":20", "\"wageChanged\":true");
        // Compared as numbers: a random id may well hold the digits 232.
        assertThat(numbersIn(events.getFirst().value())).as("no wage in the event").doesNotContain(232.75, 215.0);

        as("specialist.bergen").body(Map.of("endedOn", today, "reason", "QUIT", "newJobSearch", true))
                .post("/api/jobs/{id}/end", job).then().statusCode(200);
        as("specialist.bergen").body(Map.of("hoursPerWeek", 10)).post("/api/jobs/{id}/changes", job).then()
                .statusCode(409);
    }

    @Test
    void impossibleJobsAreRefusedNamingTheField() {
        UUID client = enrolledClient(IpsVariant.IPS);
        UUID employer = newEmployer();
        Map<String, Object> negativeHours = new HashMap<>(jobStart(client, employer));
        negativeHours.put("hoursPerWeek", -5);
        as("specialist.bergen").body(negativeHours).post("/api/jobs").then().statusCode(400)
                .body("errors[0].field", equalTo("hoursPerWeek"));
        Map<String, Object> negativeWage = new HashMap<>(jobStart(client, employer));
        negativeWage.put("hourlyWage", -1);
        as("specialist.bergen").body(negativeWage).post("/api/jobs").then().statusCode(400)
                .body("errors[0].field", equalTo("hourlyWage"));
        as("specialist.bergen").body(jobStart(client, UUID.randomUUID())).post("/api/jobs").then().statusCode(422)
                .body("errors[0].field", equalTo("employerId"));

        UUID referredOnly = UUID.randomUUID();
        EventPublisher.publish("/ips-bridge/clients", new ClientReferred(referredOnly, Instant.now(), "HEALTH",
                "helse-bergen", "nav-bergen", null, IpsVariant.IPS, false));
        await().atMost(PATIENCE).until(() -> QuarkusTransaction.requiringNew().call(
                () -> KnownClient.findById(referredOnly) != null));
        as("lead.bergen").body(jobStart(referredOnly, employer)).post("/api/jobs").then().statusCode(422)
                .body("errors[0].field", equalTo("clientId"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> Job.count("clientId", referredOnly))).isZero();
    }

    @Test
    void educationStartsAreForIpsUngAndFollowAlongIsLogged() {
        UUID young = enrolledClient(IpsVariant.IPS_UNG);
        as("specialist.bergen").body(Map.of("clientId", young, "institution", "Bergen tekniske fagskole",
                "programme", "Electrician", "startedOn", IpsCalendar.today().toString())).post("/api/education-starts")
                .then().statusCode(201);
        UUID adult = enrolledClient(IpsVariant.IPS);
        as("specialist.bergen").body(Map.of("clientId", adult, "institution", "X", "programme", "Y",
                "startedOn", IpsCalendar.today().toString())).post("/api/education-starts").then().statusCode(409);

        as("specialist.bergen").body(jobStart(adult, newEmployer())).post("/api/jobs").then().statusCode(201);
        as("specialist.bergen").body(Map.of("clientId", adult, "with", "EMPLOYER", "faceToFace", true))
                .post("/api/follow-along-contacts").then().statusCode(201);
        as("specialist.bergen").get("/api/clients/{id}/placements", adult).then().statusCode(200)
                .body("followAlong[0].with", equalTo("EMPLOYER"));
        as("specialist.bergen").get("/api/clients/{id}/placements", young).then().statusCode(200)
                .body("education[0].programme", equalTo("Electrician"));
    }

    @Test
    void aNavCounsellorSeesJobStatusOnlyWhileTheClientConsents() {
        UUID client = enrolledClient(IpsVariant.IPS);
        as("specialist.bergen").body(jobStart(client, newEmployer())).post("/api/jobs").then().statusCode(201);
        as("counsellor.bergen").get("/api/clients/{id}/placements", client).then().statusCode(403)
                .body("type", equalTo("https://ipsbridge.no/problems/consent-required"));

        UUID consent = UUID.randomUUID();
        EventPublisher.publish("/ips-bridge/clients", new ConsentGiven(client, consent, ConsentDirection.HEALTH_TO_NAV,
                Instant.now()));
        await().atMost(PATIENCE).untilAsserted(() -> as("counsellor.bergen")
                .get("/api/clients/{id}/placements", client).then().statusCode(200).body("working", equalTo(true)));

        EventPublisher.publish("/ips-bridge/clients", new ConsentWithdrawn(client, consent,
                ConsentDirection.HEALTH_TO_NAV, Instant.now()));
        await().atMost(PATIENCE).untilAsserted(() -> as("counsellor.bergen")
                .get("/api/clients/{id}/placements", client).then().statusCode(403));
        as("clinician.oslo").get("/api/clients/{id}/placements", client).then().statusCode(404);
    }

    @Test
    void benefitsCounsellingIsRecordedByTheClientsNavCounsellorWithConsentAndPublishedWithoutContent() {
        UUID client = enrolledClient(IpsVariant.IPS);
        Map<String, Object> counselling = Map.of("givenBy", "NAV_COUNSELLOR",
                "topics", List.of("EARNINGS_AND_BENEFITS", "WORK_ASSESSMENT_ALLOWANCE"),
                "nextReviewOn", IpsCalendar.today().plusMonths(3).toString());
        as("counsellor.bergen").body(counselling).post("/api/clients/{id}/benefits-counselling", client).then()
                .statusCode(403).body("type", equalTo("https://ipsbridge.no/problems/consent-required"));
        EventPublisher.publish("/ips-bridge/clients", new ConsentGiven(client, UUID.randomUUID(),
                ConsentDirection.HEALTH_TO_NAV, Instant.now()));
        await().atMost(PATIENCE).untilAsserted(() -> as("counsellor.bergen").body(counselling)
                .post("/api/clients/{id}/benefits-counselling", client).then().statusCode(201)
                .body("givenOn", equalTo(IpsCalendar.today().toString())).body("topics.size()", equalTo(2)));

        as("clinician.bergen").body(counselling).post("/api/clients/{id}/benefits-counselling", client).then()
                .statusCode(422).body("errors[0].field", equalTo("clientId"));
        as("specialist.bergen").body(Map.of("givenBy", "EMPLOYMENT_SPECIALIST", "topics", List.of()))
                .post("/api/clients/{id}/benefits-counselling", client).then().statusCode(400)
                .body("errors[0].field", equalTo("topics"));
        as("specialist.bergen").body(Map.of("givenBy", "EMPLOYMENT_SPECIALIST", "topics", List.of("TAX"),
                "givenOn", IpsCalendar.today().toString(), "nextReviewOn", IpsCalendar.today().minusDays(1).toString()))
                .post("/api/clients/{id}/benefits-counselling", client).then().statusCode(400)
                .body("errors[0].field", equalTo("nextReviewOn"));
        as("specialist.bergen").get("/api/clients/{id}/benefits-counselling", client).then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].givenBy", equalTo("NAV_COUNSELLOR"));

        var events = TopicReader.await(Topics.PLACEMENTS, r -> client.toString().equals(r.key())
                && "no.ipsbridge.benefits.counselling-given.v1".equals(TopicReader.header(r, "ce_type")), 1, PATIENCE);
        assertThat(EventSchemas.violations(BenefitsCounsellingGiven.class, events.getFirst().value())).isEmpty();
        assertThat(new String(events.getFirst().value())).contains("\"EARNINGS_AND_BENEFITS\"");
    }

    /** Every number anywhere in an event's JSON data. */
    private static List<Double> numbersIn(byte[] json) {
        List<Double> numbers = new ArrayList<>();
        try {
            collectNumbers(new ObjectMapper().readTree(json), numbers);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return numbers;
    }

    private static void collectNumbers(JsonNode node, List<Double> numbers) {
        if (node.isNumber()) {
            numbers.add(node.asDouble());
        }
        node.forEach(child -> collectNumbers(child, numbers));
    }
}
