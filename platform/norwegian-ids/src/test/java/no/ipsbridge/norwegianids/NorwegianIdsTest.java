package no.ipsbridge.norwegianids;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import no.ipsbridge.norwegianids.PersonalIdentityNumber.Kind;

class NorwegianIdsTest {

    @Test
    void tellsTheKindsOfPersonalNumberApart() {
        assertThat(PersonalIdentityNumber.kindOf("31129956715")).as("the worked example of the published algorithm")
                .contains(Kind.FODSELSNUMMER);
        assertThat(PersonalIdentityNumber.kindOf("01010150074")).as("1 January").contains(Kind.FODSELSNUMMER);
        assertThat(PersonalIdentityNumber.kindOf("01120150002")).as("1 December").contains(Kind.FODSELSNUMMER);
        assertThat(PersonalIdentityNumber.kindOf("41010150068")).as("day + 40").contains(Kind.D_NUMMER);
        assertThat(PersonalIdentityNumber.kindOf("01510150186")).as("month + 40").contains(Kind.H_NUMMER);
        assertThat(PersonalIdentityNumber.kindOf("12858810181")).as("Tenor, month + 80").contains(Kind.SYNTHETIC);
    }

    @Test
    void refusesWrongLengthWrongCheckDigitsAndImpossibleDatesWithoutEchoingTheNumber() {
        assertThat(PersonalIdentityNumber.problemWith("1285881018")).contains("must be 11 digits");
        assertThat(PersonalIdentityNumber.problemWith("1285881018a")).contains("must be 11 digits");
        assertThat(PersonalIdentityNumber.problemWith(null)).contains("must be 11 digits");
        assertThat(PersonalIdentityNumber.problemWith("٣١١٢٩٩٥٦٧١٥")).as("Arabic-Indic digits")
                .contains("must be 11 digits");
        assertThat(PersonalIdentityNumber.problemWith("31129956716")).get().asString().contains("check digits")
                .doesNotContain("3112995671");
        assertThat(PersonalIdentityNumber.problemWith("12858810171")).get().asString().contains("check digits");
        assertThat(PersonalIdentityNumber.problemWith("30020150048")).as("30 February")
                .contains("does not start with a valid date of birth");
        assertThat(PersonalIdentityNumber.kindOf("31129956716")).isEmpty();
    }

    @Test
    void completesNineDigitsOnlyWhereBothCheckDigitsFit() {
        assertThat(PersonalIdentityNumber.complete("311299567")).contains("31129956715");
        assertThat(PersonalIdentityNumber.complete("015101500")).as("first check digit would be 10").isEmpty();
    }

    @Test
    void checksOrganisationNumbers() {
        assertThat(OrganisationNumber.problemWith("974760673")).as("Bergen kommune").isEmpty();
        assertThat(OrganisationNumber.problemWith("923456783")).isEmpty();
        assertThat(OrganisationNumber.problemWith("923456784")).get().asString().contains("check digit");
        assertThat(OrganisationNumber.problemWith("912345670")).get().asString().contains("check digit");
        assertThat(OrganisationNumber.problemWith("12345678")).contains("must be 9 digits");
        assertThat(OrganisationNumber.problemWith("92345678X")).contains("must be 9 digits");
    }

    @Test
    void syntheticNumbersAreValidTenorNumbersAndTheDemoSequenceIsStable() {
        var first = SyntheticIdentityNumbers.first(1000);
        assertThat(first).hasSize(1000).doesNotHaveDuplicates()
                .allSatisfy(n -> assertThat(PersonalIdentityNumber.kindOf(n)).contains(Kind.SYNTHETIC));
        assertThat(SyntheticIdentityNumbers.first(3)).isEqualTo(first.subList(0, 3));
        assertThat(PersonalIdentityNumber.kindOf(SyntheticIdentityNumbers.random())).contains(Kind.SYNTHETIC);
    }
}
