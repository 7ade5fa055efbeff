package no.ipsbridge.reporting.fidelity;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import no.ipsbridge.events.specialists.ActivityKind;
import no.ipsbridge.reporting.readmodel.ReportedActivity;
import no.ipsbridge.reporting.readmodel.ReportedClient;
import no.ipsbridge.reporting.readmodel.ReportedJob;
import no.ipsbridge.reporting.readmodel.ReportedJobChange;
import no.ipsbridge.reporting.readmodel.ReportedSpecialist;
import no.ipsbridge.reporting.readmodel.TeamAttachment;

/**
 * The fidelity items IPS Bridge computes from the event streams, per specialist and for the group, exactly as
 * docs/fidelity.md defines them. Plain code over plain lists, so every value has a test by hand.
 */
public final class ComputedItems {

    /** One item's figures for the group and for each of its specialists. */
    public record ComputedItem(FidelityItem item, Measured group, Map<String, Measured> bySpecialist) {
    }

    private final FidelityData data;

    private ComputedItems(FidelityData data) {
        this.data = data;
    }

    public static List<ComputedItem> of(FidelityData data) {
        ComputedItems items = new ComputedItems(data);
        return List.of(items.caseloadSize(), items.teamAssignment(), items.teamMeetings(), items.navCollaboration(),
                items.workIncentives(), items.rapidJobSearch(), items.employerContacts(),
                items.diversity(FidelityItem.JOB_TYPE_DIVERSITY, job -> job.occupationCode),
                items.diversity(FidelityItem.EMPLOYER_DIVERSITY, job -> job.employerId), items.competitiveJobs(),
                items.followAlong(), items.communityBased());
    }

    // ---- Item 1: caseload size ----

    private ComputedItem caseloadSize() {
        Map<String, Measured> each = perSpecialist(specialist -> {
            int caseload = data.caseloadOn(specialist.specialistId, data.last()).size();
            return caseloadMeasure(caseload, specialist.workingFraction);
        });
        int caseloads = data.specialists().stream()
                .mapToInt(s -> data.caseloadOn(s.specialistId, data.last()).size()).sum();
        BigDecimal fractions = data.specialists().stream().map(s -> s.workingFraction)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new ComputedItem(FidelityItem.CASELOAD_SIZE, caseloadMeasure(caseloads, fractions), each);
    }

    private static Measured caseloadMeasure(int caseload, BigDecimal workingFraction) {
        if (workingFraction == null || workingFraction.signum() == 0) {
            return new Measured(null, null, numbers("clients", caseload, "fullTimeEquivalents", workingFraction),
                    caseload);
        }
        double ratio = caseload / workingFraction.doubleValue();
        return new Measured(ratio, atMost(ratio, 20, 25, 30, 40),
                numbers("clients", caseload, "fullTimeEquivalents", workingFraction), caseload);
    }

    // ---- Item 4: integration through team assignment ----

    private ComputedItem teamAssignment() {
        Map<String, Measured> each = perSpecialist(specialist -> {
            Set<UUID> teams = teamsOn(specialist.specialistId, data.last());
            List<UUID> caseload = data.caseloadOn(specialist.specialistId, data.last());
            long fromTeams = caseload.stream().map(data.clients()::get).filter(Objects::nonNull)
                    .filter(client -> teams.contains(client.treatmentTeamId)).count();
            Map<String, Object> numbers = numbers("teams", teams.size(), "clients", caseload.size(),
                    "fromTheirTeams", fromTeams);
            if (caseload.isEmpty()) {
                return new Measured(null, null, numbers, 0);
            }
            double share = (double) fromTeams / caseload.size();
            return new Measured(share, teams.isEmpty() ? 1 : atLeast(share, 0.90, 0.75, 0.50, 0.0),
                    numbers, caseload.size());
        });
        List<Double> shares = values(each);
        boolean anyAttached = data.specialists().stream()
                .anyMatch(s -> !teamsOn(s.specialistId, data.last()).isEmpty());
        Double mean = mean(shares);
        Integer score = !anyAttached && !shares.isEmpty() ? Integer.valueOf(1)
                : mean == null ? null : atLeast(mean, 0.90, 0.75, 0.50, 0.0);
        return new ComputedItem(FidelityItem.TEAM_ASSIGNMENT,
                new Measured(mean, score, numbers("specialistsWithClients", shares.size()), people(each)), each);
    }

