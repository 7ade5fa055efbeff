package no.ipsbridge.reporting.fidelity.items;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import no.ipsbridge.reporting.fidelity.FidelityData;
import no.ipsbridge.reporting.fidelity.Measured;
import no.ipsbridge.reporting.readmodel.ReportedSpecialist;

/** Each reported specialist's figure, in the order of the report, and what the figures add up to. */
final class PerSpecialist {

    private PerSpecialist() {
    }

    static Map<String, Measured> measure(FidelityData data, Function<ReportedSpecialist, Measured> measure) {
        Map<String, Measured> each = new LinkedHashMap<>();
        data.specialists().forEach(specialist -> each.put(specialist.specialistId, measure.apply(specialist)));
        return each;
    }

    static List<Double> values(Map<String, Measured> each) {
        return each.values().stream().map(Measured::value).filter(Objects::nonNull).toList();
    }

    static List<Integer> scores(Map<String, Measured> each) {
        return each.values().stream().map(Measured::score).filter(Objects::nonNull).toList();
    }

    static Double mean(List<Double> values) {
        return values.isEmpty() ? null : values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    static Integer people(Map<String, Measured> each) {
        return each.values().stream().map(Measured::people).filter(Objects::nonNull).reduce(Integer::sum).orElse(null);
    }

    /**
     * The group figure of an item the scale rates per specialist: the mean of their values shown, and the closest
     * scale point to the mean of their scores; never the mean of raw rates, where a busy specialist hides an idle one.
     */
    static Measured ratedEach(Map<String, Measured> each) {
        record Rated(int specialistsRated, Double meanOfScores) {
        }
        List<Integer> scores = scores(each);
        Double meanOfScores = scores.isEmpty() ? null
                : scores.stream().mapToInt(Integer::intValue).average().orElseThrow();
        return new Measured(mean(values(each)), Scale.closestPoint(scores),
                Numbers.of(new Rated(scores.size(), meanOfScores)), people(each));
    }
}
