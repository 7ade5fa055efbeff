package no.ipsbridge.clients;

import static no.ipsbridge.clients.Api.as;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import no.ipsbridge.events.IpsCalendar;
import no.ipsbridge.events.teams.ClinicianJoined;
import no.ipsbridge.events.teams.ClinicianLeft;
import no.ipsbridge.norwegianids.SyntheticIdentityNumbers;
import no.ipsbridge.testing.EventPublisher;
import no.ipsbridge.testing.IpsInfrastructureResource;

/** A clinician sees the clients their treatment teams referred, as the teams service says who is in which team. */
@QuarkusTest
@QuarkusTestResource(value = IpsInfrastructureResource.class, initArgs = {
        @ResourceArg(name = "database", value = "clients"), @ResourceArg(name = "keycloak", value = "true") })
class TreatmentTeamAccessTest {

    private static final String CLINICIAN_BERGEN = "5f0c1a2e-0003-4c3a-9a10-000000000003";

    @Test
    void aClinicianSeesATeamsClientWhileInTheTeam() {
        UUID team = UUID.randomUUID();
        Map<String, Object> referral = new HashMap<>(Api.referral(SyntheticIdentityNumbers.random()));
        referral.put("treatmentTeamId", team);
        String client = Api.asClinicSystem().body(referral).post("/api/referrals").then().statusCode(201).extract()
                .path("id");
        as("clinician.bergen").get("/api/clients/{id}", client).then().statusCode(404);
        as("lead.bergen").get("/api/clients/{id}", client).then().statusCode(200);

        EventPublisher.publish("/ips-bridge/teams", new ClinicianJoined(team, CLINICIAN_BERGEN, IpsCalendar.today()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("clinician.bergen")
                .get("/api/clients/{id}", client).then().statusCode(200));

        EventPublisher.publish("/ips-bridge/teams", new ClinicianLeft(team, CLINICIAN_BERGEN, IpsCalendar.today()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("clinician.bergen")
                .get("/api/clients/{id}", client).then().statusCode(404));
    }
}
