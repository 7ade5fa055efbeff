package no.ipsbridge.placements.employer;

/** Norwegian organisasjonsnummer: 9 digits, the last a mod-11 check digit (weights 3 2 7 6 5 4 3 2). */
public final class OrganisationNumber {

    private static final int[] WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};

    private OrganisationNumber() {
    }

    /** Null when valid, otherwise what is wrong. */
    public static String problemWith(String value) {
        if (value == null || !value.matches("\\d{9}")) {
            return "must be 9 digits";
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (value.charAt(i) - '0') * WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        return check == value.charAt(8) - '0' ? null : "check digit does not match; not a valid organisasjonsnummer";
    }
}
