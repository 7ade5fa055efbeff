package no.ipsbridge.benchmarks;

/**
 * One line of the table: a path of IPS Bridge at one concurrency beside its ceiling, both medians of the runs.
 *
 * @param goal what the issue asks of the path, in words, and whether the figure meets it
 */
public record Row(String path, String concurrency, Measurement ours, String unit, String ceilingName, Measurement ceiling,
        Goal goal) {

    /** What a path should reach; {@code met} is judged from the figures, never assumed. */
    public record Goal(String text, boolean met) {
        static Goal none() {
            return new Goal("", true);
        }

        static Goal ratioAtLeast(double wanted, double ratio) {
            return new Goal("ratio ≥ " + wanted, ratio >= wanted);
        }
    }

    public double ratio() {
        return ceiling == null || ceiling.value() == 0 ? Double.NaN : ours.value() / ceiling.value();
    }
}
