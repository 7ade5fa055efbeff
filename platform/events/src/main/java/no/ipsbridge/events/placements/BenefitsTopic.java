package no.ipsbridge.events.placements;

/** What work-incentive (benefits) counselling covered; the details stay with whoever gave it. */
public enum BenefitsTopic {
    /** How earnings from the job change the client's benefits. */
    EARNINGS_AND_BENEFITS,
    /** Arbeidsavklaringspenger (AAP) while working. */
    WORK_ASSESSMENT_ALLOWANCE,
    /** Uføretrygd and the income limit. */
    DISABILITY_BENEFIT,
    /** Bostøtte and other means-tested support. */
    HOUSING_AND_MEANS_TESTED_SUPPORT,
    /** Tax card and tax on the new income. */
    TAX,
    OTHER
}
