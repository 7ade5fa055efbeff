package no.ipsbridge.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import no.ipsbridge.infra.KeycloakServer;

/**
 * The demo caseload, loaded through the public APIs as the demo users would enter it. Every request carries a
 * fixed Idempotency-Key, so loading it again into the same state changes nothing. The identity numbers are
 * synthetic (Tenor's month + 80), never a real person's.
 */
final class DemoData {

    /** nationalId, given name, family name, how far along the IPS path, consent to share with NAV. */
    private record Person(String nationalId, String givenName, String familyName, String path, boolean navConsent) {
    }

    private static final List<Person> BERGEN = List.of(
            new Person("12858810181", "Ingrid", "Haugen", "REFERRED", false),
            new Person("03919510012", "Jonas", "Berg", "ENROLLED", true),
            new Person("21870110070", "Sara", "Lie", "JOB_SEARCH", true),
            new Person("07829910084", "Ahmed", "Hassan", "EMPLOYED", false),
            new Person("15900310096", "Marte", "Dahl", "FOLLOW_ALONG", true),
            new Person("28849210019", "Ole", "Nilsen", "JOB_SEARCH", false));
    private static final Person OSLO = new Person("09899710050", "Emma", "Strand", "REFERRED", false);

    private final KeycloakServer keycloak;
    private final List<LocalService> services;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, String> tokens = new HashMap<>();

    DemoData(KeycloakServer keycloak, List<LocalService> services) {
        this.keycloak = keycloak;
        this.services = services;
    }

    void load(BiConsumer<String, Object[]> progress) throws IOException, InterruptedException {
        LocalService clients = services.stream().filter(s -> s.name().equals("clients")).findFirst().orElse(null);
        if (clients == null) {
            return;
        }
        for (Person person : BERGEN) {
            loadPerson(clients.url(), "clinician.bergen", "nav-bergen", person);
        }
        loadPerson(clients.url(), "clinician.oslo", "nav-oslo", OSLO);
        progress.accept("Demo data loaded: %d clients in Bergen, 1 in Oslo", new Object[] {BERGEN.size()});
    }

    private void loadPerson(String base, String clinician, String navOffice, Person person)
            throws IOException, InterruptedException {
        String key = "demo-" + person.nationalId();
        JsonNode client = post(base + "/api/referrals", clinician, key + "-referral", Map.of(
                "nationalId", person.nationalId(), "givenName", person.givenName(), "familyName", person.familyName(),
                "navOffice", navOffice, "workingAtReferral", false,
                "note", "Demo client; wants ordinary paid work."));
        String id = client.get("id").asText();
        List<String> path = List.of("ENROLLED", "JOB_SEARCH", "EMPLOYED", "FOLLOW_ALONG");
        int steps = path.indexOf(person.path()) + 1;
        for (int step = 0; step < steps; step++) {
            String status = path.get(step);
            if (status.equals("ENROLLED")) {
                post(base + "/api/clients/" + id + "/enrolment", "specialist.bergen", key + "-enrol", Map.of());
            } else {
                post(base + "/api/clients/" + id + "/status", "specialist.bergen", key + "-" + status,
                        Map.of("status", status));
            }
        }
        if (person.navConsent()) {
            post(base + "/api/clients/" + id + "/consents", clinician, key + "-consent",
                    Map.of("direction", "HEALTH_TO_NAV"));
        }
    }

    private JsonNode post(String url, String user, String idempotencyKey, Map<String, Object> body)
            throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token(user))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException("Demo data: " + url + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return json.readTree(response.body());
    }

    private String token(String user) throws IOException, InterruptedException {
        if (!tokens.containsKey(user)) {
            String form = "grant_type=password&client_id=ips-cli&username=" + URLEncoder.encode(user,
                    StandardCharsets.UTF_8) + "&password=demo";
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(keycloak.issuer()
                    + "/protocol/openid-connect/token")).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            tokens.put(user, json.readTree(response.body()).get("access_token").asText());
        }
        return tokens.get(user);
    }
}
