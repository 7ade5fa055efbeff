package no.ipsbridge.system;

import static no.ipsbridge.system.SystemUnderTest.as;
import static no.ipsbridge.system.SystemUnderTest.system;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import io.restassured.path.json.JsonPath;
import no.ipsbridge.events.Topics;
import no.ipsbridge.infra.Workspace;
import no.ipsbridge.norwegianids.SyntheticIdentityNumbers;

/**
 * The web client in a real Chromium against the packaged system, signed in through Keycloak's own login page.
 */
@ExtendWith(SystemUnderTest.class)
class WebClientTest {

    private static final By GREETING = By.id("greeting");

    @Test
    void aSpecialistSignsInOnAPhoneAndThePageNeverHoldsAToken() {
        String app = system().url("web");
        try (Browser phone = Browser.phone()) {
            phone.open(app + "/");
            phone.signIn("specialist.bergen", "demo", app);

            phone.waitForText(GREETING, "Hei, Siri Spesialist");
            assertThat(phone.text(By.id("who"))).isEqualTo("Du er logget inn som jobbspesialist i nav-bergen.");
            assertThat(phone.script("return document.documentElement.lang")).isEqualTo("nb");
            // The tokens stay in the service's HttpOnly session cookie: nothing a script on the page could read.
            assertThat((String) phone.script("return JSON.stringify(localStorage) + JSON.stringify(sessionStorage) "
                    + "+ document.cookie")).doesNotContain("eyJ").doesNotContain("q_session");
            assertThat(phone.accessibilityViolations()).filteredOn(Browser.Violation::seriousOrCritical).isEmpty();
            phone.screenshot(Workspace.repositoryRoot().resolve("services/system-tests/target/screens/signed-in.png"));

            phone.click(By.id("language"));
            phone.waitForText(GREETING, "Hello, Siri Spesialist");
            assertThat(phone.script("return document.documentElement.lang")).isEqualTo("en");
            assertThat(phone.accessibilityViolations()).filteredOn(Browser.Violation::seriousOrCritical).isEmpty();
        }
    }

    @Test
    void theSpecialistsDayShowsEachClientByNameWithWhatIsDueAsTheApiHasIt() {
        String app = system().url("web");
        try (OnCaseload ours = OnCaseload.of("Ola", "Nettleser"); Browser phone = Browser.phone()) {
            UUID client = ours.client();
            phone.open(app + "/");
            phone.signIn("specialist.bergen", "demo", app);
            By card = By.cssSelector("li.client[data-client-id='" + client + "']");
            phone.waitFor(card);

            JsonPath caseload = as("specialist.bergen", "specialists").get("/api/me/caseload").then().statusCode(200)
                    .extract().jsonPath();
            List<String> onCaseload = caseload.getList("clients.clientId");
            assertThat(phone.script("return [...document.querySelectorAll('li.client')].map(c => c.dataset.clientId)"))
                    .as("every client of the caseload, in the API's order (most urgent first)").isEqualTo(onCaseload);
            assertThat(phone.driver().findElement(card).findElement(By.className("name")).getText())
                    .isEqualTo("Ola Nettleser");
            int index = onCaseload.indexOf(client.toString());
            List<Map<String, Object>> due = caseload.getList("clients[" + index + "].due");
            assertThat(phone.script("return [...document.querySelectorAll(\"li.client[data-client-id='" + client
                    + "'] .due li[data-kind]\")].map(d => d.dataset.kind + ' ' + d.dataset.dueOn)"))
                    .as("what is due, the earliest (the longest overdue) first")
                    .isEqualTo(due.stream().map(d -> d.get("kind") + " " + d.get("dueOn"))
                            .sorted(Comparator.comparing((String d) -> d.substring(d.indexOf(' ')))).toList())
                    .isNotEqualTo(List.of());
            assertThat(phone.accessibilityViolations()).filteredOn(Browser.Violation::seriousOrCritical).isEmpty();
            phone.screenshot(Workspace.repositoryRoot().resolve("services/system-tests/target/screens/day.png"));

            phone.awaitServiceWorker();
            phone.offline(true);
            phone.reload();
            phone.waitForText(By.id("synced"), "Uten nett: viser listen fra");
            assertThat(phone.driver().findElement(card).findElement(By.className("name")).getText())
                    .as("the caseload reads offline from the last sync").isEqualTo("Ola Nettleser");
            assertThat(phone.text(GREETING)).isEqualTo("Hei, Siri Spesialist");
            phone.offline(false);
        }
    }