    private Set<UUID> teamsOn(String specialistId, LocalDate day) {
        return data.attachments().stream().filter(a -> a.specialistId.equals(specialistId) && a.covers(day))
                .map(a -> a.teamId).collect(Collectors.toSet());
    }

    // ---- Item 5, component (a): attendance at weekly team meetings; the reviewers score the item ----

    private record TeamWeek(UUID teamId, LocalDate monday) {
    }

    private ComputedItem teamMeetings() {
        Map<String, Measured> each = perSpecialist(specialist -> meetingMeasure(teamWeeks(
                data.attachments().stream().filter(a -> a.specialistId.equals(specialist.specialistId)))));
        return new ComputedItem(FidelityItem.TEAM_CONTACT, meetingMeasure(teamWeeks(data.attachments().stream())),
                each);
    }

    private Set<TeamWeek> teamWeeks(Stream<TeamAttachment> attachments) {
        return attachments.filter(a -> data.meetingTeams().contains(a.teamId))
                .flatMap(a -> weeks().stream().filter(monday -> a.overlaps(
                                max(monday, data.period().first()), min(monday.plusDays(6), data.last())))
                        .map(monday -> new TeamWeek(a.teamId, monday)))
                .collect(Collectors.toSet());
    }

    private Measured meetingMeasure(Set<TeamWeek> teamWeeks) {
        long attended = teamWeeks.stream().filter(week -> data.meetings().stream()
                .anyMatch(m -> m.teamId.equals(week.teamId()) && m.specialistAttended
                        && monday(m.heldOn).equals(week.monday()) && data.period().contains(m.heldOn)))
                .count();
        Double share = teamWeeks.isEmpty() ? null : (double) attended / teamWeeks.size();
        return new Measured(share, null, numbers("teamWeeks", teamWeeks.size(), "weeksAttended", attended), null);
    }

    // ---- Item 6: collaboration with NAV counsellors ----

    private ComputedItem navCollaboration() {
        Map<String, Measured> each = perSpecialist(specialist -> {
            List<ReportedActivity> logged = activitiesOf(specialist.specialistId);
            Set<LocalDate> workingWeeks = logged.stream().map(a -> monday(a.onDay)).collect(Collectors.toSet());
            List<ReportedActivity> navMeetings = logged.stream().filter(a -> a.kind == ActivityKind.NAV_MEETING)
                    .toList();
            Set<LocalDate> navWeeks = navMeetings.stream().map(a -> monday(a.onDay)).collect(Collectors.toSet());
            Set<YearMonth> navMonths = navMeetings.stream().map(a -> YearMonth.from(a.onDay))
                    .collect(Collectors.toSet());
            Map<String, Object> numbers = numbers("navMeetings", navMeetings.size(), "weeksWorked",
                    workingWeeks.size(), "weeksWithNavMeeting", navWeeks.size(), "monthsWithNavMeeting",
                    navMonths.size());
            if (workingWeeks.isEmpty()) {
                return new Measured(null, null, numbers, null);
            }
            int score = navWeeks.size() == workingWeeks.size() ? 4
                    : navMonths.size() == 3 ? 3 : navMeetings.isEmpty() ? 1 : 2;
            return new Measured((double) navWeeks.size() / workingWeeks.size(), score, numbers, null);
        });
        List<Integer> scores = each.values().stream().map(Measured::score).filter(Objects::nonNull).toList();
        Integer score = scores.isEmpty() ? null
                : (int) Math.floor(scores.stream().mapToInt(Integer::intValue).average().orElseThrow());
        return new ComputedItem(FidelityItem.NAV_COLLABORATION, new Measured(mean(values(each)), score,
                numbers("specialistsScored", scores.size()), null), each);
    }

