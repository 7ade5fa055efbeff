package no.ipsbridge.reporting.fidelity;

import java.util.Map;

/** One computed item's figures for the unit or team and for each of its specialists. */
public record ComputedItem(FidelityItem item, Measured group, Map<String, Measured> bySpecialist) {
}
