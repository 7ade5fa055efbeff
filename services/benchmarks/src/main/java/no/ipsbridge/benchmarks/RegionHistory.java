package no.ipsbridge.benchmarks;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import no.ipsbridge.events.CloudEventMapping.Envelope;
import no.ipsbridge.events.DomainEvent;
import no.ipsbridge.events.IpsCalendar;
import no.ipsbridge.events.clients.CareerProfileUpdatedV2;
import no.ipsbridge.events.clients.ClientDischarged;
import no.ipsbridge.events.clients.ClientEnrolled;
import no.ipsbridge.events.clients.ClientReferred;
import no.ipsbridge.events.clients.ClientStatus;
import no.ipsbridge.events.clients.ClientStatusChanged;
import no.ipsbridge.events.clients.ConsentDirection;
import no.ipsbridge.events.clients.ConsentGiven;
import no.ipsbridge.events.clients.DischargeReason;
import no.ipsbridge.events.clients.DisclosurePreference;
import no.ipsbridge.events.clients.IpsVariant;
import no.ipsbridge.events.placements.BenefitsCounsellingGiven;
import no.ipsbridge.events.placements.BenefitsTopic;
import no.ipsbridge.events.placements.ContactPurpose;
import no.ipsbridge.events.placements.CounselledBy;
import no.ipsbridge.events.placements.EmployerContactLogged;
import no.ipsbridge.events.placements.EmployerRegistered;
import no.ipsbridge.events.placements.FollowAlongContactLogged;
import no.ipsbridge.events.placements.FollowAlongWith;
import no.ipsbridge.events.placements.JobEndReason;
import no.ipsbridge.events.placements.JobEnded;
import no.ipsbridge.events.placements.JobStarted;
import no.ipsbridge.events.specialists.ClientAssigned;
import no.ipsbridge.events.specialists.ClientReleased;
import no.ipsbridge.events.specialists.ReleaseReason;
import no.ipsbridge.events.specialists.SpecialistRegistered;

/**
 * The synthetic past of a region: each client's IPS path from referral through job search, jobs and follow-along to
 * discharge, as the owning services would have recorded it — their rows and the events in their outboxes, in each
 * client's order. Seeded, so the same arguments give the same region.
 *
 * <p>The clients service derives a client's EMPLOYED and back-to-search status changes from the placements
 * service's job events. Those status changes are written here as the clients service wrote them, and the job
 * events that caused them are marked handled in its inbox, exactly the state a real history leaves behind.
 */
final class RegionHistory {

    static final String CLIENTS = "/ips-bridge/clients";
    static final String PLACEMENTS = "/ips-bridge/placements";
    static final String SPECIALISTS = "/ips-bridge/specialists";
    private static final String STATUS_FROM_JOBS = "placement-status";
    private static final String[] GIVEN_NAMES = {"Kari", "Ola", "Ingrid", "Lars", "Nora", "Jonas", "Sofie", "Emil",
        "Maja", "Filip", "Ida", "Magnus", "Sara", "Henrik", "Thea", "Sander"};
    private static final String[] FAMILY_NAMES = {"Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen",
        "Nilsen", "Kristiansen", "Jensen", "Karlsen", "Berg", "Haugen", "Hagen", "Eriksen"};
    private static final String[] OCCUPATIONS = {"9112", "5223", "5120", "8322", "4110", "7126", "9613", "5321"};
    private static final DischargeReason[] OTHER_ENDINGS = {DischargeReason.DECLINED_FURTHER_SERVICE,
        DischargeReason.MOVED, DischargeReason.HEALTH, DischargeReason.LOST_CONTACT, DischargeReason.OTHER};

    /**
     * A health trust with its NAV office, the percentage of the region's clients it serves, its treatment teams and
     * the region's specialists who serve it.
     */
    record Unit(String healthTrust, String navOffice, int percent, List<UUID> teams, List<String> specialists) {
    }

    /** An enrolled client's time on a caseload, written once the specialists service knows the client. */
    record Assignment(UUID clientId, String specialistId, LocalDate assignedOn, LocalDate releasedOn) {
    }

