package no.ipsbridge.reporting.fidelity;

import java.util.List;

import no.ipsbridge.reporting.fidelity.items.CaseloadSize;
import no.ipsbridge.reporting.fidelity.items.CommunityBased;
import no.ipsbridge.reporting.fidelity.items.CompetitiveJobs;
import no.ipsbridge.reporting.fidelity.items.ComputedRule;
import no.ipsbridge.reporting.fidelity.items.EmployerContacts;
import no.ipsbridge.reporting.fidelity.items.EmployerDiversity;
import no.ipsbridge.reporting.fidelity.items.FollowAlong;
import no.ipsbridge.reporting.fidelity.items.IndividualizedJobSearch;
import no.ipsbridge.reporting.fidelity.items.JobTypeDiversity;
import no.ipsbridge.reporting.fidelity.items.NavCollaboration;
import no.ipsbridge.reporting.fidelity.items.RapidJobSearch;
import no.ipsbridge.reporting.fidelity.items.TeamAssignment;
import no.ipsbridge.reporting.fidelity.items.TeamMeetings;
import no.ipsbridge.reporting.fidelity.items.WorkBasedAssessment;
import no.ipsbridge.reporting.fidelity.items.WorkIncentives;

/** The fidelity items IPS Bridge computes, one rule each, in scale order (docs/fidelity.md, section 3). */
public final class ComputedItems {

    static final List<ComputedRule> RULES = List.of(new CaseloadSize(), new TeamAssignment(), new TeamMeetings(),
            new NavCollaboration(), new WorkIncentives(), new WorkBasedAssessment(), new RapidJobSearch(),
            new IndividualizedJobSearch(), new EmployerContacts(),
            new JobTypeDiversity(), new EmployerDiversity(), new CompetitiveJobs(), new FollowAlong(),
            new CommunityBased());

    private ComputedItems() {
    }

    public static List<ComputedItem> of(FidelityData data) {
        return RULES.stream().map(rule -> rule.compute(data)).toList();
    }
}
