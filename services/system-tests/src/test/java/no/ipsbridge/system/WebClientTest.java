package no.ipsbridge.system;

import static no.ipsbridge.system.SystemUnderTest.as;
import static no.ipsbridge.system.SystemUnderTest.system;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

import io.restassured.path.json.JsonPath;
import no.ipsbridge.events.Topics;
import no.ipsbridge.infra.KafkaAccess;
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

            // Only the page's own scripts change anything through the relay, and only the services' APIs are reached.
            assertThat(phone.script("return fetch('/bff/api/placements/employer-contacts', { method: 'POST',"
                    + " headers: { 'Content-Type': 'application/json' }, body: '{}' }).then(r => r.status)"))
                    .as("a change without X-Requested-With, as another site's form would send it").isEqualTo(403L);
            assertThat(phone.script("return fetch('/bff/api/nowhere/things', { headers: { 'X-Requested-With':"
                    + " 'JavaScript' } }).then(r => r.status)")).isEqualTo(404L);
            assertThat(phone.script("return fetch('/bff/api/clients/..%2F..%2Fq%2Fmetrics', { headers: {"
                    + " 'X-Requested-With': 'JavaScript' } }).then(r => r.status)")).isIn(400L, 404L);

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
            assertThat(phone.script("return fetch('/bff/api/placements/employer-contacts', { method: 'POST', headers: {"
                    + " 'Content-Type': 'application/json', 'Idempotency-Key': '" + entry + "',"
                    + " 'X-Requested-With': 'JavaScript' }, body: arguments[0] }).then(response => response.status)",
                    body)).isEqualTo(201L);

            List<Map<String, Object>> recorded = contactsFor(client);
            assertThat(recorded).hasSize(1);
            assertThat(recorded.getFirst()).containsEntry("employerId", employer).containsEntry("faceToFace", true)
                    .containsEntry("purpose", "PRESENTING_CANDIDATE");
            String contactId = (String) recorded.getFirst().get("id");
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                    PartnerConsumer.read(system().kafka(), KafkaAccess.PARTNER, List.of(Topics.PLACEMENTS)).stream()
                            .filter(r -> PartnerConsumer.type(r).equals("no.ipsbridge.employer.contact-logged.v1"))
                            .filter(r -> r.value().contains(contactId)).count())
                    .as("one contact-logged event on the topic").isEqualTo(1));
        }
    }

    @Test
    void theClientsCardShowsThePathAsTheApiHasItAndAFollowAlongContactIsLoggedFromIt() {
        String employer = employer("974760681", "Bryggen Bakeri AS");
        try (OnCaseload ours = OnCaseload.of("Per", "Kortet"); Browser phone = Browser.phone()) {
            UUID client = ours.client();
            moveTo(client, "JOB_SEARCH");
            as("specialist.bergen", "placements").body(Map.of("clientId", client, "employerId", employer,
                    "title", "Bakeriassistent", "hoursPerWeek", 20, "hourlyWage", 215.5,
                    "startedOn", LocalDate.now(ZoneId.of("Europe/Oslo")).toString(), "competitive", true,
                    "permanent", false)).post("/api/jobs").then().statusCode(201);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("specialist.bergen", "clients")
                    .get("/api/clients/{id}", client).then().body("status", org.hamcrest.Matchers.equalTo("EMPLOYED")));

            onTheCard(phone, "specialist.bergen", client);
            phone.waitForText(By.id("card-heading"), "Per Kortet");
            List<Map<String, Object>> path = as("specialist.bergen", "clients").get("/api/clients/{id}/path", client)
                    .then().statusCode(200).extract().jsonPath().getList("$");
            assertThat(phone.script("return [...document.querySelectorAll('.timeline li')].map(s => s.dataset.status)"))
                    .as("every step of the path, oldest first, as the clients service has it")
                    .isEqualTo(path.stream().map(step -> step.get("status")).toList())
                    .isEqualTo(List.of("REFERRED", "ENROLLED", "JOB_SEARCH", "EMPLOYED"));
            assertThat(phone.text(By.cssSelector(".timeline li[data-status='JOB_SEARCH']")))
                    .contains("Jobbsøk").contains("specialist.bergen (NAV)");
            assertThat(phone.text(By.cssSelector(".timeline li[data-status='EMPLOYED']")))
                    .contains("I jobb (fra en registrert jobbstart)").doesNotContain("(NAV)");
            assertThat(phone.text(By.cssSelector("[data-part='jobs']"))).contains("Bakeriassistent");
            assertThat(phone.accessibilityViolations()).filteredOn(Browser.Violation::seriousOrCritical).isEmpty();

            phone.click(By.cssSelector("[aria-controls='card-follow-" + client + "']"));
            phone.click(By.cssSelector("label[for='card-follow-" + client + "-with-2']"));
            assertThat(phone.accessibilityViolations()).filteredOn(Browser.Violation::seriousOrCritical).isEmpty();
            phone.screenshotOfThePage(Workspace.repositoryRoot().resolve("services/system-tests/target/screens/card.png"));
            phone.click(By.cssSelector("#card-follow-" + client + " button[type='submit']"));
            phone.waitForText(By.id("announcement"), "Registrert: Oppfølgingskontakt for Per Kortet");
            List<Map<String, Object>> followAlong = as("specialist.bergen", "placements")
                    .get("/api/clients/{id}/placements", client).then().statusCode(200).extract().jsonPath()
                    .getList("followAlong");
            assertThat(followAlong).singleElement().satisfies(contact -> assertThat(contact)
                    .containsEntry("with", "BOTH").containsEntry("faceToFace", true));
        }
    }

    @Test
    void timeAJobStartAndBenefitsCounsellingAreLoggedFromTheCardInAFewTaps() {
        String employer = employer("974760703", "Nordnes Sykkel AS");
        try (OnCaseload ours = OnCaseload.of("Jonas", "Logg"); Browser phone = Browser.phone()) {
            UUID client = ours.client();
            moveTo(client, "JOB_SEARCH");
            onTheCard(phone, "specialist.bergen", client);
            phone.waitForText(By.id("card-heading"), "Jonas Logg");
            String card = "card-";

            phone.click(By.cssSelector("[aria-controls='" + card + "activity-" + client + "']"));
            phone.waitFor(By.id(card + "activity-" + client + "-minutes")).sendKeys("45");
            phone.click(By.cssSelector("#" + card + "activity-" + client + " button[type='submit']"));
            phone.waitForText(By.id("announcement"), "Registrert: 45 minutter ute");
            // The same form again: it starts as it did the first time (out in the community), not blank.
            phone.click(By.cssSelector("[aria-controls='" + card + "activity-" + client + "']"));
            phone.waitFor(By.id(card + "activity-" + client + "-minutes")).sendKeys("30");
            phone.click(By.cssSelector("#" + card + "activity-" + client + " button[type='submit']"));
            phone.waitForText(By.id("announcement"), "Registrert: 30 minutter ute");

            phone.click(By.cssSelector("[aria-controls='" + card + "job-" + client + "']"));
            phone.waitFor(By.id(card + "job-" + client + "-search")).sendKeys("Nordnes Sykkel");
            phone.waitFor(By.cssSelector("#" + card + "job-" + client + "-employer option[value='" + employer + "']"));
            new Select(phone.driver().findElement(By.id(card + "job-" + client + "-employer"))).selectByValue(employer);
            phone.driver().findElement(By.id(card + "job-" + client + "-title")).sendKeys("Sykkelmekaniker");
            phone.driver().findElement(By.id(card + "job-" + client + "-hours")).sendKeys("15");
            phone.driver().findElement(By.id(card + "job-" + client + "-wage")).sendKeys("210");
            assertThat(phone.accessibilityViolations()).filteredOn(Browser.Violation::seriousOrCritical).isEmpty();
            phone.click(By.cssSelector("#" + card + "job-" + client + " button[type='submit']"));
            phone.waitForText(By.id("announcement"), "Registrert: Jobbstart som Sykkelmekaniker hos Nordnes Sykkel AS");

            phone.click(By.cssSelector("[aria-controls='" + card + "benefits-" + client + "']"));
            phone.click(By.cssSelector("label[for='" + card + "benefits-" + client + "-topics-1']"));
            phone.click(By.cssSelector("#" + card + "benefits-" + client + " button[type='submit']"));
            phone.waitForText(By.id("announcement"), "Registrert: Veiledning om ytelser for Jonas Logg");

            List<Map<String, Object>> activities = as("specialist.bergen", "specialists").get("/api/me/activities")
                    .then().statusCode(200).extract().jsonPath().getList("activities");
            assertThat(activities).filteredOn(a -> ((List<?>) a.get("clientIds")).contains(client.toString()))
                    .extracting(a -> a.get("minutes") + " " + a.get("kind"))
                    .containsExactlyInAnyOrder("45 COMMUNITY", "30 COMMUNITY");
            JsonPath placements = as("specialist.bergen", "placements").get("/api/clients/{id}/placements", client)
                    .then().statusCode(200).extract().jsonPath();
            assertThat(placements.getList("jobs.title")).containsExactly("Sykkelmekaniker");
            assertThat(placements.getFloat("jobs[0].hoursPerWeek")).isEqualTo(15f);
            assertThat(placements.getBoolean("jobs[0].competitive")).isTrue();
            assertThat(as("specialist.bergen", "placements").get("/api/clients/{id}/benefits-counselling", client)
                    .then().statusCode(200).extract().jsonPath().getList("topics")).containsExactly(
                            List.of("WORK_ASSESSMENT_ALLOWANCE"));
        }
    }

    @Test
    void aStatusChangeFromACardThatWentStaleIsRefusedInWordsAndTheCardShowsWhatHolds() {
        try (OnCaseload ours = OnCaseload.of("Stina", "Foreldet"); Browser phone = Browser.phone()) {
            UUID client = ours.client();
            moveTo(client, "JOB_SEARCH");
            onTheCard(phone, "specialist.bergen", client);
            phone.waitForText(By.id("card-heading"), "Stina Foreldet");
            phone.waitFor(By.cssSelector(".moves button"));

            // Someone else moves the client on while the card is open.
            moveTo(client, "EMPLOYED");
            phone.click(By.cssSelector(".moves button"));
            phone.waitForText(By.id("card-message"), "Noen andre har endret dette siden du åpnet det.");
            phone.waitForText(By.cssSelector("[data-part='client'] dd"), "I jobb");
        }
    }

    @Test
    void aNavCounsellorsCardOfAClientWithoutConsentShowsNoHealthData() {
        String note = "Ønsker arbeid med dyr; innlagt i vår";
        String client = as("clinician.bergen", "clients").body(Map.of("nationalId", SyntheticIdentityNumbers.random(),
                "givenName", "Helga", "familyName", "Samtykkeløs", "navOffice", "nav-bergen",
                "workingAtReferral", false, "note", note)).post("/api/referrals").then().statusCode(201).extract()
                .path("id");
        try (Browser phone = Browser.phone()) {
            onTheCard(phone, "counsellor.bergen", client);
            phone.waitFor(By.cssSelector("[data-part='client'][data-withheld='true']"));
            assertThat(phone.text(By.cssSelector("[data-part='client'] .withheld")))
                    .isEqualTo("Ikke vist: klienten har ikke samtykket til deling med din etat.");
            for (String part : List.of("client", "path", "careerProfile", "jobs", "followAlong")) {
                assertThat(phone.driver().findElements(By.cssSelector("[data-part='" + part + "'][data-withheld='true']")))
                        .as(part + " is withheld").hasSize(1);
            }
            String page = phone.text(By.tagName("body"));
            assertThat(page).doesNotContain("Helga").doesNotContain("Samtykkeløs").doesNotContain(note)
                    .doesNotContain("Henvist");
            assertThat(phone.driver().findElements(By.className("timeline"))).isEmpty();
            assertThat(phone.driver().findElements(By.className("log-toggle"))).as("a counsellor logs nothing here")
                    .isEmpty();
            assertThat(phone.accessibilityViolations()).filteredOn(Browser.Violation::seriousOrCritical).isEmpty();
            phone.screenshot(Workspace.repositoryRoot().resolve("services/system-tests/target/screens/no-consent.png"));
        }
    }

    @Test
    void aManagersDashboardDrawsTheChartsWithTheReportingApisFigures() {
        String app = system().url("web");
        try (Browser desk = Browser.desk()) {
            desk.open(app + "/");
            desk.signIn("manager.bergen", "demo", app);
            desk.waitFor(By.cssSelector("#dashboard[data-ready='true']"));
            String quarter = (String) desk.script("return document.getElementById('dashboard-quarter').value");

            JsonPath fidelity = as("manager.bergen", "reporting").queryParam("quarter", quarter)
                    .get("/api/units/nav-bergen/fidelity").then().statusCode(200).extract().jsonPath();
            assertThat(desk.script("return Chart.getChart('fidelity-chart').data.datasets[0].data"))
                    .as("the chart's computed scores are the API's, item by item")
                    .isEqualTo(longs(fidelity.getList("items.proposedScore")));
            assertThat(desk.script("return Chart.getChart('fidelity-chart').data.labels.length")).isEqualTo(25L);
            assertThat(desk.script("return Chart.getChart('fidelity-chart').options.scales.x.max")).isEqualTo(5L);
            assertThat(desk.script("return [...document.querySelectorAll('#fidelity-table tbody tr')]"
                    + ".map(r => r.dataset.proposedScore)")).isEqualTo(fidelity.getList("items.proposedScore").stream()
                            .map(score -> score == null ? "" : String.valueOf(score)).toList());

            @SuppressWarnings("unchecked")
            List<String> quarters = (List<String>) desk.script(
                    "return Chart.getChart('outcomes-chart').data.labels");
            assertThat(quarters).hasSize(6).endsWith(quarter);
            List<Object> rates = quarters.stream().map(each -> {
                Float rate = as("manager.bergen", "reporting").queryParam("quarter", each)
                        .get("/api/units/nav-bergen/outcomes").then().statusCode(200).extract().path("employmentRate");
                return rate == null ? null : (Object) (Math.round(rate * 1000) / 10.0);
            }).toList();
            assertThat(numbers(desk.script("return Chart.getChart('outcomes-chart').data.datasets[0].data")))
                    .as("the employment rate per quarter, in per cent, withheld where the API withholds it")
                    .isEqualTo(rates);
            assertThat(numbers(desk.script("return Chart.getChart('outcomes-chart').data.datasets.slice(1)"
                    + ".map(d => d.data[0])"))).isEqualTo(List.of(31.0, 41.0, 50.0));
            assertThat(desk.driver().findElements(By.cssSelector("#outcomes-table tbody tr"))).hasSize(6);
            assertThat(desk.driver().findElements(By.cssSelector("a.csv"))).hasSizeGreaterThanOrEqualTo(2);
            assertThat(desk.accessibilityViolations()).filteredOn(Browser.Violation::seriousOrCritical).isEmpty();
            desk.screenshotOfThePage(Workspace.repositoryRoot().resolve("services/system-tests/target/screens/dashboard.png"));

            // A manager starts a review and completes it: the reviewer-only items scored 3, the computed ones kept.
            desk.click(By.cssSelector("[aria-controls='review-form']"));
            for (Object item : fidelity.getList("items.findAll { it.proposedScore == null }.item")) {
                new Select(desk.driver().findElement(By.id("review-item-" + item))).selectByValue("3");
                desk.driver().findElement(By.id("review-reason-" + item)).sendKeys("Skåret i gjennomgangen");
            }
            desk.click(By.cssSelector("#review-form button[type='submit']"));
            desk.waitForText(By.className("review-result"), "Gjennomgangen er registrert");
            Map<String, Object> review = as("manager.bergen", "reporting").get("/api/units/nav-bergen/fidelity/reviews")
                    .then().statusCode(200).extract().jsonPath().getMap("[0]");
            assertThat(review).containsEntry("quarter", quarter);
            assertThat(desk.text(By.className("review-result"))).contains(review.get("total") + " av 125 poeng");
        }
    }

    @Test
    void theDayWorksByKeyboardAloneAndTheDayAndDashboardReflowAt200PercentZoom() {
        String app = system().url("web");
        try (OnCaseload ours = OnCaseload.of("Tove", "Tastatur"); Browser desk = Browser.desk()) {
            UUID client = ours.client();
            desk.open(app + "/");
            desk.signIn("specialist.bergen", "demo", app);
            desk.waitFor(By.cssSelector("li.client[data-client-id='" + client + "']"));

            desk.keys(Keys.TAB);
            assertThat(desk.focused().getAttribute("class")).as("the first stop is the skip link").isEqualTo("skip");
            desk.keys(Keys.ENTER);
            assertThat(desk.focused().getAttribute("id")).isEqualTo("main");
            String toggle = "li.client[data-client-id='" + client + "'] .log-toggle";
            for (int presses = 0; presses < 200 && !desk.focused().equals(desk.waitFor(By.cssSelector(toggle)));
                    presses++) {
                desk.keys(Keys.TAB);
            }
            assertThat(desk.focused()).as("Tab reaches the client's employer contact")
                    .isEqualTo(desk.waitFor(By.cssSelector(toggle)));
            desk.keys(Keys.ENTER);
            assertThat(desk.focused().getAttribute("id")).as("the form opens with the search field in focus")
                    .isEqualTo("contact-" + client + "-search");
            assertThat(desk.waitFor(By.cssSelector(toggle)).getAttribute("aria-expanded")).isEqualTo("true");

            desk.zoom(200);
            desk.reload();
            desk.waitFor(By.cssSelector("li.client[data-client-id='" + client + "']"));
            assertThat(desk.script("return window.innerWidth")).isEqualTo(640L);
            assertThat(desk.horizontallyScrolls()).as("the day reflows at 200 %: no sideways scrolling").isFalse();
        }
        try (Browser desk = Browser.desk()) {
            desk.zoom(200);
            desk.open(app + "/");
            desk.signIn("manager.bergen", "demo", app);
            desk.waitFor(By.cssSelector("#dashboard[data-ready='true']"));
            assertThat(desk.horizontallyScrolls()).as("the dashboard reflows at 200 %; wide tables scroll in their "
                    + "own region").isFalse();
            assertThat(desk.accessibilityViolations()).filteredOn(Browser.Violation::seriousOrCritical).isEmpty();
        }
    }

    @Test
    void aTeamLeadsDashboardShowsEachTreatmentTeamsOrientationAsTheApiHasIt() {
        String team = as("lead.bergen", "teams").body(Map.of("name", "Webtest FACT", "kind", "FACT"))
                .post("/api/teams").then().statusCode(201).extract().path("id");
        String quarterNow = (String) as("lead.bergen", "reporting").get("/api/units/helse-bergen/outcomes").then()
                .statusCode(200).extract().path("quarter");
        // The reporting service learns of the team from its topic.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(as("lead.bergen", "reporting")
                .queryParam("quarter", quarterNow).get("/api/units/helse-bergen/employment-orientation").then()
                .statusCode(200).extract().jsonPath().getList("teamId")).contains(team));
        String app = system().url("web");
        try (Browser desk = Browser.desk()) {
            desk.open(app + "/");
            desk.signIn("lead.bergen", "demo", app);
            desk.waitFor(By.cssSelector("#dashboard[data-ready='true']"));
            String quarter = (String) desk.script("return document.getElementById('dashboard-quarter').value");
            List<Map<String, Object>> teams = as("lead.bergen", "reporting").queryParam("quarter", quarter)
                    .get("/api/units/helse-bergen/employment-orientation").then().statusCode(200).extract().jsonPath()
                    .getList("$");
            assertThat(teams).isNotEmpty();
            assertThat(desk.script("return Chart.getChart('orientation-chart').data.datasets.map(d => d.label)"))
                    .isEqualTo(teams.stream().map(each -> each.get("teamName")).toList());
            @SuppressWarnings("unchecked")
            Map<String, Object> perMonth = (Map<String, Object>) teams.getFirst().get("referralsPerMonth");
            assertThat(desk.script("return Chart.getChart('orientation-chart').data.datasets[0].data"))
                    .as("referrals per month, as the API counts them")
                    .isEqualTo(perMonth.values().stream().map(n -> ((Number) n).longValue()).toList());
            assertThat(desk.script("return [...document.querySelectorAll('#orientation-table tbody tr')]"
                    + ".map(r => r.dataset.referredInQuarter)")).isEqualTo(teams.stream()
                            .map(each -> String.valueOf(each.get("referredInQuarter"))).toList());
            assertThat(desk.driver().findElements(By.cssSelector("#dashboard-team option[value='" + team + "']")))
                    .as("the team to choose for the fidelity of its specialists").hasSize(1);
            assertThat(desk.driver().findElements(By.cssSelector("[aria-controls='review-form']")))
                    .as("only the IPS manager records reviews").isEmpty();
            assertThat(desk.accessibilityViolations()).filteredOn(Browser.Violation::seriousOrCritical).isEmpty();
        }
    }

    /**
     * Signs in on the app's front door and then opens the client's card: a card's address asked for before signing in
     * is not kept through Keycloak's login.
     */
    private static void onTheCard(Browser browser, String username, Object client) {
        String app = system().url("web");
        browser.open(app + "/");
        browser.signIn(username, "demo", app);
        browser.waitForText(GREETING, "Hei,");
        browser.open(app + "/#/klient/" + client);
    }

    private static void moveTo(UUID client, String status) {
        as("specialist.bergen", "clients").body(Map.of("status", status)).post("/api/clients/{id}/status", client)
                .then().statusCode(200);
    }

    private static List<Long> longs(List<Object> values) {
        return values.stream().map(value -> value == null ? null : ((Number) value).longValue()).toList();
    }

    private static List<Object> numbers(Object values) {
        return ((List<?>) values).stream().map(value -> value == null ? null : (Object) ((Number) value).doubleValue())
                .toList();
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
