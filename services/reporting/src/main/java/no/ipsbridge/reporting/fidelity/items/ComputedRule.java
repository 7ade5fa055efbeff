package no.ipsbridge.reporting.fidelity.items;

import no.ipsbridge.reporting.fidelity.ComputedItem;
import no.ipsbridge.reporting.fidelity.FidelityData;
import no.ipsbridge.reporting.fidelity.FidelityItem;

/** The rule of one fidelity item IPS Bridge computes, as docs/fidelity.md states it. */
public interface ComputedRule {

    FidelityItem item();

    ComputedItem compute(FidelityData data);
}