    // ---- Item 12, in part: benefits counselling before a job start or a change of hours or pay ----

    /** How long before a start or change counselling counts for it, as on the specialist's phone. */
    static final int COUNSELLING_COUNTS_DAYS = 90;

    private ComputedItem workIncentives() {
        Map<String, Measured> each = perSpecialist(specialist -> workIncentives(
                jobsStartedInYear(job -> data.served(specialist.specialistId, job.clientId, job.startedOn)),
                jobChangesInYear(change -> data.served(specialist.specialistId, change.clientId, change.changedOn))));
        return new ComputedItem(FidelityItem.WORK_INCENTIVES, workIncentives(
                jobsStartedInYear(job -> data.groupClients().contains(job.clientId)),
                jobChangesInYear(change -> data.groupClients().contains(change.clientId))), each);
    }

    private List<ReportedJobChange> jobChangesInYear(Predicate<ReportedJobChange> counted) {
        return data.jobChanges().stream().filter(change -> data.inYearTo(change.changedOn)).filter(counted).toList();
    }

    private Measured workIncentives(List<ReportedJob> starts, List<ReportedJobChange> changes) {
        long counselledStarts = starts.stream().filter(job -> counselledBefore(job.clientId, job.startedOn)).count();
        long counselledChanges = changes.stream()
                .filter(change -> counselledBefore(change.clientId, change.changedOn)).count();
        int moments = starts.size() + changes.size();
        Double share = moments == 0 ? null : (double) (counselledStarts + counselledChanges) / moments;
        return new Measured(share, null, numbers("jobStarts", starts.size(), "jobChanges", changes.size(),
                "counselledBefore", counselledStarts + counselledChanges), moments);
    }

    private boolean counselledBefore(UUID clientId, LocalDate day) {
        return data.counselling().stream().anyMatch(c -> c.clientId.equals(clientId) && !c.givenOn.isAfter(day)
                && !c.givenOn.isBefore(day.minusDays(COUNSELLING_COUNTS_DAYS)));
    }

    // ---- Item 15: rapid job search ----

    private ComputedItem rapidJobSearch() {
        Map<String, Measured> each = perSpecialist(specialist -> rapidJobSearch(data.clients().values().stream()
                .filter(c -> specialist.specialistId.equals(c.enrolledBy)).toList()));
        List<ReportedClient> group = data.groupClients().stream().map(data.clients()::get)
                .filter(Objects::nonNull).toList();
        return new ComputedItem(FidelityItem.RAPID_JOB_SEARCH, rapidJobSearch(group), each);
    }

    private Measured rapidJobSearch(List<ReportedClient> clients) {
        List<ReportedClient> cohort = clients.stream().filter(c -> data.inYearTo(c.enrolledOn)).toList();
        List<Long> days = new ArrayList<>();
        int withoutContact = 0;
        int dueWithinThirty = 0;
        int withinThirty = 0;
        for (ReportedClient client : cohort) {
            Optional<LocalDate> first = data.employerContacts().stream()
                    .filter(contact -> contact.faceToFace && contact.clientIds.contains(client.clientId))
                    .map(contact -> contact.contactedOn)
                    .filter(on -> !on.isBefore(client.enrolledOn) && !on.isAfter(data.last()))
                    .min(LocalDate::compareTo);
            long waited = ChronoUnit.DAYS.between(client.enrolledOn, first.orElse(data.last()));
            days.add(waited);
            if (first.isEmpty()) {
                withoutContact++;
            }
            if (ChronoUnit.DAYS.between(client.enrolledOn, data.last()) >= 30) {
                dueWithinThirty++;
                if (first.isPresent() && waited <= 30) {
                    withinThirty++;
                }
            }
        }
        Double meanDays = days.isEmpty() ? null : days.stream().mapToLong(Long::longValue).average().orElseThrow();
        return new Measured(meanDays, meanDays == null ? null : atMost(meanDays, 30, 60, 150, 270),
                numbers("clientsEnrolled", cohort.size(), "withoutContact", withoutContact,
                        "enrolledAtLeast30DaysAgo", dueWithinThirty, "firstContactWithin30Days", withinThirty),
                cohort.size());
    }

