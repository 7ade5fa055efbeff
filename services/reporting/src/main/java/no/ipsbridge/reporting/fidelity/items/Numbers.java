package no.ipsbridge.reporting.fidelity.items;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;

/** The typed counts behind an item, shown by name beside its value so a reviewer can check it. */
final class Numbers {

    private Numbers() {
    }

    static Map<String, Object> of(Record counts) {
        Map<String, Object> numbers = new LinkedHashMap<>();
        for (RecordComponent component : counts.getClass().getRecordComponents()) {
            try {
                Object value = component.getAccessor().invoke(counts);
                numbers.put(component.getName(), value instanceof Double d ? round(d) : value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Counts " + counts.getClass().getSimpleName() + " are not readable", e);
            }
        }
        return numbers;
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
