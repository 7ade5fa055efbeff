package no.ipsbridge.placements;

import static no.ipsbridge.placements.Api.PATIENCE;
import static no.ipsbridge.placements.Api.SPECIALIST_BERGEN;
import static no.ipsbridge.placements.Api.as;
import static no.ipsbridge.placements.Api.enrolledClient;
import static no.ipsbridge.placements.Api.newOrganisationNumber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import no.ipsbridge.events.EventSchemas;
import no.ipsbridge.events.IpsCalendar;
import no.ipsbridge.events.Topics;
import no.ipsbridge.events.clients.ConsentDirection;
import no.ipsbridge.events.clients.ConsentGiven;
import no.ipsbridge.events.clients.IpsVariant;
import no.ipsbridge.events.placements.NavReportSent;
import no.ipsbridge.events.protection.AddressProtection;
import no.ipsbridge.events.protection.ProtectionChanged;
import no.ipsbridge.events.specialists.ActivityKind;
import no.ipsbridge.events.specialists.ActivityLogged;
import no.ipsbridge.testing.EventPublisher;
import no.ipsbridge.testing.IpsInfrastructureResource;
import no.ipsbridge.testing.TopicReader;

/** Reports to NAV: generated from what was recorded, completed by the specialist, sent as PDF, read under consent. */
@QuarkusTest
@QuarkusTestResource(value = IpsInfrastructureResource.class, initArgs = {
        @ResourceArg(name = "database", value = "placements"), @ResourceArg(name = "keycloak", value = "true") })
class NavReportTest {

    private static final String PROGRESS = "Prøvde en dag på lageret og vil gjerne fortsette der.";
    private static final String NEXT_STEPS = "Avtale arbeidstrening hos Fjordlager; veiledning om AAP først.";
    private static final LocalDate TODAY = IpsCalendar.today();

    @Test
    void anIntervalReportCarriesThePeriodsRealFiguresAndReachesTheCounsellorOnlyWithConsent() throws IOException {
        UUID client = enrolledClient(IpsVariant.IPS);
        UUID employer = employer("Fjordlager AS");
        loggedActivity(client, ActivityKind.COMMUNITY, 90, TODAY.minusDays(10));
        loggedActivity(client, ActivityKind.COMMUNITY, 60, TODAY.minusDays(3));
        loggedActivity(client, ActivityKind.OFFICE, 30, TODAY.minusDays(2));
        loggedActivity(client, ActivityKind.COMMUNITY, 45, TODAY.minusDays(80));
        employerContact(employer, client, true);
        employerContact(employer, client, false);
        employerContact(employer, client, true);
        as("specialist.bergen").body(Map.of("clientId", client, "employerId", employer, "title", "Lagermedarbeider",
                "occupationCode", "9321", "hoursPerWeek", 18, "hourlyWage", 205, "startedOn",
                TODAY.minusDays(1).toString(), "competitive", true, "permanent", false)).post("/api/jobs").then()
                .statusCode(201);
        as("specialist.bergen").body(Map.of("clientId", client, "with", "CLIENT", "faceToFace", true))
                .post("/api/follow-along-contacts").then().statusCode(201);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(generate(client).getInt("figures.activities"))
                .isEqualTo(3));

        JsonPath draft = generate(client);
        String report = draft.getString("id");
        assertThat(draft.getString("status")).isEqualTo("DRAFT");
        assertThat(draft.getInt("figures.minutesByKind.COMMUNITY")).isEqualTo(150);
        assertThat(draft.getInt("figures.minutesByKind.OFFICE")).isEqualTo(30);
        assertThat(draft.getInt("figures.employerContacts")).isEqualTo(3);
        assertThat(draft.getInt("figures.faceToFaceEmployerContacts")).isEqualTo(2);
        assertThat(draft.getList("figures.employersContacted", String.class)).containsExactly("Fjordlager AS");
        assertThat(draft.getString("figures.jobsStarted[0].title")).isEqualTo("Lagermedarbeider");
        assertThat(draft.getInt("figures.followAlongContacts")).isEqualTo(1);
        assertThat(draft.getBoolean("figures.workingAtEnd")).isTrue();