    private final LocalDate today = IpsCalendar.today();
    private final Random random;
    private final List<Unit> units;
    private final List<UUID> employers = new ArrayList<>();
    private long events;

    RegionHistory(long seed, List<Unit> units) {
        this.random = new Random(seed);
        this.units = units;
    }

    long events() {
        return events;
    }

    static CopyRows clientsDatabase() {
        return new CopyRows("clients")
                .table("client", "id, version, national_id, given_name, family_name, health_trust, nav_office, "
                        + "treatment_team_id, variant, working_at_referral, referred_at, referred_by, "
                        + "referring_agency, status, status_changed_on, enrolled_on, specialist_id, discharged_on, "
                        + "discharge_reason")
                .table("consent", "id, client_id, direction, given_at, given_by")
                .table("career_profile", "client_id, version, preferred_occupation_codes, hours_per_week_wanted, "
                        + "wants_education, disclosure, updated_on")
                .table("ips_inbox", "consumer, event_id, topic")
                .table("ips_outbox", "event_id, topic, event_key, ce_type, ce_source, occurred_at, data");
    }

    static CopyRows placementsDatabase() {
        return new CopyRows("placements")
                .table("employer", "id, organisation_number, name, nace_code, municipality, registered_by, "
                        + "registered_on")
                .table("employer_contact", "id, employer_id, specialist_id, contacted_on, face_to_face, purpose, "
                        + "client_ids")
                .table("job", "id, version, client_id, employer_id, title, occupation_code, hours_per_week, "
                        + "hourly_wage, started_on, competitive, permanent, ended_on, end_reason, new_job_search, "
                        + "recorded_by")
                .table("follow_along_contact", "id, client_id, specialist_id, contacted_on, with_whom, face_to_face")
                .table("benefits_counselling", "id, client_id, recorded_by, given_on, given_by, topics")
                .table("ips_outbox", "event_id, topic, event_key, ce_type, ce_source, occurred_at, data");
    }

    static CopyRows specialistsDatabase() {
        return new CopyRows("specialists")
                .table("specialist", "id, version, display_name, agency, org, health_trust, working_fraction, "
                        + "active, registered_on")
                .table("assignment", "id, client_id, specialist_id, assigned_on, released_on, release_reason")
                .table("ips_outbox", "event_id, topic, event_key, ce_type, ce_source, occurred_at, data");
    }

    /** The region's employers, registered years ago by its specialists. */
    void employers(int count, CopyRows placements) {
        LocalDate registered = today.minusYears(6);
        for (int i = 0; i < count; i++) {
            UUID id = uuid();
            String organisationNumber = organisationNumber(80_000_000 + 3 * i);
            String name = "Regionbedrift " + (i + 1) + " AS";
            String specialist = pick(pick(units).specialists());
            placements.row("employer", id, organisationNumber, name, "47.110", "Bergen", specialist, registered);
            event(placements, PLACEMENTS, new EmployerRegistered(id, organisationNumber, name, "47.110", "Bergen"),
                    registered);
            employers.add(id);
        }
    }

    /** The region's specialists, each registered with the NAV office of their unit. */
    void specialists(CopyRows specialists) {
        LocalDate registered = today.minusYears(6);
        for (Unit unit : units) {
            for (String id : unit.specialists()) {
                specialists.row("specialist", id, 0, "Regionspesialist " + id.substring(0, 8), "NAV",
                        unit.navOffice(), unit.healthTrust(), "1.00", true, registered);
                event(specialists, SPECIALISTS, new SpecialistRegistered(id, "NAV", unit.navOffice(), BigDecimal.ONE,
                        registered), registered);
            }
        }
    }

