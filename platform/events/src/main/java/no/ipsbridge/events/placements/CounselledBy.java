package no.ipsbridge.events.placements;

/** Who gave benefits counselling: most often the client's NAV counsellor. */
public enum CounselledBy {
    NAV_COUNSELLOR, EMPLOYMENT_SPECIALIST, OTHER
}
