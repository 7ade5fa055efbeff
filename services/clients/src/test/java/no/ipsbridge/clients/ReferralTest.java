package no.ipsbridge.clients;

import static io.restassured.RestAssured.given;
import static no.ipsbridge.clients.Api.as;
import static no.ipsbridge.clients.Api.referral;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import no.ipsbridge.clients.client.Client;
import no.ipsbridge.events.Topics;
import no.ipsbridge.norwegianids.SyntheticIdentityNumbers;
import no.ipsbridge.testing.IpsInfrastructureResource;
import no.ipsbridge.testing.SharedInfrastructure;
import no.ipsbridge.testing.TopicReader;

@QuarkusTest
@QuarkusTestResource(value = IpsInfrastructureResource.class, initArgs = {
        @ResourceArg(name = "database", value = "clients"), @ResourceArg(name = "keycloak", value = "true") })
class ReferralTest {

    @Test
    void aClinicianRefersAPersonAndTheReferralIsPublishedWithoutTheirIdentity() {
        String nationalId = SyntheticIdentityNumbers.random();
        String id = as("clinician.bergen").body(referral(nationalId)).post("/api/referrals")
                .then().statusCode(201)
                .header("Location", containsString("/api/clients/"))
                .header("ETag", notNullValue())
                .body("status", equalTo("REFERRED"))
                .body("healthTrust", equalTo("helse-bergen"))
                .body("nationalId", equalTo(nationalId))
                .extract().path("id");

        as("clinician.bergen").get("/api/clients/{id}", id).then().statusCode(200)
                .body("givenName", equalTo("Test")).body("note", equalTo("Wants outdoor work"));

        var record = TopicReader.await(Topics.CLIENTS, r -> id.equals(r.key()), 1, Duration.ofSeconds(30)).getFirst();
        assertThat(TopicReader.header(record, "ce_type")).isEqualTo("no.ipsbridge.client.referred.v1");
        assertThat(TopicReader.header(record, "ce_subject")).isEqualTo(id);
        String data = new String(record.value());
        assertThat(data).doesNotContain(nationalId, "Test", "Person", "outdoor");
    }

    @Test
    void aClinicSystemRefersWithClientCredentials() {
        Api.asClinicSystem().body(referral(SyntheticIdentityNumbers.random())).post("/api/referrals")
                .then().statusCode(201).body("healthTrust", equalTo("helse-bergen"));
    }

    @Test
    void anInvalidNationalIdIsRefusedNamingTheFieldAndNothingIsWritten() {
        long before = Client.count();
        as("clinician.bergen").body(referral("12858810182")).post("/api/referrals")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://ipsbridge.no/problems/invalid-input"))
                .body("errors.field", hasItem("nationalId"));
        as("clinician.bergen").body(referral("1389619986")).post("/api/referrals")
                .then().statusCode(400).body("errors.field", hasItem("nationalId"));
        assertThat(Client.count()).isEqualTo(before);
    }

    @Test
    void anHNummerIsRefusedWithWhatToReferWithInstead() {
        long before = Client.count();
        as("clinician.bergen").body(referral("01510150186")).post("/api/referrals")
                .then().statusCode(400)
                .body("errors.field", hasItem("nationalId"))
                .body("errors.message", hasItem(containsString("H-nummer")))
                .body("errors.message", hasItem(containsString("fødselsnummer or D-nummer")));
        assertThat(Client.count()).isEqualTo(before);
    }

    @Test
    void missingAndMalformedFieldsAreNamed() {
        Map<String, Object> body = new HashMap<>(referral(SyntheticIdentityNumbers.random()));
        body.remove("givenName");
        body.put("email", "not-an-address");
        as("clinician.bergen").body(body).post("/api/referrals").then().statusCode(400)
                .body("errors.field", hasItem("givenName")).body("errors.field", hasItem("email"));

        Map<String, Object> wrongType = new HashMap<>(referral(SyntheticIdentityNumbers.random()));
        wrongType.put("variant", "SOMETHING_ELSE");
        as("clinician.bergen").body(wrongType).post("/api/referrals").then().statusCode(400)
                .body("errors.field", hasItem("variant"));

        as("clinician.bergen").body("{not json").post("/api/referrals").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void textWithAControlCharacterOrAHalfSurrogateIsRefusedNamingTheFieldAndNothingIsWritten() {
        long before = Client.count();
        String nul = "{\"nationalId\":\"" + SyntheticIdentityNumbers.random() + "\",\"givenName\":\"Per\\u0000\","
                + "\"familyName\":\"Hansen\",\"navOffice\":\"nav-bergen\",\"workingAtReferral\":false}";
        as("clinician.bergen").body(nul).post("/api/referrals").then().statusCode(400)
                .body("errors[0].field", equalTo("givenName"))
                .body("errors[0].message", equalTo("must not hold control characters or unpaired surrogates"));
        String halfSurrogate = nul.replace("Per\\u0000", "Per\\ud800");
        as("clinician.bergen").body(halfSurrogate).post("/api/referrals").then().statusCode(400)
                .body("errors[0].field", equalTo("givenName"));
        as("clinician.bergen").body(nul.replace("Per\\u0000", "Pe\\ud83d\\ude00r")).post("/api/referrals").then()
                .statusCode(201);
        as("clinician.bergen").queryParam("status", "REFERRED\u0000").get("/api/clients").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        as("clinician.bergen").get("/api/clients/{id}", "abc\u0000").then().statusCode(400)
                .body("errors[0].field", equalTo("id"));
        assertThat(Client.count()).isEqualTo(before + 1);
    }

    @Test
    void theListNarrowedToSomeIdsShowsThoseTheCallerMaySeeAndNoOthers() {
        UUID first = Api.referNew();
        UUID second = Api.referNew();
        Api.referNew();
        UUID neverIssued = UUID.randomUUID();
        assertThat(as("clinician.bergen").queryParam("id", first, second, neverIssued).queryParam("limit", 200)
                .get("/api/clients").then().statusCode(200).extract().jsonPath().getList("items.id", String.class))
                .containsExactlyInAnyOrder(first.toString(), second.toString());
        assertThat(as("clinician.oslo").queryParam("id", first).get("/api/clients").then().statusCode(200)
                .extract().jsonPath().getList("items")).as("another trust's clinician sees none of them").isEmpty();
        as("clinician.bergen").queryParam("id", "not-a-uuid").get("/api/clients").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("id"));
        as("clinician.bergen").queryParam("id", IntStream.range(0, 51)
                .mapToObj(i -> UUID.randomUUID()).toList()).get("/api/clients").then().statusCode(400)
                .body("errors[0].field", equalTo("id"));
    }

