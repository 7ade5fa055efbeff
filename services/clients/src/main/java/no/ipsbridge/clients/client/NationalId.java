package no.ipsbridge.clients.client;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Norwegian fødselsnummer and D-nummer: 11 digits, a date of birth (day + 40 for a D-nummer; month + 80 for the
 * synthetic test identities of Skatteetaten's Tenor, which the demo data uses), and two mod-11 check digits.
 */
public final class NationalId {

    private static final int[] FIRST_WEIGHTS = {3, 7, 6, 1, 8, 9, 4, 5, 2};
    private static final int[] SECOND_WEIGHTS = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

    private NationalId() {
    }

    /** Null when valid, otherwise what is wrong (never echoing the number). */
    public static String problemWith(String value) {
        if (value == null || !value.matches("\\d{11}")) {
            return "must be 11 digits";
        }
        int[] digits = value.chars().map(c -> c - '0').toArray();
        if (checkDigit(digits, FIRST_WEIGHTS) != digits[9] || checkDigit(digits, SECOND_WEIGHTS) != digits[10]) {
            return "check digits do not match; not a valid fødselsnummer or D-nummer";
        }
        int day = digits[0] * 10 + digits[1];
        int month = digits[2] * 10 + digits[3];
        if (day > 40) {
            day -= 40;
        }
        if (month > 80) {
            month -= 80;
        }
        try {
            // The century is not known from the digits alone for every range; a leap year admits 29 February.
            LocalDate.of(2000, month, day);
        } catch (DateTimeException e) {
            return "does not start with a valid date of birth";
        }
        return null;
    }

    public static boolean isValid(String value) {
        return problemWith(value) == null;
    }

    private static int checkDigit(int[] digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += digits[i] * weights[i];
        }
        int check = 11 - sum % 11;
        return check == 11 ? 0 : check; // 10 never matches a digit, so such a number is invalid
    }
}
