package no.ipsbridge.testing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.validation.Validator;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The test every service with API examples runs: extend it in the service's root package as a {@code @QuarkusTest},
 * so the examples are read by the service's own mapper and validator ({@link ApiExamples}).
 */
public abstract class ApiExamplesCheck {

    @Inject
    ObjectMapper mapper;
    @Inject
    Validator validator;

    @Test
    void everyExampleInTheApiDocumentIsARequestTheServiceAcceptsOrAnAnswerItGives() {
        var checked = new ApiExamples(mapper, validator).check(getClass().getPackageName());

        assertThat(checked).as("examples found").hasSizeGreaterThan(3);
        assertThat(checked).filteredOn(example -> example.problem() != null).isEmpty();
    }
}
