package no.ipsbridge.clients;

import static no.ipsbridge.clients.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import no.ipsbridge.events.EventSchemas;
import no.ipsbridge.events.Topics;
import no.ipsbridge.events.protection.ProtectionChanged;
import no.ipsbridge.norwegianids.SyntheticIdentityNumbers;
import no.ipsbridge.testing.IpsInfrastructureResource;
import no.ipsbridge.testing.TopicReader;

/** Protection marks on the client record: who they hide the client or its contact data from, and what they publish. */
@QuarkusTest
@QuarkusTestResource(value = IpsInfrastructureResource.class, initArgs = {
        @ResourceArg(name = "database", value = "clients"), @ResourceArg(name = "keycloak", value = "true") })
class ProtectionTest {

    private static final String COUNSELLOR2_BERGEN = "5f0c1a2e-000a-4c3a-9a10-00000000000a";
    private static final String EMAIL = "skjult@example.invalid";

    @Test
    void aProtectedAddressMarkedAtReferralHidesTheEmailFromNavButNotFromTheSpecialistOrTheTrust() {
        Map<String, Object> referral = new HashMap<>(Api.referral(SyntheticIdentityNumbers.random()));
        referral.put("email", EMAIL);
        referral.put("protection", Map.of("addressProtection", "STRENGT_FORTROLIG", "shielded", false));
        String id = as("clinician.bergen").body(referral).post("/api/referrals").then().statusCode(201)
                .body("email", equalTo(EMAIL)).body("addressProtection", equalTo("STRENGT_FORTROLIG"))
                .extract().path("id");
        UUID client = UUID.fromString(id);
        as("specialist.bergen").body(Map.of()).post("/api/clients/{id}/enrolment", client).then().statusCode(200)
                .body("email", equalTo(EMAIL));
        consentToNav(client);

        String counsellorsView = as("counsellor.bergen").get("/api/clients/{id}", client).then().statusCode(200)
                .body("contactDetailsWithheld", equalTo(true)).extract().asString();
        assertThat(counsellorsView).doesNotContain(EMAIL);
        assertThat(as("counsellor.bergen").get("/api/clients?limit=200").then().statusCode(200).extract().asString())
                .doesNotContain(EMAIL);
        as("clinician.bergen").get("/api/clients/{id}", client).then().statusCode(200).body("email", equalTo(EMAIL));

        var published = TopicReader.await(Topics.PROTECTION, r -> id.equals(r.key()), 1, Duration.ofSeconds(30));
        ConsumerRecord<String, byte[]> event = published.getFirst();
        assertThat(TopicReader.header(event, "ce_type")).isEqualTo("no.ipsbridge.client.protection-changed.v1");
        assertThat(EventSchemas.violations(ProtectionChanged.class, event.value())).isEmpty();
        assertThat(new String(event.value())).contains("\"addressProtection\":\"STRENGT_FORTROLIG\"")
                .doesNotContain(EMAIL).doesNotContain("Person");
    }

    @Test
    void aShieldedClientIsSeenInNavOnlyByTheAssignedCounsellor() {
        UUID client = Api.enrolledNew();
        consentToNav(client);
        as("counsellor.bergen").get("/api/clients/{id}", client).then().statusCode(200);

        as("counsellor.bergen").body(shielded()).put("/api/clients/{id}/protection", client).then().statusCode(403);
        as("specialist.bergen").body(shielded()).put("/api/clients/{id}/protection", client).then().statusCode(200)
                .body("shielded", equalTo(true)).body("navCounsellorId", equalTo(COUNSELLOR2_BERGEN));

        as("counsellor.bergen").get("/api/clients/{id}", client).then().statusCode(404);
        as("counsellor.bergen").get("/api/clients/{id}/consents", client).then().statusCode(404);
        assertThat(as("counsellor.bergen").get("/api/clients?limit=200").then().extract().jsonPath()
                .getList("items.id", String.class)).doesNotContain(client.toString());
        as("counsellor2.bergen").get("/api/clients/{id}", client).then().statusCode(200);
        as("counsellor2.bergen").get("/api/clients?limit=200").then().body("items.id", hasItem(client.toString()));
        as("specialist2.bergen").get("/api/clients/{id}", client).then().statusCode(404);
        as("clinician.bergen").get("/api/clients/{id}/protection", client).then().statusCode(200)
                .body("shielded", equalTo(true));
    }

    @Test
    void badMarksAreRefusedNamingTheFieldAndChangeNothing() {
        UUID client = Api.enrolledNew();
        as("specialist.bergen").body(Map.of("addressProtection", "NONE", "shielded", false, "navCounsellorId",
                COUNSELLOR2_BERGEN)).put("/api/clients/{id}/protection", client).then().statusCode(400)
                .body("errors.field", hasItem("navCounsellorId"));
        as("specialist.bergen").body(Map.of("addressProtection", "NONE")).put("/api/clients/{id}/protection", client)
                .then().statusCode(400).body("errors.field", hasItem("shielded"));
        as("specialist.bergen").body(Map.of("addressProtection", "KODE_6", "shielded", false))
                .put("/api/clients/{id}/protection", client).then().statusCode(400);
        as("specialist.bergen").get("/api/clients/{id}/protection", client).then().statusCode(200)
                .body("addressProtection", equalTo("NONE")).body("shielded", equalTo(false));

        // Refused in a referral too, and nothing of the referral stays: the person can be referred right after.
        Map<String, Object> referral = new HashMap<>(Api.referral(SyntheticIdentityNumbers.random()));
        referral.put("protection", Map.of("addressProtection", "NONE", "shielded", false, "navCounsellorId",
                COUNSELLOR2_BERGEN));
        as("clinician.bergen").body(referral).post("/api/referrals").then().statusCode(400)
                .body("errors.field", hasItem("navCounsellorId"));
        referral.remove("protection");
        as("clinician.bergen").body(referral).post("/api/referrals").then().statusCode(201);
    }

    private static Map<String, Object> shielded() {
        return Map.of("addressProtection", "NONE", "shielded", true, "navCounsellorId", COUNSELLOR2_BERGEN);
    }

    private static void consentToNav(UUID client) {
        as("clinician.bergen").body(Map.of("direction", "HEALTH_TO_NAV")).post("/api/clients/{id}/consents", client)
                .then().statusCode(201);
    }
}