    @Test
    void aQueryValueThatCannotBeReadIsA400NamingTheParameter() {
        as("clinician.bergen").queryParam("status", "AAA").get("/api/clients").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("status"));
        as("clinician.bergen").queryParam("limit", "many").get("/api/clients").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        as("clinician.bergen").queryParam("status", "REFERRED").get("/api/clients").then().statusCode(200);
    }

    @Test
    void aFieldTheReferralDoesNotDefineIsRefusedNamingItAndNothingIsWritten() {
        long before = Client.count();
        Map<String, Object> body = new HashMap<>(referral(SyntheticIdentityNumbers.random()));
        body.put("diagnosis", "F20");
        as("clinician.bergen").body(body).post("/api/referrals").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://ipsbridge.no/problems/invalid-input"))
                .body("errors[0].field", equalTo("diagnosis"))
                .body("errors[0].message", equalTo("is not a field of this request"));
        assertThat(Client.count()).isEqualTo(before);
    }

    @Test
    void aPersonWhoIsAlreadyActiveGets409WithALinkToTheirRecord() {
        String nationalId = SyntheticIdentityNumbers.random();
        String first = as("clinician.bergen").body(referral(nationalId)).post("/api/referrals")
                .then().statusCode(201).extract().path("id");
        as("clinician.bergen").body(referral(nationalId)).post("/api/referrals")
                .then().statusCode(409)
                .body("type", equalTo("https://ipsbridge.no/problems/already-referred"))
                .body("existing", equalTo("/api/clients/" + first));
    }

    @Test
    void aRetriedReferralWithTheSameKeyAnswersTheSameAndPublishesOnce() {
        Map<String, Object> body = referral(SyntheticIdentityNumbers.random());
        String key = UUID.randomUUID().toString();
        String id = as("clinician.bergen").header("Idempotency-Key", key).body(body).post("/api/referrals")
                .then().statusCode(201).extract().path("id");
        as("clinician.bergen").header("Idempotency-Key", key).body(body).post("/api/referrals")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(id));

        as("clinician.bergen").header("Idempotency-Key", key).body(referral(SyntheticIdentityNumbers.random()))
                .post("/api/referrals").then().statusCode(422)
                .body("type", equalTo("https://ipsbridge.no/problems/idempotency-key-reused"));

        // A later event for the same client proves the relay got past any second referral of it.
        Api.as("specialist.bergen").body(Map.of()).post("/api/clients/{id}/enrolment", id).then().statusCode(200);
        var events = TopicReader.await(Topics.CLIENTS, r -> id.equals(r.key()), 2, Duration.ofSeconds(30));
        assertThat(events).extracting(r -> TopicReader.header(r, "ce_type"))
                .containsExactly("no.ipsbridge.client.referred.v1", "no.ipsbridge.client.enrolled.v1");
    }

    @Test
    void onlyHealthTrustsRefer() {
        as("counsellor.bergen").body(referral(SyntheticIdentityNumbers.random())).post("/api/referrals")
                .then().statusCode(403).contentType("application/problem+json");
        as("specialist.bergen").body(referral(SyntheticIdentityNumbers.random())).post("/api/referrals")
                .then().statusCode(403);
        given().contentType("application/json").body(referral(SyntheticIdentityNumbers.random())).post("/api/referrals")
                .then().statusCode(401);
    }

    @Test
    void referralsAreAcceptedWhileKafkaIsDownAndPublishedWhenItReturns() {
        assumeTrue(SharedInfrastructure.faultsCanBeInjected(), "stops the broker: embedded servers only");
        SharedInfrastructure.kafka().close();
        String id;
        try {
            id = as("clinician.bergen").body(referral(SyntheticIdentityNumbers.random())).post("/api/referrals")
                    .then().statusCode(201).extract().path("id");
        } finally {
            SharedInfrastructure.kafka().start();
        }
        TopicReader.await(Topics.CLIENTS, r -> id.equals(r.key()), 1, Duration.ofSeconds(60));
    }
}
