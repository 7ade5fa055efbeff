package no.ipsbridge.norwegianids;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A person's 11-digit Norwegian identity number: six digits of a date of birth, three of an individual number, two
 * modulus-11 check digits (weights 3 7 6 1 8 9 4 5 2, then 5 4 3 2 7 6 5 4 3 2). The date tells the kinds apart:
 * a D-nummer adds 40 to the day, an H-nummer 40 to the month, and Skatteetaten's synthetic test identities (Tenor)
 * 80 to the month. The check digits announced for numbers issued from 2032 are not implemented; this class is where
 * they will go.
 */
public final class PersonalIdentityNumber {

    /** What kind of number it is, read from its date digits. */
    public enum Kind {
        /** Given at birth or immigration by the National Population Register. */
        FODSELSNUMMER,
        /** Given to a person with a temporary link to Norway; the day has 40 added. */
        D_NUMMER,
        /** A health trust's help number for a patient not yet identified; the month has 40 added. Not national. */
        H_NUMMER,
        /** A synthetic identity from Skatteetaten's Tenor test data; the month has 80 added. Never a real person. */
        SYNTHETIC
    }

    private static final int[] FIRST_WEIGHTS = {3, 7, 6, 1, 8, 9, 4, 5, 2};
    private static final int[] SECOND_WEIGHTS = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

    private PersonalIdentityNumber() {
    }

    /** Why the value is not an identity number of any kind, without echoing it; empty when it is one. */
    public static Optional<String> problemWith(String value) {
        if (!Mod11.digits(value, 11)) {
            return Optional.of("must be 11 digits");
        }
        if (!checkDigitsMatch(value)) {
            return Optional.of("check digits do not match; not a valid fødselsnummer or D-nummer");
        }
        int day = number(value, 0);
        int month = number(value, 2) % 40;
        try {
            // The century is not known from the digits alone for every range; a leap year admits 29 February.
            LocalDate.of(2000, month, day > 40 ? day - 40 : day);
        } catch (DateTimeException e) {
            return Optional.of("does not start with a valid date of birth");
        }
        return Optional.empty();
    }

    /** The kind of a valid number; empty for one that is not valid. */
    public static Optional<Kind> kindOf(String value) {
        if (problemWith(value).isPresent()) {
            return Optional.empty();
        }
        int month = number(value, 2);
        if (month > 80) {
            return Optional.of(Kind.SYNTHETIC);
        }
        if (month > 40) {
            return Optional.of(Kind.H_NUMMER);
        }
        return Optional.of(number(value, 0) > 40 ? Kind.D_NUMMER : Kind.FODSELSNUMMER);
    }

    /** The nine digits of date and individual number completed with their check digits; empty when none fit. */
    public static Optional<String> complete(String nineDigits) {
        if (!Mod11.digits(nineDigits, 9)) {
            throw new IllegalArgumentException("needs 9 digits");
        }
        int first = Mod11.checkDigit(nineDigits, FIRST_WEIGHTS);
        if (first == 10) {
            return Optional.empty();
        }
        int second = Mod11.checkDigit(nineDigits + first, SECOND_WEIGHTS);
        return second == 10 ? Optional.empty() : Optional.of(nineDigits + first + second);
    }

    private static boolean checkDigitsMatch(String value) {
        return Mod11.checkDigit(value, FIRST_WEIGHTS) == value.charAt(9) - '0'
                && Mod11.checkDigit(value, SECOND_WEIGHTS) == value.charAt(10) - '0';
    }

    private static int number(String value, int at) {
        return (value.charAt(at) - '0') * 10 + value.charAt(at + 1) - '0';
    }
}
