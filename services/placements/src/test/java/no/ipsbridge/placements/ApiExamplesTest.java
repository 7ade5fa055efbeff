package no.ipsbridge.placements;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import no.ipsbridge.testing.ApiExamplesCheck;
import no.ipsbridge.testing.IpsInfrastructureResource;

@QuarkusTest
@QuarkusTestResource(value = IpsInfrastructureResource.class, initArgs = {
        @ResourceArg(name = "database", value = "placements"), @ResourceArg(name = "keycloak", value = "true") })
class ApiExamplesTest extends ApiExamplesCheck {
}
