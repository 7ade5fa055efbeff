package no.ipsbridge.norwegianids;

import java.util.Optional;

/** A Norwegian organisasjonsnummer: 9 digits, the last a modulus-11 check digit (weights 3 2 7 6 5 4 3 2). */
public final class OrganisationNumber {

    private static final int[] WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};

    private OrganisationNumber() {
    }

    /** Why the value is not an organisation number, without echoing it; empty when it is one. */
    public static Optional<String> problemWith(String value) {
        if (!Mod11.digits(value, 9)) {
            return Optional.of("must be 9 digits");
        }
        return Mod11.checkDigit(value, WEIGHTS) == value.charAt(8) - '0' ? Optional.empty()
                : Optional.of("check digit does not match; not a valid organisasjonsnummer");
    }
}
