package no.ipsbridge.events.clients;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import no.ipsbridge.events.EventType;
import no.ipsbridge.events.IpsCalendar;

/**
 * A client's current state as the events of {@code ips.clients.v1} make it, up to and including the event at
 * {@code asOfSequence}: the latest-state record a partner bootstraps from (ADR 33). Ids and facts only, like the
 * events it folds; what the events do not say (the current job, a reassignment) it does not say either.
 *
 * <p>{@link #apply} is the fold itself, the same for the clients service that publishes these records and for a
 * partner (or a test) that replays the events from offset 0.
 *
 * @param statusSince the day the client reached the status (referral, enrolment, change or discharge)
 * @param specialistId the employment specialist the client was enrolled with
 * @param consents the consents in force, oldest first
 * @param dischargeReason why the client left IPS, when they have
 * @param asOfSequence the {@code ce_sequence} of the last event folded in; a follower applies an event of this client
 *        only when its {@code ce_sequence} is greater
 * @param asOfEventId the {@code ce_id} of that event
 * @param asOfTime the {@code ce_time} of that event
 */
@EventType("no.ipsbridge.client.state.v1")
public record ClientState(UUID clientId, ClientStatus status, LocalDate statusSince, Instant referredAt,
        String referringAgency, String healthTrust, String navOffice, UUID treatmentTeamId, IpsVariant variant,
        String specialistId, List<Consent> consents, DischargeReason dischargeReason, String asOfSequence,
        UUID asOfEventId, Instant asOfTime) implements ClientLatestState {

    /** A consent in force: which way data may flow between NAV and the health trust. */
    public record Consent(UUID consentId, ConsentDirection direction, Instant givenAt) {
    }

    public ClientState {
        consents = List.copyOf(consents);
    }

    @Override
    public String subject() {
        return clientId.toString();
    }

    /**
     * Whether this state already holds the event published at {@code sequence}: a follower applies an event of the
     * client only when it does not (the rule of docs/partners.md).
     */
    public boolean holds(String sequence) {
        return sequence.compareTo(asOfSequence) <= 0;
    }

    /**
     * The state after {@code event}, published at {@code sequence} with {@code eventId} at {@code time}.
     * {@code previous} is null for the client's first event.
     */
    public static ClientState apply(ClientState previous, ClientEvent event, String sequence, UUID eventId,
            Instant time) {
        ClientState state = previous != null ? previous : new ClientState(UUID.fromString(event.subject()), null, null,
                null, null, null, null, null, null, null, List.of(), null, null, null, null);
        ClientState changed = switch (event) {
            case ClientReferred referred -> new ClientState(state.clientId, ClientStatus.REFERRED,
                    referred.referredAt().atZone(IpsCalendar.ZONE).toLocalDate(), referred.referredAt(),
                    referred.referringAgency(), referred.healthTrust(), referred.navOffice(),
                    referred.treatmentTeamId(), referred.variant(), state.specialistId, state.consents,
                    state.dischargeReason, null, null, null);
            case ClientEnrolled enrolled -> state.withStatus(ClientStatus.ENROLLED, enrolled.enrolledOn())
                    .withSpecialist(enrolled.specialistId());
            case ClientStatusChanged changedStatus -> state.withStatus(changedStatus.to(), changedStatus.changedOn());
            case ClientDischarged discharged -> state.withStatus(ClientStatus.DISCHARGED, discharged.dischargedOn())
                    .withDischargeReason(discharged.reason());
            case ConsentGiven given -> state.withConsents(with(state.consents,
                    new Consent(given.consentId(), given.direction(), given.givenAt())));
            case ConsentWithdrawn withdrawn -> state.withConsents(state.consents.stream()
                    .filter(consent -> !consent.consentId().equals(withdrawn.consentId())).toList());
            // The career profile is the client's own account of what work they want: not part of this state.
            case CareerProfileUpdated profile -> state;
            case CareerProfileUpdatedV2 profile -> state;
        };
        return new ClientState(changed.clientId, changed.status, changed.statusSince, changed.referredAt,
                changed.referringAgency, changed.healthTrust, changed.navOffice, changed.treatmentTeamId,
                changed.variant, changed.specialistId, changed.consents, changed.dischargeReason, sequence, eventId,
                time);
    }

    private ClientState withStatus(ClientStatus newStatus, LocalDate since) {
        return new ClientState(clientId, newStatus, since, referredAt, referringAgency, healthTrust, navOffice,
                treatmentTeamId, variant, specialistId, consents, newStatus == ClientStatus.DISCHARGED
                        ? dischargeReason : null, asOfSequence, asOfEventId, asOfTime);
    }

    private ClientState withSpecialist(String specialist) {
        return new ClientState(clientId, status, statusSince, referredAt, referringAgency, healthTrust, navOffice,
                treatmentTeamId, variant, specialist, consents, dischargeReason, asOfSequence, asOfEventId, asOfTime);
    }

    private ClientState withDischargeReason(DischargeReason reason) {
        return new ClientState(clientId, status, statusSince, referredAt, referringAgency, healthTrust, navOffice,
                treatmentTeamId, variant, specialistId, consents, reason, asOfSequence, asOfEventId, asOfTime);
    }

    private ClientState withConsents(List<Consent> inForce) {
        return new ClientState(clientId, status, statusSince, referredAt, referringAgency, healthTrust, navOffice,
                treatmentTeamId, variant, specialistId, inForce, dischargeReason, asOfSequence, asOfEventId, asOfTime);
    }

    /** The consents with one more, oldest first; a consent given twice (a repeated delivery) is there once. */
    private static List<Consent> with(List<Consent> consents, Consent given) {
        List<Consent> inForce = new ArrayList<>(consents.stream()
                .filter(consent -> !consent.consentId().equals(given.consentId())).toList());
        inForce.add(given);
        inForce.sort(Comparator.comparing(Consent::givenAt).thenComparing(Consent::consentId));
        return List.copyOf(inForce);
    }
}
