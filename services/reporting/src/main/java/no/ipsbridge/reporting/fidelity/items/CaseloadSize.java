package no.ipsbridge.reporting.fidelity.items;

import java.math.BigDecimal;

import no.ipsbridge.reporting.fidelity.ComputedItem;
import no.ipsbridge.reporting.fidelity.FidelityData;
import no.ipsbridge.reporting.fidelity.FidelityItem;
import no.ipsbridge.reporting.fidelity.Measured;

/**
 * Item 1 (Staffing 1): clients per full-time specialist on asOf — 20 or fewer 5, 21–25 4, 26–30 3, 31–40 2, 41 or
 * more 1. The ratio is rounded to whole clients first, as the anchors count clients.
 */
public final class CaseloadSize implements ComputedRule {

    record Counts(int clients, BigDecimal fullTimeEquivalents) {
    }

    @Override
    public FidelityItem item() {
        return FidelityItem.CASELOAD_SIZE;
    }

    @Override
    public ComputedItem compute(FidelityData data) {
        var each = PerSpecialist.measure(data, specialist -> measure(
                data.caseloadOn(specialist.specialistId, data.last()).size(),
                data.fractionOn(specialist, data.last())));
        int clients = data.specialists().stream()
                .mapToInt(s -> data.caseloadOn(s.specialistId, data.last()).size()).sum();
        BigDecimal fractions = data.specialists().stream().map(s -> data.fractionOn(s, data.last()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new ComputedItem(item(), measure(clients, fractions), each);
    }

    static Measured measure(int clients, BigDecimal fullTimeEquivalents) {
        var numbers = Numbers.of(new Counts(clients, fullTimeEquivalents));
        if (fullTimeEquivalents == null || fullTimeEquivalents.signum() == 0) {
            return new Measured(null, null, numbers, clients);
        }
        double ratio = clients / fullTimeEquivalents.doubleValue();
        return new Measured(ratio, score(ratio), numbers, clients);
    }

    static int score(double ratio) {
        return Scale.atMost(Math.round(ratio), 20, 25, 30, 40);
    }
}
