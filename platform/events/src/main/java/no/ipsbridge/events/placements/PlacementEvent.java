package no.ipsbridge.events.placements;

import no.ipsbridge.events.DomainEvent;
import no.ipsbridge.events.Topics;

/**
 * What the placements service publishes on {@value Topics#PLACEMENTS}: employers, jobs, education,
 * follow-along and reports to NAV.
 * A consumer of the topic switches over this type, and the compiler makes it say what it does with every event type,
 * also one added later.
 */
public sealed interface PlacementEvent extends DomainEvent
        permits EmployerRegistered, EmployerContactLogged, JobStarted, JobEnded,
        JobChanged, EducationStarted, FollowAlongContactLogged, BenefitsCounsellingGiven,
        NavReportSent {
}
