package no.ipsbridge.norwegianids;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Valid identity numbers in the range of Skatteetaten's synthetic test identities (Tenor, month + 80): none can
 * belong to a real person, so demo data and tests never hold one.
 */
public final class SyntheticIdentityNumbers {

    private SyntheticIdentityNumbers() {
    }

    /** The first {@code count} of a fixed sequence, so that demo data is the same on every run. */
    public static List<String> first(int count) {
        List<String> numbers = new ArrayList<>(count);
        for (int n = 0; numbers.size() < count; n++) {
            PersonalIdentityNumber.complete(String.format("%02d%02d%02d%03d", 1 + n % 28, 81 + (n / 28) % 12,
                    80 + n % 20, 100 + n % 900)).ifPresent(numbers::add);
        }
        return numbers;
    }

    /** One drawn at random, for a test that needs a person no other test has. */
    public static String random() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (true) {
            var number = PersonalIdentityNumber.complete(String.format("%02d%02d%02d%03d", 1 + random.nextInt(28),
                    81 + random.nextInt(12), random.nextInt(100), random.nextInt(1000)));
            if (number.isPresent()) {
                return number.get();
            }
        }
    }
}
