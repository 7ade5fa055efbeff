package no.ipsbridge.testing;

import java.util.concurrent.ThreadLocalRandom;

/** Valid synthetic fødselsnumre in Tenor's range (month + 80), so tests never hold a real person's number. */
public final class SyntheticNationalIds {

    private static final int[] FIRST = {3, 7, 6, 1, 8, 9, 4, 5, 2};
    private static final int[] SECOND = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

    private SyntheticNationalIds() {
    }

    public static String next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (true) {
            String base = String.format("%02d%02d%02d%03d", 1 + random.nextInt(28), 81 + random.nextInt(12),
                    random.nextInt(100), random.nextInt(1000));
            int k1 = check(base, FIRST);
            if (k1 == 10) {
                continue;
            }
            int k2 = check(base + k1, SECOND);
            if (k2 == 10) {
                continue;
            }
            return base + k1 + k2;
        }
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
