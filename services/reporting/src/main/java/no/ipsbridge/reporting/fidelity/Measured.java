package no.ipsbridge.reporting.fidelity;

import java.util.Map;

/**
 * One computed item for one specialist or one group: the value, the proposed 1–5 score by the scale's anchors
 * (null where the data cannot score it), and the raw numbers behind both so a reviewer can check them.
 *
 * @param people how many people the value rests on, for small-number disclosure control; null when the item
 *               counts only the staff's own work
 */
public record Measured(Double value, Integer score, Map<String, Object> numbers, Integer people) {

    /** The value to three decimals, as shown; the scores and group means use the exact value. */
    public Double shownValue() {
        return value == null ? null : Math.round(value * 1000) / 1000.0;
    }

    /** Shown across agencies, a value resting on 1–4 people is withheld with its score and numbers. */
    public boolean restsOnFewPeople() {
        return people != null && people > 0 && people < 5;
    }
}