    // ---- Item 17: frequent employer contact ----

    private ComputedItem employerContacts() {
        double weeks = (ChronoUnit.DAYS.between(data.period().first(), data.last()) + 1) / 7.0;
        Map<String, Measured> each = perSpecialist(specialist -> {
            long contacts = data.employerContacts().stream()
                    .filter(c -> c.faceToFace && c.specialistId.equals(specialist.specialistId)
                            && data.period().contains(c.contactedOn))
                    .count();
            Map<String, Object> numbers = numbers("faceToFaceContacts", contacts, "weeks", round(weeks),
                    "fullTimeEquivalents", specialist.workingFraction);
            if (specialist.workingFraction.signum() == 0) {
                return new Measured(null, null, numbers, null);
            }
            double perWeek = contacts / weeks / specialist.workingFraction.doubleValue();
            return new Measured(perWeek, atLeast(perWeek, 6, 5, 4, 2), numbers, null);
        });
        Double mean = mean(values(each));
        return new ComputedItem(FidelityItem.EMPLOYER_CONTACT_FREQUENCY, new Measured(mean,
                mean == null ? null : atLeast(mean, 6, 5, 4, 2), numbers("specialists", values(each).size()),
                null), each);
    }

    // ---- Items 19 and 20: diversity of job types and of employers ----

    private ComputedItem diversity(FidelityItem item, Function<ReportedJob, Object> kind) {
        Map<String, Measured> each = perSpecialist(specialist -> diversity(jobsStartedInYear(
                job -> data.served(specialist.specialistId, job.clientId, job.startedOn)), kind));
        return new ComputedItem(item, diversity(jobsStartedInYear(job -> data.groupClients().contains(job.clientId)),
                kind), each);
    }

    private List<ReportedJob> jobsStartedInYear(Predicate<ReportedJob> whose) {
        return data.jobs().stream().filter(job -> data.inYearTo(job.startedOn)).filter(whose).toList();
    }

    private static Measured diversity(List<ReportedJob> jobs, Function<ReportedJob, Object> kind) {
        List<Object> kinds = jobs.stream().map(kind).filter(Objects::nonNull).toList();
        long distinct = kinds.stream().distinct().count();
        Map<String, Object> numbers = numbers("jobStarts", jobs.size(), "withKindKnown", kinds.size(), "distinct",
                distinct);
        if (kinds.isEmpty()) {
            return new Measured(null, null, numbers, jobs.size());
        }
        double share = (double) distinct / kinds.size();
        return new Measured(share, atLeast(share, 0.85, 0.70, 0.60, 0.50), numbers, jobs.size());
    }

    // ---- Item 21: competitive jobs ----

    private ComputedItem competitiveJobs() {
        Map<String, Measured> each = perSpecialist(specialist -> competitiveJobs(currentJobs(
                job -> data.served(specialist.specialistId, job.clientId, data.last()))));
        return new ComputedItem(FidelityItem.COMPETITIVE_JOBS,
                competitiveJobs(currentJobs(job -> data.groupClients().contains(job.clientId))), each);
    }

    private List<ReportedJob> currentJobs(Predicate<ReportedJob> whose) {
        return data.jobs().stream().filter(job -> !job.startedOn.isAfter(data.last()))
                .filter(job -> job.endedOn == null || job.endedOn.isAfter(data.last())).filter(whose).toList();
    }

