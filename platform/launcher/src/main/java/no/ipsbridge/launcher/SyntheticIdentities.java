package no.ipsbridge.launcher;

import java.util.ArrayList;
import java.util.List;

/**
 * Valid fødselsnumre in the range of Skatteetaten's Tenor test identities (month + 80), generated in a fixed order
 * so that the demo data is the same on every run. None can belong to a real person.
 */
final class SyntheticIdentities {

    private static final int[] FIRST = {3, 7, 6, 1, 8, 9, 4, 5, 2};
    private static final int[] SECOND = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

    private SyntheticIdentities() {
    }

    static List<String> first(int count) {
        List<String> ids = new ArrayList<>(count);
        for (int n = 0; ids.size() < count; n++) {
            int day = 1 + n % 28;
            int month = 81 + (n / 28) % 12;
            String base = String.format("%02d%02d%02d%03d", day, month, 80 + n % 20, 100 + n);
            int k1 = check(base, FIRST);
            int k2 = k1 == 10 ? 10 : check(base + k1, SECOND);
            if (k1 != 10 && k2 != 10) {
                ids.add(base + k1 + k2);
            }
        }
        return ids;
    }

    private static int check(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        int check = 11 - sum % 11;
        return check == 11 ? 0 : check;
    }
}
