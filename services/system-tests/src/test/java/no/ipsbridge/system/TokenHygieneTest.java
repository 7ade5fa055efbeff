package no.ipsbridge.system;

import static no.ipsbridge.system.SystemUnderTest.PARTNER;
import static no.ipsbridge.system.SystemUnderTest.PARTNER_SECRET;
import static no.ipsbridge.system.SystemUnderTest.anonymous;
import static no.ipsbridge.system.SystemUnderTest.as;
import static no.ipsbridge.system.SystemUnderTest.asClient;
import static no.ipsbridge.system.SystemUnderTest.system;
import static no.ipsbridge.system.SystemUnderTest.tokens;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import no.ipsbridge.testing.KeycloakTokens;

/** Only a live token of the ips realm, signed by its Keycloak, opens an API; a partner's never opens person data. */
@ExtendWith(SystemUnderTest.class)
class TokenHygieneTest {

    /** A protected endpoint of every service, and a demo user it answers 200 for. */
    private static final Map<String, String[]> ENDPOINTS = Map.of(
            "clients", new String[] {"/api/clients", "clinician.bergen"},
            "specialists", new String[] {"/api/me/caseload", "specialist.bergen"},
            "placements", new String[] {"/api/employers?name=bakeri", "specialist.bergen"},
            "teams", new String[] {"/api/teams", "lead.bergen"},
            "reporting", new String[] {"/api/units/helse-bergen/outcomes", "lead.bergen"});

    @Test
    void withoutATokenEveryServiceAnswers401() {
        ENDPOINTS.forEach((service, endpoint) -> unauthenticated(anonymous(service).get(endpoint[0])));
    }

    @Test
    void aTamperedTokenIsRefused() {
        ENDPOINTS.forEach((service, endpoint) -> {
            String token = tokens().user(endpoint[1]);
            withToken(service, token).get(endpoint[0]).then().statusCode(200);
            unauthenticated(withToken(service, withBrokenSignature(token)).get(endpoint[0]));
            unauthenticated(withToken(service, withClaimsChanged(token)).get(endpoint[0]));
        });
    }

    @Test
    void aTokenOfAnotherRealmIsRefused() {
        String masterAdmin = new KeycloakTokens(system().keycloak().url() + "/realms/master").request(Map.of(
                "grant_type", "password", "client_id", "admin-cli", "username", "admin", "password", "admin"));
        ENDPOINTS.forEach((service, endpoint) -> unauthenticated(withToken(service, masterAdmin).get(endpoint[0])));
    }

    @Test
    void anExpiredTokenIsRefused() {
        String shortLived = shortLivedToken("specialist.bergen");
        withToken("specialists", shortLived).get("/api/me/caseload").then().statusCode(200);
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() ->
                unauthenticated(withToken("specialists", shortLived).get("/api/me/caseload")));
        as("specialist.bergen", "specialists").get("/api/me/caseload").then().statusCode(200);
    }

    @Test
    void aPartnersTokenOpensNoPersonLevelEndpoint() {
        UUID client = Journeys.referredClient();
        asClient(PARTNER, PARTNER_SECRET, "clients").get("/api/clients").then().statusCode(403);
        asClient(PARTNER, PARTNER_SECRET, "clients").get("/api/clients/{id}", client).then().statusCode(403);
        asClient(PARTNER, PARTNER_SECRET, "clients").get("/api/clients/{id}", UUID.randomUUID()).then()
                .statusCode(403);
        asClient(PARTNER, PARTNER_SECRET, "clients").get("/api/clients/{id}/career-profile", client).then()
                .statusCode(403);
        asClient(PARTNER, PARTNER_SECRET, "placements").get("/api/clients/{id}/placements", client).then()
                .statusCode(403);
        asClient(PARTNER, PARTNER_SECRET, "specialists")
                .get("/api/specialists/{id}/caseload", Journeys.SPECIALIST_BERGEN).then().statusCode(403);
        asClient(PARTNER, PARTNER_SECRET, "reporting").get("/api/units/helse-bergen/outcomes").then()
                .statusCode(403).body("status", equalTo(403));
    }

    /** Refused as unauthenticated, with a problem+json body like every other refusal. */
    private static ValidatableResponse unauthenticated(Response response) {
        return response.then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", equalTo("https://ipsbridge.no/problems/unauthorized")).body("status", equalTo(401));
    }

    private static io.restassured.specification.RequestSpecification withToken(String service, String token) {
        return RestAssured.given().baseUri(system().url(service)).auth().oauth2(token);
    }

    /** The same header and claims, with the signature's last bytes changed. */
    private static String withBrokenSignature(String token) {
        int dot = token.lastIndexOf('.');
        String signature = token.substring(dot + 1);
        char last = signature.charAt(signature.length() - 8);
        char other = last == 'A' ? 'B' : 'A';
        return token.substring(0, dot + 1) + signature.substring(0, signature.length() - 8) + other
                + signature.substring(signature.length() - 7);
    }

    /** The claims rewritten to grant another role, under the original signature. */
    private static String withClaimsChanged(String token) {
        String[] parts = token.split("\\.");
        String original = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String claims = original.replace("\"roles\":[", "\"roles\":[\"ips-manager\",");
        assertThat(claims).isNotEqualTo(original);
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }

    /**
     * A real token of the ips realm that expires 5 seconds after it is issued: from a public client made for this
     * test through Keycloak's admin API, so the realm file holds no test-only client.
     */
    private static String shortLivedToken(String username) {
        String admin = new KeycloakTokens(system().keycloak().url() + "/realms/master").request(Map.of(
                "grant_type", "password", "client_id", "admin-cli", "username", "admin", "password", "admin"));
        // The agency and org claims come from ips-cli's mappers, copied over.
        List<Map<String, Object>> mappers = RestAssured.given().baseUri(system().keycloak().url()).auth().oauth2(admin)
                .queryParam("clientId", "ips-cli").get("/admin/realms/ips/clients").then().statusCode(200)
                .extract().jsonPath().getList("[0].protocolMappers");
        mappers.forEach(mapper -> mapper.remove("id"));
        RestAssured.given().baseUri(system().keycloak().url()).auth().oauth2(admin).contentType("application/json")
                .body(Map.of("clientId", "short-lived-cli", "publicClient", true, "directAccessGrantsEnabled", true,
                        "standardFlowEnabled", false, "attributes", Map.of("access.token.lifespan", "5"),
                        "protocolMappers", mappers))
                .post("/admin/realms/ips/clients").then().statusCode(201);
        return tokens().request(Map.of("grant_type", "password", "client_id", "short-lived-cli",
                "username", username, "password", KeycloakTokens.DEMO_PASSWORD));
    }
}
