package no.ipsbridge.reporting.fidelity;

/** The bands of the 25-item total (25–125), as the IPS field reads them. */
public enum FidelityBand {
    EXEMPLARY, GOOD, FAIR, NOT_IPS;

    public static FidelityBand of(int total) {
        if (total >= 115) {
            return EXEMPLARY;
        }
        if (total >= 100) {
            return GOOD;
        }
        return total >= 74 ? FAIR : NOT_IPS;
    }
}
