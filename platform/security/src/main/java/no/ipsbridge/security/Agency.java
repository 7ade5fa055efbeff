package no.ipsbridge.security;

/** The two agencies that share IPS: NAV (labour and welfare) and the health trusts. */
public enum Agency {
    NAV, HEALTH;

    public Agency other() {
        return this == NAV ? HEALTH : NAV;
    }
}