    private static Measured competitiveJobs(List<ReportedJob> current) {
        long competitive = current.stream().filter(job -> job.competitive).count();
        long permanent = current.stream().filter(job -> job.competitive && job.permanent).count();
        // Some copies of the scale give a 1 when fewer than 10 jobs are held; that rule is unverified
        // (docs/fidelity.md), so it is shown to the reviewers, not applied.
        Map<String, Object> numbers = numbers("currentJobs", current.size(), "competitive", competitive,
                "competitiveAndPermanent", permanent, "fewerThanTenCurrentJobs", current.size() < 10);
        if (current.isEmpty()) {
            return new Measured(null, null, numbers, 0);
        }
        double share = (double) competitive / current.size();
        return new Measured(share, atLeast(share, 0.95, 0.85, 0.75, 0.64), numbers, current.size());
    }

    // ---- Item 23: time-unlimited follow-along supports; the reviewers decide a 5 ----

    private ComputedItem followAlong() {
        Map<String, Measured> each = perSpecialist(specialist -> followAlong(jobsStartedInYear(
                job -> data.served(specialist.specialistId, job.clientId, job.startedOn))));
        return new ComputedItem(FidelityItem.TIME_UNLIMITED_FOLLOW_ALONG,
                followAlong(jobsStartedInYear(job -> data.groupClients().contains(job.clientId))), each);
    }

    private Measured followAlong(List<ReportedJob> jobs) {
        int judged = 0;
        int weeklyThenMonthly = 0;
        int heldFourMonths = 0;
        int contactInFourthMonth = 0;
        int contactAfterFirstMonth = 0;
        for (ReportedJob job : jobs) {
            LocalDate observedTo = job.endedOn == null || job.endedOn.isAfter(data.last()) ? data.last()
                    : job.endedOn;
            List<LocalDate> contacts = data.followAlong().stream()
                    .filter(c -> c.clientId.equals(job.clientId) && c.countsForFidelity())
                    .map(c -> c.contactedOn)
                    .filter(on -> !on.isBefore(job.startedOn) && !on.isAfter(observedTo)).toList();
            List<LocalDate[]> windows = followAlongWindows(job.startedOn, observedTo);
            if (!windows.isEmpty()) {
                judged++;
                if (windows.stream().allMatch(w -> contacts.stream().anyMatch(on -> within(on, w[0], w[1])))) {
                    weeklyThenMonthly++;
                }
            }
            if (!observedTo.isBefore(job.startedOn.plusDays(119))) {
                heldFourMonths++;
                if (contacts.stream().anyMatch(on -> within(on, job.startedOn.plusDays(90),
                        job.startedOn.plusDays(119)))) {
                    contactInFourthMonth++;
                }
            }
            if (contacts.stream().anyMatch(on -> !on.isBefore(job.startedOn.plusDays(28)))) {
                contactAfterFirstMonth++;
            }
        }
        Map<String, Object> numbers = numbers("jobStarts", jobs.size(), "jobsPastTheirFirstWeek", judged,
                "weeklyThenMonthly", weeklyThenMonthly, "jobsHeldFourMonths", heldFourMonths,
                "contactInFourthMonth", contactInFourthMonth, "contactAfterFirstMonth", contactAfterFirstMonth);
        if (judged == 0) {
            return new Measured(null, null, numbers, jobs.size());
        }
        double share = (double) weeklyThenMonthly / judged;
        int score = share >= 0.5 ? 4
                : heldFourMonths > 0 && (double) contactInFourthMonth / heldFourMonths >= 0.5 ? 3
                : contactAfterFirstMonth > 0 ? 2 : 1;
        return new Measured(share, score, numbers, jobs.size());
    }

