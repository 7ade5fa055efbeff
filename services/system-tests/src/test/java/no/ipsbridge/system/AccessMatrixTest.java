package no.ipsbridge.system;

import static no.ipsbridge.system.SystemUnderTest.CLINIC_SYSTEM;
import static no.ipsbridge.system.SystemUnderTest.CLINIC_SYSTEM_SECRET;
import static no.ipsbridge.system.SystemUnderTest.PARTNER;
import static no.ipsbridge.system.SystemUnderTest.PARTNER_SECRET;
import static no.ipsbridge.system.SystemUnderTest.as;
import static no.ipsbridge.system.SystemUnderTest.asClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import no.ipsbridge.norwegianids.SyntheticIdentityNumbers;

/**
 * Every cell of the access matrix in docs/access-control.md ("Access matrix, as tested") as one request with a
 * real token: the document is the test's only source, so the two cannot drift.
 */
@ExtendWith(SystemUnderTest.class)
class AccessMatrixTest {

    private static final String SPECIALIST2_BERGEN = "5f0c1a2e-0007-4c3a-9a10-000000000007";
    private static final String HEADING = "## Access matrix, as tested";

    /** The clients of the table, by letter; created once, before the cells are tried. */
    private static final Map<String, UUID> CLIENTS = new LinkedHashMap<>();
    private static final String CLINICIAN_BERGEN = "5f0c1a2e-0003-4c3a-9a10-000000000003";
    private static final String COUNSELLOR2_BERGEN = "5f0c1a2e-000a-4c3a-9a10-00000000000a";
    private static final Map<String, String> SPECIALIST_OF = Map.of("A", Journeys.SPECIALIST_BERGEN,
            "B", Journeys.SPECIALIST_BERGEN, "C", SPECIALIST2_BERGEN, "E", SPECIALIST2_BERGEN, "F", SPECIALIST2_BERGEN,
            "S", Journeys.SPECIALIST_BERGEN);
    private static String employer;
    /** A treatment team of Helse Bergen with clinician.bergen in it and specialist.bergen attached. */
    private static String team;
    /** Another treatment team of Helse Bergen, without clinician.bergen. */
    private static String otherTeam;

    /** What each column does; the answer is compared with the cell. */
    /** A client of the table: its letter, and the client it stands for in this cell. */
    private record Client(String letter, UUID id) {
    }

    private static final Map<String, BiFunction<RequestSpecification, Client, Response>> ACTIONS =
            new LinkedHashMap<>();

    static {
        ACTIONS.put("read client", (request, client) -> request.get(clientsUrl() + "/api/clients/" + client.id()));
        ACTIONS.put("read career profile", (request, client) -> request.get(clientsUrl() + "/api/clients/"
                + client.id() + "/career-profile"));
        ACTIONS.put("read consents", (request, client) -> request.get(clientsUrl() + "/api/clients/" + client.id()
                + "/consents"));
        ACTIONS.put("read audit trail", (request, client) -> request.get(clientsUrl() + "/api/clients/" + client.id()
                + "/audit"));
        ACTIONS.put("read job status", (request, client) -> request.get(url("placements") + "/api/clients/"
                + client.id() + "/placements"));
        ACTIONS.put("caseload entry", (request, client) -> request.get(url("specialists") + "/api/specialists/"
                + SPECIALIST_OF.get(client.letter()) + "/caseload"));
        ACTIONS.put("replace career profile", AccessMatrixTest::replaceCareerProfile);
        ACTIONS.put("log employer contact for the client", (request, client) -> request.body(Map.of(
                "employerId", employer, "faceToFace", true, "purpose", "PRESENTING_CANDIDATE",
                "clientIds", List.of(client.id()))).post(url("placements") + "/api/employer-contacts"));
        ACTIONS.put("move to job search", (request, client) -> request.body(Map.of("status", "JOB_SEARCH"))
                .post(clientsUrl() + "/api/clients/" + client.id() + "/status"));
        ACTIONS.put("record NAV-to-health consent", (request, client) -> request.body(Map.of(
                "direction", "NAV_TO_HEALTH")).post(clientsUrl() + "/api/clients/" + client.id() + "/consents"));
        ACTIONS.put("read outcomes of the client's trust", (request, client) -> request.get(url("reporting")
                + "/api/units/" + (client.letter().equals("D") || client.letter().equals("S") ? "ous" : "helse-bergen")
                + "/outcomes"));
        ACTIONS.put("read the referring team", (request, client) -> request.get(url("teams") + "/api/teams/"
                + (client.letter().equals("F") ? otherTeam : team)));
        ACTIONS.put("record a job start", (request, client) -> request.body(Map.of("clientId", client.id(),
                "employerId", employer, "title", "Kokk", "occupationCode", "5120", "hoursPerWeek", 15,
                "hourlyWage", 220, "competitive", true, "permanent", false, "startedOn",
                LocalDate.now(ZoneId.of("Europe/Oslo")).toString())).post(url("placements") + "/api/jobs"));
    }