    /** One client's path; returns their time on a caseload when they were enrolled. */
    Assignment client(String nationalId, CopyRows clients, CopyRows placements) {
        Unit unit = unit(random.nextInt(100));
        UUID id = uuid();
        LocalDate referred = today.minusDays(30 + random.nextInt(5 * 365));
        String agency = random.nextInt(100) < 70 ? "HEALTH" : "NAV";
        UUID team = agency.equals("HEALTH") && !unit.teams().isEmpty() ? pick(unit.teams()) : null;
        IpsVariant variant = random.nextInt(100) < 15 ? IpsVariant.IPS_UNG : IpsVariant.IPS;
        boolean workingAtReferral = random.nextInt(100) < 5;
        String referrer = UUID.nameUUIDFromBytes((unit.healthTrust() + agency).getBytes()).toString();
        int clientEvents = 0;
        event(clients, CLIENTS, new ClientReferred(id, at(referred), agency, unit.healthTrust(), unit.navOffice(),
                team, variant, workingAtReferral), referred);
        clientEvents++;
        clientEvents += consent(clients, id, ConsentDirection.HEALTH_TO_NAV, referred.plusDays(1), 95, referrer);
        clientEvents += consent(clients, id, ConsentDirection.NAV_TO_HEALTH, referred.plusDays(2), 80, referrer);

        ClientStatus status = ClientStatus.REFERRED;
        LocalDate statusOn = referred;
        LocalDate enrolled = referred.plusDays(3 + random.nextInt(18));
        String specialist = null;
        LocalDate discharged = null;
        DischargeReason dischargeReason = null;
        if (random.nextInt(100) < 90 && !enrolled.isAfter(today)) {
            specialist = pick(unit.specialists());
            event(clients, CLIENTS, new ClientEnrolled(id, enrolled, specialist), enrolled);
            clientEvents++;
            status = ClientStatus.ENROLLED;
            statusOn = enrolled;
            LocalDate end = enrolled.plusDays(180 + random.nextInt(720));
            LocalDate last = end.isAfter(today) ? today : end;
            clientEvents += careerProfile(clients, id, enrolled.plusDays(7), last);
            benefitsCounselling(placements, id, specialist, enrolled.plusDays(10), last);
            LocalDate day = enrolled.plusDays(14);
            if (!day.isAfter(last)) {
                event(clients, CLIENTS, new ClientStatusChanged(id, status, ClientStatus.JOB_SEARCH, day), day);
                clientEvents++;
                status = ClientStatus.JOB_SEARCH;
                statusOn = day;
            }
            while (status == ClientStatus.JOB_SEARCH && day.isBefore(last)) {
                LocalDate found = day.plusDays(20 + random.nextInt(240));
                for (day = day.plusDays(7 + random.nextInt(21)); day.isBefore(found) && !day.isAfter(last);
                        day = day.plusDays(7 + random.nextInt(21))) {
                    employerContact(placements, id, specialist, day);
                }
                if (found.isAfter(last) || random.nextInt(100) >= 60) {
                    break;
                }
                LocalDate ended = found.plusDays(60 + random.nextInt(500));
                boolean ends = random.nextInt(100) < 40 && !ended.isAfter(last);
                clientEvents += job(clients, placements, id, specialist, found, ends ? ended : null);
                status = ClientStatus.EMPLOYED;
                statusOn = found;
                LocalDate stop = ends ? ended : last;
                for (day = found.plusDays(3 + random.nextInt(10)); day.isBefore(stop);
                        day = day.plusDays(14 + random.nextInt(31))) {
                    UUID contact = uuid();
                    placements.row("follow_along_contact", contact, id, specialist, day, "CLIENT", true);
                    event(placements, PLACEMENTS, new FollowAlongContactLogged(contact, id, specialist, day,
                            FollowAlongWith.CLIENT, true), day);
                }
                if (ends) {
                    status = ClientStatus.JOB_SEARCH;
                    statusOn = ended;
                    day = ended;
                } else {
                    day = stop;
                }
            }
            if (!end.isAfter(today)) {
                dischargeReason = status == ClientStatus.EMPLOYED ? DischargeReason.WORKING_WITHOUT_SUPPORT
                        : OTHER_ENDINGS[random.nextInt(OTHER_ENDINGS.length)];
                discharged = end;
            }
        } else if (referred.plusDays(60).isBefore(today)) {
            dischargeReason = DischargeReason.DECLINED_FURTHER_SERVICE;
            discharged = referred.plusDays(30 + random.nextInt(30));
        }
        if (discharged != null) {
            event(clients, CLIENTS, new ClientDischarged(id, status, discharged, dischargeReason), discharged);
            clientEvents++;
            status = ClientStatus.DISCHARGED;
            statusOn = discharged;
        }
        clients.row("client", id, clientEvents - 1, nationalId, pick(GIVEN_NAMES), pick(FAMILY_NAMES),
                unit.healthTrust(), unit.navOffice(), team, variant.name(), workingAtReferral, at(referred), referrer,
                agency, status.name(), statusOn, specialist == null ? null : enrolled,
                discharged == null ? specialist : null, discharged,
                dischargeReason == null ? null : dischargeReason.name());
        return specialist == null ? null : new Assignment(id, specialist, enrolled, discharged);
    }

