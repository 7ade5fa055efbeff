package no.ipsbridge.reporting.fidelity;

import java.util.Arrays;
import java.util.Optional;

/**
 * The 25 items of the IPS Supported Employment Fidelity Scale, numbered straight through, with who scores each:
 * IPS Bridge from the event streams, the reviewers, or both (docs/fidelity.md, section 2).
 */
public enum FidelityItem {

    CASELOAD_SIZE(1, "Staffing 1", "Caseload size", ScoredBy.COMPUTED),
    EMPLOYMENT_SERVICES_STAFF(2, "Staffing 2", "Employment services staff", ScoredBy.REVIEWER),
    VOCATIONAL_GENERALISTS(3, "Staffing 3", "Vocational generalists", ScoredBy.REVIEWER),
    TEAM_ASSIGNMENT(4, "Organization 1", "Integration of rehabilitation with mental health treatment through team "
            + "assignment", ScoredBy.COMPUTED),
    TEAM_CONTACT(5, "Organization 2", "Integration of rehabilitation with mental health treatment through frequent "
            + "team member contact", ScoredBy.PARTLY_COMPUTED),
    NAV_COLLABORATION(6, "Organization 3", "Collaboration between employment specialists and NAV counsellors",
            ScoredBy.COMPUTED),
    VOCATIONAL_UNIT(7, "Organization 4", "Vocational unit", ScoredBy.REVIEWER),
    SUPERVISOR_ROLE(8, "Organization 5", "Role of employment supervisor", ScoredBy.REVIEWER),
    ZERO_EXCLUSION(9, "Organization 6", "Zero exclusion criteria", ScoredBy.REVIEWER),
    AGENCY_FOCUS(10, "Organization 7", "Agency focus on competitive employment", ScoredBy.REVIEWER),
    EXECUTIVE_SUPPORT(11, "Organization 8", "Executive team support for supported employment", ScoredBy.REVIEWER),
    WORK_INCENTIVES(12, "Services 1", "Work incentives planning", ScoredBy.PARTLY_COMPUTED),
    DISCLOSURE(13, "Services 2", "Disclosure", ScoredBy.REVIEWER),
    WORK_BASED_ASSESSMENT(14, "Services 3", "Ongoing, work-based vocational assessment",
            ScoredBy.PARTLY_COMPUTED),
    RAPID_JOB_SEARCH(15, "Services 4", "Rapid job search for competitive job", ScoredBy.COMPUTED),
    INDIVIDUALIZED_JOB_SEARCH(16, "Services 5", "Individualized job search", ScoredBy.PARTLY_COMPUTED),
    EMPLOYER_CONTACT_FREQUENCY(17, "Services 6", "Job development — frequent employer contact", ScoredBy.COMPUTED),
    EMPLOYER_CONTACT_QUALITY(18, "Services 7", "Job development — quality of employer contact", ScoredBy.REVIEWER),
    JOB_TYPE_DIVERSITY(19, "Services 8", "Diversity of job types", ScoredBy.COMPUTED),
    EMPLOYER_DIVERSITY(20, "Services 9", "Diversity of employers", ScoredBy.COMPUTED),
    COMPETITIVE_JOBS(21, "Services 10", "Competitive jobs", ScoredBy.COMPUTED),
    INDIVIDUALIZED_FOLLOW_ALONG(22, "Services 11", "Individualized follow-along supports", ScoredBy.REVIEWER),
    TIME_UNLIMITED_FOLLOW_ALONG(23, "Services 12", "Time-unlimited follow-along supports",
            ScoredBy.PARTLY_COMPUTED),
    COMMUNITY_BASED(24, "Services 13", "Community-based services", ScoredBy.COMPUTED),
    ASSERTIVE_ENGAGEMENT(25, "Services 14", "Assertive engagement and outreach by integrated treatment team",
            ScoredBy.REVIEWER);

    /** Who gives an item its score. */
    public enum ScoredBy {
        /** IPS Bridge proposes the score from the data; the reviewers accept it or override it with a reason. */
        COMPUTED,
        /** The data show part of the item; the reviewers score it, seeing those numbers. */
        PARTLY_COMPUTED,
        /** Only the reviewers can score it, from interviews, observation and records. */
        REVIEWER
    }

    private final int number;
    private final String section;
    private final String title;
    private final ScoredBy scoredBy;

    FidelityItem(int number, String section, String title, ScoredBy scoredBy) {
        this.number = number;
        this.section = section;
        this.title = title;
        this.scoredBy = scoredBy;
    }

    public int number() {
        return number;
    }

    public String section() {
        return section;
    }

    public String title() {
        return title;
    }

    public ScoredBy scoredBy() {
        return scoredBy;
    }

    public static Optional<FidelityItem> numbered(int number) {
        return Arrays.stream(values()).filter(item -> item.number == number).findFirst();
    }
}