    /**
     * The whole weeks of a job's first four weeks, then its whole 30-day months up to a year, that have passed by
     * {@code observedTo}; "weekly for the first month, then monthly" means a contact in each.
     */
    private static List<LocalDate[]> followAlongWindows(LocalDate started, LocalDate observedTo) {
        List<LocalDate[]> windows = new ArrayList<>();
        for (int week = 0; week < 4; week++) {
            windows.add(new LocalDate[] {started.plusDays(7L * week), started.plusDays(7L * week + 6)});
        }
        for (int month = 0; month < 11; month++) {
            windows.add(new LocalDate[] {started.plusDays(28 + 30L * month), started.plusDays(28 + 30L * month + 29)});
        }
        return windows.stream().filter(w -> !w[1].isAfter(observedTo)).toList();
    }

    // ---- Item 24: community-based services ----

    private ComputedItem communityBased() {
        Map<String, Measured> each = perSpecialist(specialist -> {
            Map<ActivityKind, Integer> minutes = activitiesOf(specialist.specialistId).stream()
                    .collect(Collectors.groupingBy(a -> a.kind, Collectors.summingInt(a -> a.minutes)));
            int community = minutes.getOrDefault(ActivityKind.COMMUNITY, 0);
            int all = minutes.values().stream().mapToInt(Integer::intValue).sum();
            int outsideMeetings = community + minutes.getOrDefault(ActivityKind.OFFICE, 0);
            Map<String, Object> numbers = numbers("communityMinutes", community, "loggedMinutes", all,
                    "communityShareLeavingOutMeetings",
                    outsideMeetings == 0 ? null : round((double) community / outsideMeetings));
            if (all == 0) {
                return new Measured(null, null, numbers, null);
            }
            double share = (double) community / all;
            return new Measured(share, atLeast(share, 0.65, 0.50, 0.40, 0.30), numbers, null);
        });
        Double mean = mean(values(each));
        return new ComputedItem(FidelityItem.COMMUNITY_BASED, new Measured(mean,
                mean == null ? null : atLeast(mean, 0.65, 0.50, 0.40, 0.30),
                numbers("specialists", values(each).size()), null), each);
    }

    private List<ReportedActivity> activitiesOf(String specialistId) {
        return data.activities().stream()
                .filter(a -> a.specialistId.equals(specialistId) && data.period().contains(a.onDay)).toList();
    }

    // ---- Shared arithmetic ----

    private Map<String, Measured> perSpecialist(Function<ReportedSpecialist, Measured> measure) {
        Map<String, Measured> each = new LinkedHashMap<>();
        data.specialists().forEach(specialist -> each.put(specialist.specialistId, measure.apply(specialist)));
        return each;
    }

    /** Score where more is better; each threshold is the least value for 5, 4, 3 and 2. */
    static int atLeast(double value, double five, double four, double three, double two) {
        return value >= five ? 5 : value >= four ? 4 : value >= three ? 3 : value >= two ? 2 : 1;
    }

    /** Score where less is better; each threshold is the most value for 5, 4, 3 and 2. */
    static int atMost(double value, double five, double four, double three, double two) {
        return value <= five ? 5 : value <= four ? 4 : value <= three ? 3 : value <= two ? 2 : 1;
    }

    private static List<Double> values(Map<String, Measured> each) {
        return each.values().stream().map(Measured::value).filter(Objects::nonNull).toList();
    }

    private static Integer people(Map<String, Measured> each) {
        return each.values().stream().map(Measured::people).filter(Objects::nonNull)
                .reduce(Integer::sum).orElse(null);
    }

    private static Double mean(List<Double> values) {
        return values.isEmpty() ? null : values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private List<LocalDate> weeks() {
        List<LocalDate> mondays = new ArrayList<>();
        for (LocalDate monday = monday(data.period().first()); !monday.isAfter(data.last());
                monday = monday.plusWeeks(1)) {
            mondays.add(monday);
        }
        return mondays;
    }

    private static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static boolean within(LocalDate day, LocalDate first, LocalDate last) {
        return !day.isBefore(first) && !day.isAfter(last);
    }

    /** Named numbers in the order given; null values are kept, as "unknown". */
    private static Map<String, Object> numbers(Object... namesAndValues) {
        Map<String, Object> numbers = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            numbers.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return numbers;
    }
}
