package no.ipsbridge.specialists;

import static io.restassured.RestAssured.given;
import static no.ipsbridge.specialists.Fixtures.as;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import no.ipsbridge.testing.IpsInfrastructureResource;
import no.ipsbridge.testing.Tokens;

/** One specialist's entry on the roster is shown to the same people as the roster. */
@QuarkusTest
@QuarkusTestResource(value = IpsInfrastructureResource.class, initArgs = {
        @ResourceArg(name = "database", value = "specialists"), @ResourceArg(name = "keycloak", value = "true") })
class RosterTest {

    @Test
    void aSpecialistsEntryIsForTheUnitsSpecialistsLeadsAndManagersOnly() {
        String specialist = Fixtures.registered(Fixtures.SPECIALIST2_BERGEN);
        as("specialist.bergen").get("/api/specialists/{id}", specialist).then().statusCode(200)
                .body("workingFraction", equalTo(1.0f));
        as("lead.bergen").get("/api/specialists/{id}", specialist).then().statusCode(200);
        as("manager.bergen").get("/api/specialists/{id}", specialist).then().statusCode(200);
        for (String refused : new String[] {"counsellor.bergen", "clinician.bergen"}) {
            as(refused).get("/api/specialists/{id}", specialist).then().statusCode(403)
                    .contentType("application/problem+json");
            as(refused).get("/api/specialists").then().statusCode(403);
        }
        given().auth().oauth2(Tokens.client("partner-warehouse", "partner-warehouse-local-secret"))
                .get("/api/specialists/{id}", specialist).then().statusCode(403);
        given().auth().oauth2(Tokens.client("clinic-system-bergen", "clinic-system-bergen-local-secret"))
                .get("/api/specialists/{id}", specialist).then().statusCode(403);
        given().auth().oauth2(Tokens.client("clinic-system-bergen", "clinic-system-bergen-local-secret"))
                .get("/api/specialists").then().statusCode(403);
        as("manager.oslo").get("/api/specialists/{id}", specialist).then().statusCode(404);
    }
}
