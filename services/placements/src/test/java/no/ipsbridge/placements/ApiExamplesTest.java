package no.ipsbridge.placements;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.validation.Validator;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import no.ipsbridge.testing.ApiExamples;
import no.ipsbridge.testing.IpsInfrastructureResource;

@QuarkusTest
@QuarkusTestResource(value = IpsInfrastructureResource.class, initArgs = {
        @ResourceArg(name = "database", value = "placements"), @ResourceArg(name = "keycloak", value = "true") })
class ApiExamplesTest {

    @Inject
    ObjectMapper mapper;
    @Inject
    Validator validator;

    @Test
    void everyExampleInTheApiDocumentIsARequestTheServiceAcceptsOrAnAnswerItGives() {
        var checked = new ApiExamples(mapper, validator).check("no.ipsbridge.placements");

        assertThat(checked).as("examples found").hasSizeGreaterThan(3);
        assertThat(checked).filteredOn(example -> example.problem() != null).isEmpty();
    }
}