        as("specialist.bergen").body(Map.of()).post("/api/clients/{c}/nav-reports/{r}/sending", client, report)
                .then().statusCode(422).body("errors.field", hasItem("progress")).body("errors.field",
                        hasItem("nextSteps"));
        as("specialist.bergen").body(Map.of("endReason", "Slutt", "clientInformed", true))
                .put("/api/clients/{c}/nav-reports/{r}", client, report).then().statusCode(400)
                .body("errors[0].field", equalTo("endReason"));
        as("specialist.bergen").body(Map.of("progress", PROGRESS, "nextSteps", NEXT_STEPS, "clientInformed", true))
                .put("/api/clients/{c}/nav-reports/{r}", client, report).then().statusCode(200)
                .body("progress", equalTo(PROGRESS));
        as("counsellor.bergen").get("/api/clients/{c}/nav-reports/{r}", client, report).then().statusCode(403);
        as("clinician.bergen").get("/api/clients/{c}/nav-reports/{r}", client, report).then().statusCode(404);
        as("specialist.bergen").body(Map.of()).post("/api/clients/{c}/nav-reports/{r}/sending", client, report)
                .then().statusCode(200).body("status", equalTo("SENT"))
                .body("pdf", equalTo("/api/clients/" + client + "/nav-reports/" + report + "/pdf"));
        as("specialist.bergen").body(Map.of("progress", "x", "nextSteps", "y", "clientInformed", false))
                .put("/api/clients/{c}/nav-reports/{r}", client, report).then().statusCode(409);

        as("counsellor.bergen").get("/api/clients/{c}/nav-reports/{r}/pdf", client, report).then().statusCode(403)
                .body("type", equalTo("https://ipsbridge.no/problems/consent-required"));
        EventPublisher.publish("/ips-bridge/clients", new ConsentGiven(client, UUID.randomUUID(),
                ConsentDirection.HEALTH_TO_NAV, Instant.now()));
        await().atMost(PATIENCE).untilAsserted(() -> as("counsellor.bergen")
                .get("/api/clients/{c}/nav-reports/{r}/pdf", client, report).then().statusCode(200)
                .contentType("application/pdf"));
        byte[] pdf = as("counsellor.bergen").get("/api/clients/{c}/nav-reports/{r}/pdf", client, report).then()
                .statusCode(200).extract().asByteArray();
        String text = textOf(pdf).replaceAll("\\s+", " ");
        // A long id may wrap in its table cell.
        assertThat(text.replace(" ", "")).contains(client.toString());
        assertThat(text).contains("Intervallrapport")
                .contains("Registrerte aktiviteter med eller for deltakeren 3")
                .contains("Minutter, COMMUNITY 150")
                .contains("Arbeidsgiverkontakter på deltakerens vegne 3")
                .contains("Av dem ansikt til ansikt 2")
                .contains("Arbeidsgivere kontaktet Fjordlager AS")
                .contains("Lagermedarbeider Fjordlager AS " + TODAY.minusDays(1) + " pågår 18")
                .contains("Oppfølgingskontakter (follow-along) 1")
                .contains("Deltakeren er informert om innholdet Ja")
                .contains(PROGRESS).contains(NEXT_STEPS);
        assertThat(as("counsellor.bergen").get("/api/clients/{c}/nav-reports", client).then().statusCode(200)
                .extract().jsonPath().getList("id", String.class)).containsExactly(report);

