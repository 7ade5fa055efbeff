package no.ipsbridge.system;

import static no.ipsbridge.system.SystemUnderTest.as;
import static no.ipsbridge.system.SystemUnderTest.system;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import io.restassured.path.json.JsonPath;
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
        Journeys.specialistOnRoster();
        UUID client = Journeys.clientOnCaseload(new HashMap<>(Map.of("nationalId", SyntheticIdentityNumbers.random(),
                "givenName", "Ola", "familyName", "Nettleser", "navOffice", "nav-bergen", "workingAtReferral", false)));
        String app = system().url("web");
        try (Browser phone = Browser.phone()) {
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
    void aPageAskedForWithoutSigningInLeadsToKeycloak() {
        try (Browser desk = Browser.desk()) {
            desk.open(system().url("web") + "/");
            desk.waitFor(By.id("username"));
            assertThat(desk.driver().getCurrentUrl()).startsWith(system().keycloak().issuer())
                    .contains("client_id=ips-mobile").contains("code_challenge_method=S256");
        }
    }
}
