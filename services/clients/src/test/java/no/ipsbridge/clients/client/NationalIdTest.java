package no.ipsbridge.clients.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NationalIdTest {

    @Test
    void acceptsFodselsnummerDNummerAndSyntheticTestIdentities() {
        assertThat(NationalId.problemWith("12858810181")).as("Tenor synthetic, month + 80").isNull();
        assertThat(NationalId.problemWith("01010150074")).as("ordinary fødselsnummer, 1 January").isNull();
        assertThat(NationalId.problemWith("41010150068")).as("D-nummer, day + 40").isNull();
    }

    @Test
    void refusesWrongLengthWrongCheckDigitsAndImpossibleDates() {
        assertThat(NationalId.problemWith("1285881018")).isEqualTo("must be 11 digits");
        assertThat(NationalId.problemWith("1285881018a")).isEqualTo("must be 11 digits");
        assertThat(NationalId.problemWith("12858810182")).contains("check digits");
        assertThat(NationalId.problemWith("12858810171")).contains("check digits");
        assertThat(NationalId.problemWith("32010150026")).contains("date of birth");
    }
}