    /** The assignments of one caseload, with the caseload's size on each day a client joined it. */
    void caseload(List<Assignment> assignments, CopyRows specialists) {
        for (Assignment assignment : assignments) {
            int size = (int) assignments.stream().filter(other -> !other.assignedOn().isAfter(assignment.assignedOn())
                    && (other.releasedOn() == null || other.releasedOn().isAfter(assignment.assignedOn()))).count();
            specialists.row("assignment", uuid(), assignment.clientId(), assignment.specialistId(),
                    assignment.assignedOn(), assignment.releasedOn(),
                    assignment.releasedOn() == null ? null : ReleaseReason.DISCHARGED.name());
            event(specialists, SPECIALISTS, new ClientAssigned(assignment.clientId(), assignment.specialistId(),
                    assignment.assignedOn(), size, false), assignment.assignedOn());
            if (assignment.releasedOn() != null) {
                event(specialists, SPECIALISTS, new ClientReleased(assignment.clientId(), assignment.specialistId(),
                        assignment.releasedOn(), ReleaseReason.DISCHARGED), assignment.releasedOn());
            }
        }
    }

    private int consent(CopyRows clients, UUID clientId, ConsentDirection direction, LocalDate on, int percent,
            String givenBy) {
        if (random.nextInt(100) >= percent || on.isAfter(today)) {
            return 0;
        }
        UUID consent = uuid();
        clients.row("consent", consent, clientId, direction.name(), at(on), givenBy);
        event(clients, CLIENTS, new ConsentGiven(clientId, consent, direction, at(on)), on);
        return 1;
    }

    private int careerProfile(CopyRows clients, UUID clientId, LocalDate on, LocalDate last) {
        if (on.isAfter(last)) {
            return 0;
        }
        List<String> occupations = List.of(pick(OCCUPATIONS), pick(OCCUPATIONS)).stream().distinct().toList();
        int hours = 10 + 5 * random.nextInt(6);
        boolean wantsEducation = random.nextInt(100) < 20;
        DisclosurePreference disclosure = DisclosurePreference.values()[random.nextInt(4)];
        clients.row("career_profile", clientId, 0, occupations, hours, wantsEducation, disclosure.name(), on);
        event(clients, CLIENTS, new CareerProfileUpdatedV2(clientId, on, hours, occupations, wantsEducation,
                disclosure), on);
        return 1;
    }

    private void benefitsCounselling(CopyRows placements, UUID clientId, String specialist, LocalDate on,
            LocalDate last) {
        if (on.isAfter(last)) {
            return;
        }
        UUID id = uuid();
        List<BenefitsTopic> topics = List.of(BenefitsTopic.EARNINGS_AND_BENEFITS,
                BenefitsTopic.WORK_ASSESSMENT_ALLOWANCE);
        placements.row("benefits_counselling", id, clientId, specialist, on, CounselledBy.NAV_COUNSELLOR.name(),
                topics);
        event(placements, PLACEMENTS, new BenefitsCounsellingGiven(id, clientId, on, CounselledBy.NAV_COUNSELLOR,
                topics, null), on);
    }

