package no.ipsbridge.events.placements;

/** Who a follow-along contact was with. */
public enum FollowAlongWith {
    CLIENT, EMPLOYER, BOTH
}