    @Test
    void anEmployerContactLoggedOfflineIsSentWhenTheNetworkReturnsAndRecordedOnce() {
        String employer = employer("974760673", "Fjellvegen Kafé AS");
        String app = system().url("web");
        try (OnCaseload ours = OnCaseload.of("Kari", "Tunnel"); Browser phone = Browser.phone()) {
            UUID client = ours.client();
            phone.open(app + "/");
            phone.signIn("specialist.bergen", "demo", app);
            String card = "li.client[data-client-id='" + client + "'] ";
            phone.waitFor(By.cssSelector(card)).findElement(By.className("log-toggle")).click();
            phone.waitFor(By.id("contact-" + client + "-search")).sendKeys("Fjellvegen");
            phone.waitFor(By.cssSelector("#contact-" + client + "-employer option[value='" + employer + "']"));
            new Select(phone.driver().findElement(By.id("contact-" + client + "-employer"))).selectByValue(employer);
            new Select(phone.driver().findElement(By.id("contact-" + client + "-purpose")))
                    .selectByValue("PRESENTING_CANDIDATE");
            assertThat(phone.accessibilityViolations()).filteredOn(Browser.Violation::seriousOrCritical).isEmpty();

            phone.offline(true);
            phone.click(By.cssSelector(card + "button[type='submit']"));
            phone.waitForText(By.id("pending-list"), "Arbeidsgiverkontakt med Fjellvegen Kafé AS for Kari Tunnel: "
                    + "venter på nett.");
            String entry = (String) phone.script("return JSON.parse(localStorage.getItem('ips-pending'))[0].id");
            String body = (String) phone.script(
                    "return JSON.stringify(JSON.parse(localStorage.getItem('ips-pending'))[0].body)");
            assertThat(contactsFor(client)).as("nothing recorded while offline").isEmpty();
            phone.screenshot(Workspace.repositoryRoot().resolve("services/system-tests/target/screens/pending.png"));

            phone.offline(false);
            phone.waitForText(By.id("announcement"), "Registrert: Arbeidsgiverkontakt med Fjellvegen Kafé AS");
            assertThat(phone.driver().findElement(By.id("pending")).isDisplayed()).isFalse();
            // The same entry sent once more, as after an answer lost on a weak network: still one contact.
            assertThat(phone.script("return fetch('/bff/employer-contacts', { method: 'POST', headers: {"
                    + " 'Content-Type': 'application/json', 'Idempotency-Key': '" + entry + "',"
                    + " 'X-Requested-With': 'JavaScript' }, body: arguments[0] }).then(response => response.status)",
                    body)).isEqualTo(201L);

            List<Map<String, Object>> recorded = contactsFor(client);
            assertThat(recorded).hasSize(1);
            assertThat(recorded.getFirst()).containsEntry("employerId", employer).containsEntry("faceToFace", true)
                    .containsEntry("purpose", "PRESENTING_CANDIDATE");
            String contactId = (String) recorded.getFirst().get("id");
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                    PartnerConsumer.read(system().kafka(), List.of(Topics.PLACEMENTS)).stream()
                            .filter(r -> PartnerConsumer.type(r).equals("no.ipsbridge.employer.contact-logged.v1"))
                            .filter(r -> r.value().contains(contactId)).count())
                    .as("one contact-logged event on the topic").isEqualTo(1));
        }
    }

    /**
     * A client enrolled onto specialist.bergen's caseload for one test, and taken off it afterwards: the caseload
     * holds at most 20, and the journey and access tests need room on it too.
     */
    private record OnCaseload(UUID client) implements AutoCloseable {

        static OnCaseload of(String givenName, String familyName) {
            Journeys.specialistOnRoster();
            return new OnCaseload(Journeys.clientOnCaseload(new HashMap<>(Map.of("nationalId",
                    SyntheticIdentityNumbers.random(), "givenName", givenName, "familyName", familyName,
                    "navOffice", "nav-bergen", "workingAtReferral", false))));
        }

        @Override
        public void close() {
            as("specialist.bergen", "specialists").body(Map.of())
                    .post("/api/specialists/{id}/caseload/{client}/release", Journeys.SPECIALIST_BERGEN, client)
                    .then().statusCode(204);
        }
    }

    private static String employer(String organisationNumber, String name) {
        List<String> found = as("specialist.bergen", "placements").queryParam("organisationNumber", organisationNumber)
                .get("/api/employers").then().statusCode(200).extract().jsonPath().getList("id");
        return found.isEmpty() ? as("specialist.bergen", "placements").body(Map.of("organisationNumber",
                organisationNumber, "name", name, "municipality", "Bergen")).post("/api/employers").then()
                .statusCode(201).extract().path("id") : found.getFirst();
    }

    private static List<Map<String, Object>> contactsFor(UUID client) {
        List<Map<String, Object>> mine = as("specialist.bergen", "placements").get("/api/employer-contacts").then()
                .statusCode(200).extract().jsonPath().getList("$");
        return mine.stream().filter(contact -> ((List<?>) contact.get("clientIds")).contains(client.toString()))
                .toList();
    }

    @Test
    void aPageAskedForWithoutSigningInLeadsToKeycloak() {
        try (Browser desk = Browser.desk()) {
            desk.open(system().url("web") + "/");
            desk.waitFor(By.id("username"));
            assertThat(desk.driver().getCurrentUrl()).startsWith(system().keycloak().issuer())
                    .contains("client_id=ips-mobile").contains("code_challenge_method=S256");
        }
    }
}
