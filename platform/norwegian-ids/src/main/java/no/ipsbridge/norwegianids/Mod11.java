package no.ipsbridge.norwegianids;

/** The modulus-11 check digit of Norwegian registry numbers; 10 means no digit fits, so no valid number has it. */
final class Mod11 {

    private Mod11() {
    }

    static int checkDigit(CharSequence digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        int check = 11 - sum % 11;
        return check == 11 ? 0 : check;
    }

    static boolean digits(String value, int length) {
        return value != null && value.length() == length && value.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