    /** Columns that change the client: a cell expected to succeed gets a client of its own, made as its letter's. */
    private static final List<String> CHANGES = List.of("move to job search", "record NAV-to-health consent",
            "record a job start");

    /** A new client standing as the letter's client does, for a cell that changes it. */
    private static UUID fresh(String letter) {
        UUID client = switch (letter) {
            case "A" -> onCaseload("specialist.bergen", Journeys.SPECIALIST_BERGEN, true);
            case "B" -> onCaseload("specialist.bergen", Journeys.SPECIALIST_BERGEN, false);
            case "C" -> onCaseload("specialist2.bergen", SPECIALIST2_BERGEN, true);
            case "E" -> onCaseload("specialist2.bergen", SPECIALIST2_BERGEN, true, team);
            case "S" -> shieldedOnCaseload();
            default -> null;
        };
        if (client == null) {
            // D awaits enrolment; the only change anyone may make to it, a consent, leaves the other cells as they are.
            return CLIENTS.get(letter);
        }
        if (letter.equals("S")) {
            // Made known everywhere already; lead.bergen, of another trust, does not see it.
            return client;
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("lead.bergen", "placements")
                .get("/api/clients/{id}/placements", client).then().statusCode(200));
        return client;
    }

    @BeforeAll
    static void theTablesClients() {
        Journeys.specialistOnRoster();
        as("lead.bergen", "specialists").body(Map.of("userId", SPECIALIST2_BERGEN, "displayName",
                "Per Jobbspesialist", "agency", "NAV", "org", "nav-bergen", "healthTrust", "helse-bergen",
                "workingFraction", 1.0)).header("Idempotency-Key", "system-tests-roster-2").post("/api/specialists")
                .then().statusCode(201);
        CLIENTS.put("A", onCaseload("specialist.bergen", Journeys.SPECIALIST_BERGEN, true));
        CLIENTS.put("B", onCaseload("specialist.bergen", Journeys.SPECIALIST_BERGEN, false));
        CLIENTS.put("C", onCaseload("specialist2.bergen", SPECIALIST2_BERGEN, true));
        team = as("lead.bergen", "teams").body(Map.of("name", "Systemtest FACT", "kind", "FACT"))
                .post("/api/teams").then().statusCode(201).extract().path("id");
        as("lead.bergen", "teams").body(Map.of("clinicianId", CLINICIAN_BERGEN))
                .post("/api/teams/{id}/clinicians", team).then().statusCode(201);
        Journeys.whenKnown(() -> as("lead.bergen", "teams").body(Map.of("specialistId", Journeys.SPECIALIST_BERGEN)),
                request -> request.post("/api/teams/{id}/specialists", team), 201);
        CLIENTS.put("E", onCaseload("specialist2.bergen", SPECIALIST2_BERGEN, true, team));
        otherTeam = as("lead.bergen", "teams").body(Map.of("name", "Systemtest ACT", "kind", "ACT"))
                .post("/api/teams").then().statusCode(201).extract().path("id");
        CLIENTS.put("F", onCaseload("specialist2.bergen", SPECIALIST2_BERGEN, true, otherTeam));
        String oslo = as("clinician.oslo", "clients").body(Map.of("nationalId", SyntheticIdentityNumbers.random(),
                "givenName", "Test", "familyName", "Person", "navOffice", "nav-oslo", "workingAtReferral", false))
                .post("/api/referrals").then().statusCode(201).extract().path("id");
        CLIENTS.put("D", UUID.fromString(oslo));
        CLIENTS.put("S", shieldedOnCaseload());
        employer = as("specialist.bergen", "placements").body(Map.of("organisationNumber", "934567897",
                "name", "Fjord Hotell AS", "naceCode", "55.101", "municipality", "Bergen"))
                .post("/api/employers").then().statusCode(201).extract().path("id");
        // Every service has learnt of the clients and consents before a cell is tried.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            as("counsellor.bergen", "placements").get("/api/clients/{id}/placements", CLIENTS.get("A")).then()
                    .statusCode(200);
            as("counsellor.bergen", "placements").get("/api/clients/{id}/placements", CLIENTS.get("C")).then()
                    .statusCode(200);
            as("counsellor.bergen", "placements").get("/api/clients/{id}/placements", CLIENTS.get("S")).then()
                    .statusCode(404);
            // Every service knows who is in which team: clinician.bergen treats E's team's clients, not F's.
            as("clinician.bergen", "placements").get("/api/clients/{id}/placements", CLIENTS.get("E")).then()
                    .statusCode(200);
            assertThat(as("clinician.bergen", "specialists").get("/api/specialists/{id}/caseload", SPECIALIST2_BERGEN)
                    .then().extract().jsonPath().getList("clientId", String.class))
                    .contains(CLIENTS.get("E").toString());
            assertThat(as("lead.bergen", "specialists").get("/api/specialists/{id}/caseload", SPECIALIST2_BERGEN)
                    .then().extract().jsonPath().getList("clientId", String.class))
                    .contains(CLIENTS.get("C").toString());
        });
    }

    @TestFactory
    List<DynamicTest> everyCellOfTheDocumentedMatrix() throws IOException {
        List<String[]> table = AccessDoc.table(HEADING);
        String[] columns = table.get(0);
        assertThat(Arrays.stream(columns).skip(2).toList()).as("every column is a known action")
                .allMatch(ACTIONS::containsKey);

        List<DynamicTest> cells = new ArrayList<>();
        for (String[] row : table.subList(2, table.size())) {
            String who = row[0];
            String client = row[1].substring(0, 1);
            for (int column = 2; column < columns.length; column++) {
                String action = columns[column];
                String expected = row[column];
                if (expected.equals("n/a")) {
                    continue;
                }
                cells.add(DynamicTest.dynamicTest(who + " · " + row[1] + " · " + action + " → " + expected,
                        () -> check(who, client, action, expected)));
            }
        }
        System.out.printf("[access matrix] %d cells from docs/access-control.md%n", cells.size());
        return cells;
    }

    private static void check(String who, String letter, String action, String expected) {
        boolean changes = CHANGES.contains(action) && expected.startsWith("2");
        Client client = new Client(letter, changes ? fresh(letter) : CLIENTS.get(letter));
        Response response = ACTIONS.get(action).apply(request(who), client);
        switch (expected) {
            case "shown", "hidden" -> {
                assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
                List<String> entries = response.jsonPath().getList("clientId", String.class);
                if (expected.equals("shown")) {
                    assertThat(entries).contains(client.id().toString());
                } else {
                    assertThat(entries).doesNotContain(client.id().toString());
                }
            }
            case "403c" -> {
                assertThat(response.statusCode()).as(response.asString()).isEqualTo(403);
                assertThat(response.jsonPath().getString("type")).endsWith("/consent-required");
            }
            default -> assertThat(response.statusCode()).as(response.asString())
                    .isEqualTo(Integer.parseInt(expected));
        }
    }

    private static RequestSpecification request(String who) {
        return switch (who) {
            case CLINIC_SYSTEM -> asClient(CLINIC_SYSTEM, CLINIC_SYSTEM_SECRET, "clients");
            case PARTNER -> asClient(PARTNER, PARTNER_SECRET, "clients");
            default -> as(who, "clients");
        };
    }

    /** Replaces the profile with what it holds, against the version its specialist last read. */
    private static Response replaceCareerProfile(RequestSpecification request, Client client) {
        UUID id = client.id();
        String reader = SPECIALIST2_BERGEN.equals(SPECIALIST_OF.get(client.letter())) ? "specialist2.bergen"
                : client.letter().equals("D") ? "clinician.oslo" : "specialist.bergen";
        Response current = as(reader, "clients").get("/api/clients/{id}/career-profile", id);
        return request.header("If-Match", current.header("ETag")).body(current.asString())
                .put(clientsUrl() + "/api/clients/" + id + "/career-profile");
    }

    private static UUID onCaseload(String specialist, String specialistId, boolean consent) {
        return onCaseload(specialist, specialistId, consent, null);
    }

    private static UUID onCaseload(String specialist, String specialistId, boolean consent, String treatmentTeam) {
        Map<String, Object> referral = new HashMap<>(Map.of("nationalId", SyntheticIdentityNumbers.random(),
                "givenName", "Test", "familyName", "Person", "navOffice", "nav-bergen", "workingAtReferral", false));
        if (treatmentTeam != null) {
            referral.put("treatmentTeamId", treatmentTeam);
        }
        UUID client = Journeys.referredClient(referral);
        as(specialist, "clients").body(Map.of()).post("/api/clients/{id}/enrolment", client).then().statusCode(200);
        Journeys.whenKnown(() -> as(specialist, "specialists").body(Map.of("clientId", client)),
                request -> request.post("/api/specialists/{id}/caseload", specialistId), 201);
        if (consent) {
            // The client's specialist records it: clinician.bergen treats only some of the table's clients.
            as(specialist, "clients").body(Map.of("direction", "HEALTH_TO_NAV"))
                    .post("/api/clients/{id}/consents", client).then().statusCode(201);
        }
        return client;
    }

    /**
     * An OUS client followed by NAV Bergen, on specialist.bergen's caseload, with consent, who works at NAV Bergen:
     * shielded, with counsellor2.bergen assigned. Marked once every service knows the client, so the services that
     * follow the mark are seen to take it away.
     */
    private static UUID shieldedOnCaseload() {
        String id = as("clinician.oslo", "clients").body(Map.of("nationalId", SyntheticIdentityNumbers.random(),
                "givenName", "Test", "familyName", "Person", "navOffice", "nav-bergen", "workingAtReferral", false))
                .post("/api/referrals").then().statusCode(201).extract().path("id");
        UUID client = UUID.fromString(id);
        as("specialist.bergen", "clients").body(Map.of()).post("/api/clients/{id}/enrolment", client).then()
                .statusCode(200);
        Journeys.whenKnown(() -> as("specialist.bergen", "specialists").body(Map.of("clientId", client)),
                request -> request.post("/api/specialists/{id}/caseload", Journeys.SPECIALIST_BERGEN), 201);
        as("clinician.oslo", "clients").body(Map.of("direction", "HEALTH_TO_NAV"))
                .post("/api/clients/{id}/consents", client).then().statusCode(201);
        as("specialist.bergen", "clients").body(Map.of("addressProtection", "NONE", "shielded", true,
                "navCounsellorId", COUNSELLOR2_BERGEN)).put("/api/clients/{id}/protection", client).then()
                .statusCode(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            as("counsellor2.bergen", "placements").get("/api/clients/{id}/placements", client).then().statusCode(200);
            as("counsellor.bergen", "placements").get("/api/clients/{id}/placements", client).then().statusCode(404);
        });
        return client;
    }

    private static String clientsUrl() {
        return url("clients");
    }

    private static String url(String service) {
        return SystemUnderTest.system().url(service);
    }
}
