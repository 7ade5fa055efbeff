package no.ipsbridge.placements.employer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrganisationNumberTest {

    @Test
    void acceptsAValidNumberAndRefusesWrongLengthOrCheckDigit() {
        assertThat(OrganisationNumber.problemWith("923456783")).isNull();
        assertThat(OrganisationNumber.problemWith("974760673")).as("Bergen kommune").isNull();
        assertThat(OrganisationNumber.problemWith("923456784")).contains("check digit");
        assertThat(OrganisationNumber.problemWith("91234567" + "0")).contains("check digit");
        assertThat(OrganisationNumber.problemWith("12345678")).isEqualTo("must be 9 digits");
        assertThat(OrganisationNumber.problemWith("92345678X")).isEqualTo("must be 9 digits");
    }
}
