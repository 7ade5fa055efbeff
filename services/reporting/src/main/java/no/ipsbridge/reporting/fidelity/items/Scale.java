package no.ipsbridge.reporting.fidelity.items;

import java.util.Collection;
import java.util.Objects;

/** How a value becomes a point on the 1–5 scale. */
public final class Scale {

    private Scale() {
    }

    /** Where more is better; each threshold is the least value for 5, 4, 3 and 2. */
    public static int atLeast(double value, double five, double four, double three, double two) {
        return value >= five ? 5 : value >= four ? 4 : value >= three ? 3 : value >= two ? 2 : 1;
    }

    /** Where less is better; each threshold is the most value for 5, 4, 3 and 2. */
    public static int atMost(double value, double five, double four, double three, double two) {
        return value <= five ? 5 : value <= four ? 4 : value <= three ? 3 : value <= two ? 2 : 1;
    }

    /**
     * The scale's "rate each employment specialist, then calculate the average and use the closest scale point":
     * the mean of the specialists' scores rounded to the nearest point, halves up (3.5 is 4). Null without scores.
     */
    public static Integer closestPoint(Collection<Integer> scores) {
        var scored = scores.stream().filter(Objects::nonNull).toList();
        if (scored.isEmpty()) {
            return null;
        }
        double mean = scored.stream().mapToInt(Integer::intValue).average().orElseThrow();
        return (int) Math.floor(mean + 0.5);
    }
}