    private void employerContact(CopyRows placements, UUID clientId, String specialist, LocalDate on) {
        UUID id = uuid();
        UUID employer = pick(employers);
        boolean faceToFace = random.nextInt(100) < 70;
        ContactPurpose purpose = ContactPurpose.values()[random.nextInt(ContactPurpose.values().length)];
        placements.row("employer_contact", id, employer, specialist, on, faceToFace, purpose.name(),
                List.of(clientId));
        event(placements, PLACEMENTS, new EmployerContactLogged(id, employer, specialist, on, faceToFace, purpose,
                List.of(clientId)), on);
    }

    /** A job from its start (and its end, if it ended), with the status changes the clients service derived. */
    private int job(CopyRows clients, CopyRows placements, UUID clientId, String specialist, LocalDate started,
            LocalDate ended) {
        UUID id = uuid();
        UUID employer = pick(employers);
        String occupation = pick(OCCUPATIONS);
        double hours = 10 + 5 * random.nextInt(6);
        boolean permanent = random.nextInt(100) < 40;
        JobEndReason reason = ended == null ? null
                : JobEndReason.values()[random.nextInt(JobEndReason.values().length)];
        placements.row("job", id, ended == null ? 0 : 1, clientId, employer, "Medarbeider", occupation, hours, "212.00",
                started, true, permanent, ended, reason == null ? null : reason.name(), ended == null ? null : true,
                specialist);
        UUID start = event(placements, PLACEMENTS, new JobStarted(id, clientId, employer, started, hours, occupation,
                true, permanent), started);
        clients.row("ips_inbox", STATUS_FROM_JOBS, start.toString(), "ips.placements.v1");
        event(clients, CLIENTS, new ClientStatusChanged(clientId, ClientStatus.JOB_SEARCH, ClientStatus.EMPLOYED,
                started), started);
        if (ended == null) {
            return 1;
        }
        UUID end = event(placements, PLACEMENTS, new JobEnded(id, clientId, employer, ended, reason, true, 0), ended);
        clients.row("ips_inbox", STATUS_FROM_JOBS, end.toString(), "ips.placements.v1");
        event(clients, CLIENTS, new ClientStatusChanged(clientId, ClientStatus.EMPLOYED, ClientStatus.JOB_SEARCH,
                ended), ended);
        return 2;
    }

    private UUID event(CopyRows database, String source, DomainEvent event, LocalDate on) {
        Envelope envelope = Envelope.of(uuid(), source, event, at(on));
        database.row("ips_outbox", envelope.id(), envelope.topic(), envelope.subject(), envelope.type(),
                envelope.source(), envelope.time(), envelope.data());
        events++;
        return envelope.id();
    }

    /** Ten in the morning of the day, or now for what happened today before ten. */
    private static Instant at(LocalDate day) {
        Instant morning = day.atTime(LocalTime.of(10, 0)).atZone(IpsCalendar.ZONE).toInstant();
        Instant now = Instant.now();
        return morning.isAfter(now) ? now : morning;
    }

    private Unit unit(int percentile) {
        int below = 0;
        for (Unit unit : units) {
            below += unit.percent();
            if (percentile < below) {
                return unit;
            }
        }
        return units.get(units.size() - 1);
    }

    private UUID uuid() {
        return new UUID(random.nextLong() & 0xffffffffffff0fffL | 0x4000L,
                random.nextLong() & 0x3fffffffffffffffL | 0x8000000000000000L);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    /** Brønnøysund's mod-11 check digit on eight digits; numbers whose check digit would be 10 are skipped. */
    private static String organisationNumber(int eightDigits) {
        int[] weights = {3, 2, 7, 6, 5, 4, 3, 2};
        for (int candidate = eightDigits;; candidate++) {
            String digits = String.format("%08d", candidate);
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                sum += (digits.charAt(i) - '0') * weights[i];
            }
            int check = 11 - sum % 11;
            if (check == 11) {
                return digits + "0";
            }
            if (check != 10) {
                return digits + check;
            }
        }
    }
}
