package no.ipsbridge.system;

import static no.ipsbridge.system.SystemUnderTest.CLINIC_SYSTEM;
import static no.ipsbridge.system.SystemUnderTest.CLINIC_SYSTEM_SECRET;
import static no.ipsbridge.system.SystemUnderTest.as;
import static no.ipsbridge.system.SystemUnderTest.asClient;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import no.ipsbridge.norwegianids.SyntheticIdentityNumbers;

/**
 * Every row of "The clinic system, service by service, as tested" in docs/access-control.md, sent as the
 * clinic-system client with a client-credentials token: what a hospital's patient system may do in each service.
 */
@ExtendWith(SystemUnderTest.class)
class ClinicSystemAccessTest {

    private static final String HEADING = "## The clinic system, service by service, as tested";
    private static final Map<String, String> PLACEHOLDERS = new HashMap<>();

    @BeforeAll
    static void theRowsClientTeamAndEmployer() {
        Journeys.specialistOnRoster();
        UUID client = Journeys.referredClient();
        as("specialist.bergen", "clients").body(Map.of()).post("/api/clients/{id}/enrolment", client).then()
                .statusCode(200);
        String team = as("lead.bergen", "teams").body(Map.of("name", "Klinikksystemtest", "kind", "FACT"))
                .post("/api/teams").then().statusCode(201).extract().path("id");
        String employer = as("specialist.bergen", "placements").body(Map.of("organisationNumber", "956789125",
                "name", "Klinikkvask AS", "naceCode", "96.010", "municipality", "Bergen"))
                .post("/api/employers").then().statusCode(201).extract().path("id");
        // The placements service knows the client before a row asks it.
        Journeys.whenKnown(() -> as("specialist.bergen", "placements"),
                request -> request.get("/api/clients/{id}/placements", client), 200);
        PLACEHOLDERS.putAll(Map.of("{client}", client.toString(), "{team}", team, "{employer}", employer,
                "{specialist}", Journeys.SPECIALIST_BERGEN, "{today}", LocalDate.now(ZoneId.of("Europe/Oslo")).toString()));
    }

    @TestFactory
    List<DynamicTest> everyRowOfTheDocumentedTable() throws IOException {
        List<String[]> table = AccessDoc.table(HEADING);
        List<DynamicTest> rows = new ArrayList<>();
        for (String[] row : table.subList(2, table.size())) {
            String service = row[0];
            String request = row[1].replace("`", "");
            int expected = Integer.parseInt(row[2]);
            rows.add(DynamicTest.dynamicTest(service + " · " + request + " → " + expected,
                    () -> check(service, request, expected)));
        }
        assertThat(rows.stream().map(DynamicTest::getDisplayName).map(name -> name.split(" ")[0]).distinct())
                .as("a row for every service").containsExactlyInAnyOrder("clients", "specialists", "teams",
                        "placements", "reporting");
        System.out.printf("[clinic system] %d rows from docs/access-control.md%n", rows.size());
        return rows;
    }

    private static void check(String service, String request, int expected) {
        String[] parts = request.split(" ", 3);
        String method = parts[0];
        String path = fill(parts[1]);
        RequestSpecification call = asClient(CLINIC_SYSTEM, CLINIC_SYSTEM_SECRET, service);
        if (parts.length == 3) {
            call = call.body(fill(parts[2]).replace("{nationalId}", SyntheticIdentityNumbers.random()));
        }
        Response response = switch (method) {
            case "GET" -> call.get(path);
            case "POST" -> call.post(path);
            case "PUT" -> call.put(path);
            default -> throw new IllegalArgumentException("Unknown method in the table: " + method);
        };
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.asString()).isEqualTo(expected);
    }

    private static String fill(String text) {
        String filled = text;
        for (Map.Entry<String, String> placeholder : PLACEHOLDERS.entrySet()) {
            filled = filled.replace(placeholder.getKey(), placeholder.getValue());
        }
        return filled;
    }
}