        var sent = TopicReader.await(Topics.PLACEMENTS, r -> client.toString().equals(r.key())
                && "no.ipsbridge.nav-report.sent.v1".equals(TopicReader.header(r, "ce_type")), 1, PATIENCE);
        String event = new String(sent.getFirst().value());
        assertThat(EventSchemas.violations(NavReportSent.class, sent.getFirst().value())).isEmpty();
        assertThat(event).contains(report).contains("\"clientInformed\":true").doesNotContain("Prøvde")
                .doesNotContain("Fjordlager").doesNotContain("Lagermedarbeider");
    }

    @Test
    void aDraftIsTheWritersAndOthersMayNotWriteReports() {
        UUID client = enrolledClient(IpsVariant.IPS);
        String draft = generate(client).getString("id");
        as("clinician.bergen").get("/api/clients/{c}/nav-reports", client).then().statusCode(200)
                .body("id", empty());
        as("lead.bergen").get("/api/clients/{c}/nav-reports/{r}", client, draft).then().statusCode(200);
        as("clinician.bergen").body(Map.of("kind", "INTERVAL", "periodFrom", TODAY.minusDays(30).toString()))
                .post("/api/clients/{c}/nav-reports", client).then().statusCode(403);
        as("specialist.bergen").body(Map.of("kind", "INTERVAL", "periodFrom", TODAY.plusDays(1).toString()))
                .post("/api/clients/{c}/nav-reports", client).then().statusCode(400)
                .body("errors[0].field", equalTo("periodFrom"));
        as("specialist.bergen").body(Map.of("kind", "MONTHLY", "periodFrom", TODAY.toString()))
                .post("/api/clients/{c}/nav-reports", client).then().statusCode(400);
        as("specialist.bergen").body(Map.of("kind", "END", "periodFrom", TODAY.minusDays(30).toString()))
                .post("/api/clients/{c}/nav-reports", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void aReportOnAClientWithAProtectedAddressNamesNoWorkplace() throws IOException {
        UUID client = enrolledClient(IpsVariant.IPS);
        UUID employer = employer("Skjult Verksted AS");
        employerContact(employer, client, true);
        EventPublisher.publish("/ips-bridge/clients", new ProtectionChanged(client, AddressProtection.FORTROLIG, false,
                null, Instant.now()));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(generate(client)
                .getBoolean("figures.workplacesWithheld")).isTrue());
        JsonPath draft = generate(client);
        assertThat(draft.getInt("figures.employerContacts")).isEqualTo(1);
        assertThat(draft.getList("figures.employersContacted")).isEmpty();
        String report = draft.getString("id");
        as("specialist.bergen").body(Map.of("progress", "Godt i gang", "nextSteps", "Flere kontakter",
                "clientInformed", false)).put("/api/clients/{c}/nav-reports/{r}", client, report).then()
                .statusCode(200);
        as("specialist.bergen").body(Map.of()).post("/api/clients/{c}/nav-reports/{r}/sending", client, report)
                .then().statusCode(200);
        byte[] pdf = as("specialist.bergen").get("/api/clients/{c}/nav-reports/{r}/pdf", client, report).then()
                .statusCode(200).extract().asByteArray();
        assertThat(textOf(pdf)).contains("Holdt tilbake (adressesperre)").doesNotContain("Skjult Verksted")
                .contains("Deltakeren er informert om innholdet Nei");
    }

    private static JsonPath generate(UUID client) {
        return as("specialist.bergen").body(Map.of("kind", "INTERVAL", "periodFrom", TODAY.minusDays(30).toString(),
                "periodTo", TODAY.toString())).post("/api/clients/{c}/nav-reports", client).then().statusCode(201)
                .extract().jsonPath();
    }

    private static UUID employer(String name) {
        return UUID.fromString(as("specialist.bergen").body(Map.of("organisationNumber", newOrganisationNumber(),
                "name", name, "naceCode", "52.100", "municipality", "Bergen")).post("/api/employers").then()
                .statusCode(201).extract().path("id"));
    }

    private static void employerContact(UUID employer, UUID client, boolean faceToFace) {
        as("specialist.bergen").body(Map.of("employerId", employer, "faceToFace", faceToFace, "purpose",
                "PRESENTING_CANDIDATE", "clientIds", List.of(client))).post("/api/employer-contacts").then()
                .statusCode(201);
    }

    private static void loggedActivity(UUID client, ActivityKind kind, int minutes, LocalDate on) {
        EventPublisher.publish("/ips-bridge/specialists", new ActivityLogged(UUID.randomUUID(), SPECIALIST_BERGEN, on,
                kind, minutes, List.of(client)));
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
