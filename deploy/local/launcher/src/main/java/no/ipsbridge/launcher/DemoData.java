package no.ipsbridge.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import no.ipsbridge.infra.KeycloakServer;
import no.ipsbridge.norwegianids.SyntheticIdentityNumbers;
import no.ipsbridge.testing.KeycloakTokens;

/**
 * A believable Bergen setup, entered through the public APIs the way the demo users would: three employment
 * specialists, some 30 clients in every state of the IPS path, two quarters of their work dated on the days it
 * happened (so the previous quarter's fidelity report is complete and this quarter's is running), and one client in
 * Oslo.
 * Every request carries a fixed Idempotency-Key, so a load cut short can run again into the same state and
 * changes nothing twice. The identity numbers are synthetic (Tenor's month + 80), never a real person's.
 */
final class DemoData {

    private static final List<String> PATH = List.of("REFERRED", "ENROLLED", "JOB_SEARCH", "EMPLOYED", "FOLLOW_ALONG");
    private static final String[] GIVEN = {"Ingrid", "Jonas", "Sara", "Ahmed", "Marte", "Ole", "Nora", "Emil", "Leah",
        "Filip", "Aisha", "Henrik", "Thea", "Mats", "Amina", "Sindre", "Ida", "Tobias", "Maja", "Elias", "Selma",
        "Kristian", "Hanna", "Mohammed", "Vilde", "Sander", "Julie", "Magnus", "Ella", "Jakob"};
    private static final String[] FAMILY = {"Haugen", "Berg", "Lie", "Hassan", "Dahl", "Nilsen", "Johansen", "Larsen",
        "Olsen", "Hansen", "Ali", "Pedersen", "Kristiansen", "Jensen", "Karlsen", "Andersen", "Eide", "Solberg",
        "Moen", "Bakke", "Strand", "Halvorsen", "Lund", "Ahmed", "Vik", "Sæther", "Myhre", "Rønning", "Aas", "Holm"};

    /** The realm's specialists (fixed ids), each registered on the roster by the team lead. */
    private static final String COUNSELLOR2_BERGEN = "5f0c1a2e-000a-4c3a-9a10-00000000000a";

    private record DemoSpecialist(String username, String id, String displayName, double workingFraction) {
    }

    /** The STYRK-08 occupations the clients want, by their place in the list of enrolled clients. */
    private static final String[] WANTED = {"5223", "5120", "9112", "7231", "4110", "5131", "9111", "8322"};

    /** How many weeks of history the demo data holds: the previous quarter and this one so far. */
    private static final int WEEKS = 27;

    private static final List<DemoSpecialist> SPECIALISTS = List.of(
            new DemoSpecialist("specialist.bergen", "5f0c1a2e-0001-4c3a-9a10-000000000001", "Siri Spesialist", 1.0),
            new DemoSpecialist("specialist2.bergen", "5f0c1a2e-0007-4c3a-9a10-000000000007", "Per Jobbspesialist", 1.0),
            new DemoSpecialist("specialist3.bergen", "5f0c1a2e-0008-4c3a-9a10-000000000008", "Nora Jobbspesialist",
                    0.6));

    /** A demo client on the IPS path, the specialist who enrolled them, and the days of their path. */
    private record DemoClient(String id, String status, DemoSpecialist specialist, LocalDate enrolledOn,
            LocalDate jobStartedOn) {
    }

    private final List<LocalService> services;
    private final LocalDate today;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final KeycloakTokens tokens;

    DemoData(KeycloakServer keycloak, List<LocalService> services, LocalDate today) {
        this.tokens = new KeycloakTokens(keycloak.issuer());
        this.services = services;
        this.today = today;
    }

    /** The first day of the quarter {@code today} is in. */
    private LocalDate quarterStart() {
        return today.withMonth((today.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1);
    }

    /** The day the specialists started and joined their teams: two months before the previous quarter. */
    private LocalDate historyStart() {
        return quarterStart().minusMonths(5);
    }

    /**
     * The day the demo data was first loaded, kept in {@code file}. Its dates count back from that day, so a load
     * cut short and resumed on a later day sends the very same requests, which the Idempotency-Keys answer as done.
     */
    static LocalDate demoDay(Path file) throws IOException {
        if (Files.exists(file)) {
            return LocalDate.parse(Files.readString(file).strip());
        }
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));
        Files.writeString(file, today.toString());
        return today;
    }

    void load(BiConsumer<String, Object[]> progress) throws IOException, InterruptedException {
        Optional<String> clients = url("clients");
        if (clients.isEmpty()) {
            return;
        }
        Optional<String> specialists = url("specialists");
        List<String> teamIds = loadTeams();
        if (!teamIds.isEmpty()) {
            progress.accept("Demo data: %d treatment teams of Helse Bergen with their meetings",
                    new Object[] {teamIds.size()});
        }
        if (specialists.isPresent()) {
            for (DemoSpecialist specialist : SPECIALISTS) {
                post(specialists.get() + "/api/specialists", "lead.bergen", "demo-roster-" + specialist.id(), Map.of(
                        "userId", specialist.id(), "displayName", specialist.displayName(), "agency", "NAV",
                        "org", "nav-bergen", "healthTrust", "helse-bergen",
                        "workingFraction", specialist.workingFraction(), "startedOn", historyStart().toString()),
                        201, 409);
            }
            // specialist3.bergen's 60 % post became full time on the first day of this quarter.
            post(specialists.get() + "/api/specialists/" + SPECIALISTS.get(2).id() + "/working-fraction", "lead.bergen",
                    "demo-fraction-" + SPECIALISTS.get(2).id(), Map.of("workingFraction", 1.0,
                            "effectiveOn", quarterStart().toString()), 200);
        }
        List<String> nationalIds = SyntheticIdentityNumbers.first(31);
        List<DemoClient> enrolled = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String status = PATH.get(i % PATH.size());
            DemoSpecialist specialist = SPECIALISTS.get(i % SPECIALISTS.size());
            String team = teamIds.isEmpty() ? null : teamIds.get(i % teamIds.size());
            DemoClient client = loadClient(clients.get(), "clinician.bergen", "nav-bergen", nationalIds.get(i),
                    GIVEN[i], FAMILY[i], team, status, specialist, i % 2 == 0);
            if (!status.equals("REFERRED")) {
                enrolled.add(client);
            }
        }
        loadClient(clients.get(), "clinician.oslo", "nav-oslo", nationalIds.get(30), "Emma", "Strand", null,
                "REFERRED", null, false);
        progress.accept("Demo data: 30 clients in Bergen, 1 in Oslo", new Object[0]);
        if (specialists.isPresent()) {
            for (DemoClient client : enrolled) {
                postWhenKnown(specialists.get() + "/api/specialists/" + client.specialist().id() + "/caseload",
                        client.specialist().username(), "demo-assign-" + client.id(), Map.of("clientId", client.id(),
                                "assignedOn", client.enrolledOn().toString()));
            }
            progress.accept("Demo data: 3 specialists with %d clients on their caseloads",
                    new Object[] {enrolled.size()});
            markProtected(clients.get(), enrolled);
            progress.accept("Demo data: %s has a protected address (strengt fortrolig), %s is shielded "
                    + "(counsellor2.bergen assigned)", new Object[] {enrolled.get(3).id(), enrolled.get(1).id()});
            loadWorkingTime(specialists.get());
            loadNavContacts(specialists.get(), enrolled);
            progress.accept("Demo data: two quarters of the specialists' working time and contacts with NAV",
                    new Object[0]);
            loadCareerProfiles(clients.get(), enrolled);
        }
        Optional<String> placements = url("placements");
        if (placements.isPresent()) {
            int jobs = loadPlacements(placements.get(), enrolled);
            progress.accept("Demo data: 8 employers, %d jobs, employer contacts and follow-along", new Object[] {jobs});
            int sent = loadNavReports(placements.get(), enrolled);
            progress.accept("Demo data: %d interval reports sent to NAV, one more in draft", new Object[] {sent});
        }
    }

    private DemoClient loadClient(String base, String clinician, String navOffice, String nationalId,
            String givenName, String familyName, String teamId, String status, DemoSpecialist specialist,
            boolean navConsent) throws IOException, InterruptedException {
        String key = "demo-" + nationalId;
        Map<String, Object> referral = new HashMap<>(Map.of("nationalId", nationalId, "givenName", givenName,
                "familyName", familyName, "navOffice", navOffice, "workingAtReferral", false,
                "email", (givenName + "." + familyName).toLowerCase(Locale.ROOT) + "@example.invalid",
                "note", "Demo client; wants ordinary paid work."));
        if (teamId != null) {
            referral.put("treatmentTeamId", teamId);
        }
        // Enrolled over the last two quarters and referred one to four weeks before that; those who work started some
        // weeks after enrolment (those in follow-along long enough ago to be past their first month), so the
        // outcomes' time to a job, the teams' time from referral to enrolment and both quarters' reports are plausible.
        int spread = Math.abs(nationalId.hashCode());
        int step = PATH.indexOf(status);
        boolean works = step >= PATH.indexOf("EMPLOYED");
        LocalDate enrolledOn = today.minusDays(works ? 70 + spread % 110 : 20 + spread % 160);
        LocalDate jobStartedOn = works ? min(enrolledOn.plusDays(15 + spread % 40), today.minusDays(45)) : null;
        boolean enrols = step >= PATH.indexOf("ENROLLED");
        referral.put("referredOn", (enrols ? enrolledOn.minusDays(7 + spread % 21) : today.minusDays(spread % 20))
                .toString());
        JsonNode client = post(base + "/api/referrals", clinician, key + "-referral", referral, 201);
        if (!client.has("id")) {
            throw new IllegalStateException("Demo data: .ips holds a half-loaded copy from an older version of the "
                    + "demo data; stop, remove .ips (it deletes the local data) and start again");
        }
        String id = client.get("id").asText();
        for (int next = 1; next <= step; next++) {
            String to = PATH.get(next);
            if (to.equals("ENROLLED")) {
                post(base + "/api/clients/" + id + "/enrolment", specialist.username(), key + "-enrol",
                        Map.of("enrolledOn", enrolledOn.toString()), 200);
            } else {
                LocalDate on = switch (to) {
                    case "JOB_SEARCH" -> enrolledOn.plusDays(3);
                    case "EMPLOYED" -> jobStartedOn;
                    default -> jobStartedOn.plusDays(35);
                };
                post(base + "/api/clients/" + id + "/status", specialist.username(), key + "-" + to,
                        Map.of("status", to, "on", on.toString()), 200);
            }
        }
        if (navConsent) {
            postWhenTreated(base + "/api/clients/" + id + "/consents", clinician, key + "-consent",
                    Map.of("direction", "HEALTH_TO_NAV"));
        }
        return new DemoClient(id, status, specialist, enrolledOn, jobStartedOn);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /**
     * One client with a protected address and one who works at NAV Bergen (shielded), both consenting to sharing with
     * NAV: counsellor.bergen sees the first without e-mail and does not find the second; counsellor2.bergen does.
     */
    private void markProtected(String base, List<DemoClient> enrolled) throws IOException, InterruptedException {
        DemoClient protectedAddress = enrolled.get(3);
        put(base + "/api/clients/" + protectedAddress.id() + "/protection", protectedAddress.specialist().username(),
                Map.of("addressProtection", "STRENGT_FORTROLIG", "shielded", false));
        DemoClient shielded = enrolled.get(1);
        put(base + "/api/clients/" + shielded.id() + "/protection", shielded.specialist().username(),
                Map.of("addressProtection", "NONE", "shielded", true, "navCounsellorId", COUNSELLOR2_BERGEN));
    }

    /**
     * Two treatment teams of Helse Bergen, with clinician.bergen in both, specialist.bergen and specialist2.bergen
     * attached to one each and specialist3.bergen to both since the history starts, and the weekly meetings of two
     * quarters: the team's own specialist misses one in four, specialist3.bergen comes every other week.
     */
    private List<String> loadTeams() throws IOException, InterruptedException {
        Optional<String> teams = url("teams");
        if (teams.isEmpty()) {
            return List.of();
        }
        String base = teams.get() + "/api/teams";
        List<String> ids = new ArrayList<>();
        String[][] demoTeams = {{"Psykoseteam Bjørgvin", "FACT"}, {"DPS Sandviken poliklinikk", "OUTPATIENT"}};
        for (String[] demoTeam : demoTeams) {
            String key = "demo-team-" + demoTeam[0].hashCode();
            ids.add(post(base, "lead.bergen", key, Map.of("name", demoTeam[0], "kind", demoTeam[1]), 201)
                    .get("id").asText());
        }
        for (int t = 0; t < ids.size(); t++) {
            String team = base + "/" + ids.get(t);
            String since = historyStart().toString();
            post(team + "/clinicians", "lead.bergen", "demo-clinician-" + t,
                    Map.of("clinicianId", "5f0c1a2e-0003-4c3a-9a10-000000000003", "joinedOn", since), 201);
            String own = SPECIALISTS.get(t).id();
            String shared = SPECIALISTS.get(2).id();
            post(team + "/specialists", "lead.bergen", "demo-attach-" + t, Map.of("specialistId", own,
                    "attachedOn", since), 201);
            post(team + "/specialists", "lead.bergen", "demo-attach-shared-" + t, Map.of("specialistId", shared,
                    "attachedOn", since), 201);
            if (get(team + "/meetings", "lead.bergen").size() > 0) {
                continue; // loaded by an earlier run
            }
            for (int week = 0; week < WEEKS; week++) {
                LocalDate heldOn = today.minusWeeks(week).with(DayOfWeek.TUESDAY);
                if (heldOn.isAfter(today)) {
                    continue;
                }
                List<String> attendees = new ArrayList<>(List.of("5f0c1a2e-0003-4c3a-9a10-000000000003"));
                if (week % 4 != 3) {
                    attendees.add(own);
                }
                if (week % 2 == t) {
                    attendees.add(shared);
                }
                post(team + "/meetings", "lead.bergen", "demo-meeting-" + t + "-" + week, Map.of(
                        "heldOn", heldOn.toString(), "attendeeIds", attendees), 201);
            }
        }
        return ids;
    }

    /**
     * Two quarters of each specialist's logged time, for the fidelity item on community work: specialist.bergen is
     * out most, specialist2.bergen about half the time, and specialist3.bergen, shared by two teams, spends more time
     * in the office.
     */
    private void loadWorkingTime(String base) throws IOException, InterruptedException {
        int[][] minutes = {{300, 240, 120, 45}, {240, 180, 180, 45}, {150, 120, 300, 0}};
        for (int i = 0; i < SPECIALISTS.size(); i++) {
            DemoSpecialist specialist = SPECIALISTS.get(i);
            for (int week = 1; week <= WEEKS; week++) {
                LocalDate monday = today.minusWeeks(week).with(DayOfWeek.MONDAY);
                String key = "demo-time-" + specialist.id() + "-" + week;
                logTime(base, specialist, key + "-office", monday, "OFFICE", minutes[i][2]);
                logTime(base, specialist, key + "-community", monday.plusDays(1), "COMMUNITY", minutes[i][0]);
                logTime(base, specialist, key + "-community-2", monday.plusDays(3), "COMMUNITY", minutes[i][1]);
                logTime(base, specialist, key + "-team", monday.plusDays(2), "TEAM_MEETING", 60);
                boolean metNav = minutes[i][3] > 0 && (i == 0 || week % 2 == 0);
                if (metNav) {
                    logTime(base, specialist, key + "-nav", monday.plusDays(2), "NAV_MEETING", minutes[i][3]);
                }
            }
        }
    }

    /**
     * The specialists' contacts with NAV counsellors, for fidelity item 6: specialist.bergen calls about shared clients
     * every week and meets NAV Bergen face to face at a scheduled meeting each month; specialist2.bergen is in touch
     * every month and meets them once a quarter; specialist3.bergen only once a quarter, by phone.
     */
    private void loadNavContacts(String base, List<DemoClient> clients) throws IOException, InterruptedException {
        for (int week = 1; week <= WEEKS; week++) {
            LocalDate wednesday = today.minusWeeks(week).with(DayOfWeek.WEDNESDAY);
            navContact(base, SPECIALISTS.get(0), "demo-nav-call-" + week, wednesday, false, false, List.of());
        }
        for (int month = 0; month < 6; month++) {
            LocalDate thursday = quarterStart().minusMonths(3).plusMonths(month).with(
                    java.time.temporal.TemporalAdjusters.firstInMonth(DayOfWeek.THURSDAY));
            if (!thursday.isBefore(today)) {
                continue;
            }
            DemoSpecialist first = SPECIALISTS.get(0);
            List<String> discussed = clients.stream().filter(c -> c.specialist() == first
                    && !c.enrolledOn().isAfter(thursday)).map(DemoClient::id).limit(3).toList();
            navContact(base, first, "demo-nav-meeting-" + month, thursday, true, true, discussed);
            navContact(base, SPECIALISTS.get(1), "demo-nav-touch-" + month, thursday.plusDays(5), month % 3 == 1,
                    month % 3 == 1, List.of());
            if (month % 3 == 2) {
                navContact(base, SPECIALISTS.get(2), "demo-nav-call-3-" + month, thursday.plusDays(1), false, false,
                        List.of());
            }
        }
    }

    private void navContact(String base, DemoSpecialist specialist, String key, LocalDate on, boolean scheduled,
            boolean faceToFace, List<String> clientIds) throws IOException, InterruptedException {
        post(base + "/api/me/nav-contacts", specialist.username(), key + "-" + specialist.id(), Map.of(
                "contactedOn", on.toString(), "scheduled", scheduled, "faceToFace", faceToFace, "clientIds",
                clientIds), 201);
    }

    /**
     * Career profiles as the specialists filled them in: most within a fortnight of enrolment, a few later, and for
     * half of those who found work an update in the week after the start.
     */
    private void loadCareerProfiles(String base, List<DemoClient> clients) throws IOException, InterruptedException {
        for (int i = 0; i < clients.size(); i++) {
            DemoClient client = clients.get(i);
            LocalDate assessed = client.enrolledOn().plusDays(i % 4 == 3 ? 40 : 10);
            if (assessed.isAfter(today)) {
                continue;
            }
            updateProfile(base, client, assessed, List.of(WANTED[i % WANTED.length]));
            if (client.jobStartedOn() != null && i % 2 == 0) {
                updateProfile(base, client, client.jobStartedOn().plusDays(7),
                        List.of(WANTED[i % WANTED.length], WANTED[(i + 1) % WANTED.length]));
            }
        }
    }

    private void updateProfile(String base, DemoClient client, LocalDate on, List<String> occupationCodes)
            throws IOException, InterruptedException {
        String url = base + "/api/clients/" + client.id() + "/career-profile";
        HttpResponse<String> read = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token(client.specialist().username())).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode profile = json.readTree(read.body());
        if (profile.path("updatedOn").asText("").compareTo(on.toString()) >= 0) {
            return; // loaded by an earlier run
        }
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token(client.specialist().username()))
                .header("Content-Type", "application/json")
                .header("If-Match", read.headers().firstValue("ETag").orElse("*"))
                .PUT(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("jobPreferences",
                        "Demo: wants ordinary paid work", "preferredOccupationCodes", occupationCodes,
                        "hoursPerWeekWanted", 20, "wantsEducation", false, "disclosure", "PARTIAL",
                        "updatedOn", on.toString())))).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Demo data: " + url + " answered " + response.statusCode() + ": "
                    + response.body());
        }
    }

    private void logTime(String base, DemoSpecialist specialist, String key, LocalDate on, String kind, int minutes)
            throws IOException, InterruptedException {
        post(base + "/api/me/activities", specialist.username(), key,
                Map.of("on", on.toString(), "kind", kind, "minutes", minutes), 201);
    }

    /**
     * Posts to a service that learns of the client from Kafka a moment after the clients service wrote it; until
     * then it answers 422, so this tries again for a while.
     */
    private JsonNode postWhenKnown(String url, String user, String idempotencyKey, Map<String, Object> body)
            throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            HttpResponse<String> response = send(url, user, idempotencyKey, body);
            if (response.statusCode() == 200 || response.statusCode() == 201 || response.statusCode() == 409
                    || doneEarlier(response)) {
                return json.readTree(response.body());
            }
            if (response.statusCode() != 422 || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Demo data: " + url + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            Thread.sleep(250);
        }
    }

    /**
     * Records what a clinician records for a client their team referred: the clients service answers 404 until it has
     * read from the teams topic that the clinician is in the team, a moment after the team was set up.
     */
    private void postWhenTreated(String url, String clinician, String idempotencyKey, Map<String, Object> body)
            throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            HttpResponse<String> response = send(url, clinician, idempotencyKey, body);
            if (response.statusCode() == 201 || doneEarlier(response)) {
                return;
            }
            if (response.statusCode() != 404 || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Demo data: " + url + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            Thread.sleep(250);
        }
    }

    /**
     * Eight Bergen employers; a job for every working client, in different occupations, on the day it started, with
     * follow-along from the week before the start (weekly in the first month, then every three weeks); benefits
     * counselling before half of the starts; each job seeker's first face-to-face employer contact some days or weeks
     * after enrolment; and the specialists' visits to learn employers' needs over two quarters (specialist.bergen six a
     * week, specialist2.bergen four, specialist3.bergen two).
     */
    private int loadPlacements(String base, List<DemoClient> clients) throws IOException, InterruptedException {
        String[][] employers = {{"923456783", "Bergen Bakeri AS", "10.711"}, {"934567897", "Fjord Hotell AS", "55.101"},
            {"945678917", "Vestland Bygg og Anlegg AS", "41.200"}, {"956789125", "Bryggen Sykkelverksted AS", "95.290"},
            {"923456791", "Nordnes Dagligvare AS", "47.111"}, {"934567803", "Kafé Vågen AS", "56.101"},
            {"978901239", "Bergen Renhold AS", "81.210"}, {"989012347", "Åsane Transport AS", "49.410"}};
        String[] occupations = {"5223", "5120", "9112", "7231", "4110", "5131", "9111", "8322", "5223", "9112"};
        List<String> employerIds = new ArrayList<>();
        for (String[] employer : employers) {
            JsonNode created = post(base + "/api/employers", "specialist.bergen", "demo-employer-" + employer[0],
                    Map.of("organisationNumber", employer[0], "name", employer[1], "naceCode", employer[2],
                            "municipality", "Bergen"), 201, 409);
            employerIds.add(created.has("id") ? created.get("id").asText()
                    : created.get("existing").asText().substring("/api/employers/".length()));
        }
        int jobs = 0;
        for (int i = 0; i < clients.size(); i++) {
            DemoClient client = clients.get(i);
            String employer = employerIds.get(i % employerIds.size());
            LocalDate started = client.jobStartedOn();
            if (started != null) {
                // Most in the occupation the client wanted; one in four in another.
                String occupation = i % 4 == 1 ? occupations[jobs % occupations.length] : WANTED[i % WANTED.length];
                Map<String, Object> job = new HashMap<>(Map.of("clientId", client.id(),
                        "employerId", employerIds.get(jobs % employerIds.size()), "title", "Assistant",
                        "occupationCode", occupation,
                        "hoursPerWeek", 10 + 5 * (i % 4),
                        "hourlyWage", 210 + i, "competitive", true, "permanent", i % 2 == 0,
                        "startedOn", started.toString()));
                if (jobs % 2 == 0) {
                    // Half had benefits counselling from their NAV counsellor before the start; for the others it
                    // shows as due on the specialist's phone.
                    postWhenKnown(base + "/api/clients/" + client.id() + "/benefits-counselling",
                            client.specialist().username(), "demo-benefits-" + client.id(), Map.of(
                                    "givenOn", client.enrolledOn().plusDays(7).toString(), "givenBy", "NAV_COUNSELLOR",
                                    "topics", List.of("EARNINGS_AND_BENEFITS", "WORK_ASSESSMENT_ALLOWANCE")));
                }
                postWhenKnown(base + "/api/jobs", client.specialist().username(), "demo-job-" + client.id(), job);
                jobs++;
            }
            if (started != null) {
                // One in three had no contact in the week before the start.
                List<LocalDate> contacts = new ArrayList<>(i % 3 == 0 ? List.of(started.plusDays(2))
                        : List.of(started.minusDays(3), started.plusDays(2)));
                for (LocalDate on = started.plusDays(8); on.isBefore(today); on = on.plusDays(
                        on.isBefore(started.plusDays(28)) ? 7 : 21)) {
                    contacts.add(on);
                }
                for (LocalDate on : contacts) {
                    postWhenKnown(base + "/api/follow-along-contacts", client.specialist().username(),
                            "demo-follow-along-" + client.id() + "-" + on, Map.of("clientId", client.id(),
                                    "with", "CLIENT", "faceToFace", true, "contactedOn", on.toString()));
                }
            }
            LocalDate firstContact = client.enrolledOn().plusDays(5 + (i * 11) % 50);
            if (!client.status().equals("ENROLLED") && firstContact.isBefore(today)
                    && (started == null || firstContact.isBefore(started))) {
                postWhenKnown(base + "/api/employer-contacts", client.specialist().username(),
                        "demo-employer-contact-" + client.id(), Map.of("employerId", employer, "faceToFace", true,
                                "purpose", "PRESENTING_CANDIDATE", "clientIds", List.of(client.id()),
                                "contactedOn", firstContact.toString()));
            }
        }
        int[] visitsPerWeek = {6, 4, 2};
        for (int s = 0; s < SPECIALISTS.size(); s++) {
            DemoSpecialist specialist = SPECIALISTS.get(s);
            for (int week = 1; week <= WEEKS; week++) {
                for (int visit = 0; visit < visitsPerWeek[s]; visit++) {
                    post(base + "/api/employer-contacts", specialist.username(),
                            "demo-employer-visit-" + specialist.id() + "-" + week + "-" + visit, Map.of(
                                    "employerId", employerIds.get((week + visit) % employerIds.size()),
                                    "faceToFace", true, "purpose", "LEARNING_NEEDS", "contactedOn",
                                    today.minusWeeks(week).with(DayOfWeek.MONDAY).plusDays(visit % 5).toString()),
                            201);
                }
            }
        }
        return jobs;
    }

    /**
     * Interval reports on the working clients' last 90 days: the first few sent to their NAV counsellor, the next
     * left in draft for the specialist to finish.
     */
    private int loadNavReports(String base, List<DemoClient> clients) throws IOException, InterruptedException {
        List<DemoClient> working = clients.stream()
                .filter(client -> client.status().equals("EMPLOYED") || client.status().equals("FOLLOW_ALONG"))
                .limit(4).toList();
        int sent = 0;
        for (DemoClient client : working) {
            String specialist = client.specialist().username();
            JsonNode draft = postWhenKnown(base + "/api/clients/" + client.id() + "/nav-reports", specialist,
                    "demo-nav-report-" + client.id(), Map.of("kind", "INTERVAL",
                            "periodFrom", today.minusDays(90).toString(), "periodTo", today.toString()));
            String report = base + "/api/clients/" + client.id() + "/nav-reports/" + draft.get("id").asText();
            put(report, specialist, Map.of("progress", "Har startet i jobb og trives; oppfølging hver uke.",
                    "nextSteps", "Fortsette oppfølgingen; se på flere timer etter jul.", "clientInformed", true));
            if (sent < working.size() - 1) {
                post(report + "/sending", specialist, "demo-nav-report-sent-" + client.id(), Map.of(), 200, 409);
                sent++;
            }
        }
        return sent;
    }

    /**
     * A demo key answered "used for a different request": an older checkout loaded this step with other details
     * (a later version of the demo data); what it loaded then stays.
     */
    private static boolean doneEarlier(HttpResponse<String> response) {
        return response.statusCode() == 422 && response.body().contains("idempotency-key-reused");
    }

    private Optional<String> url(String service) {
        return services.stream().filter(s -> s.name().equals(service)).map(LocalService::url).findFirst();
    }

    private JsonNode post(String url, String user, String idempotencyKey, Map<String, Object> body, int... expected)
            throws IOException, InterruptedException {
        HttpResponse<String> response = send(url, user, idempotencyKey, body);
        if (doneEarlier(response)) {
            return json.readTree(response.body());
        }
        for (int status : expected) {
            if (response.statusCode() == status) {
                return json.readTree(response.body());
            }
        }
        throw new IllegalStateException("Demo data: " + url + " answered " + response.statusCode() + ": "
                + response.body());
    }

    /** A PUT of the demo data; 409 means an earlier, interrupted load already took the step further. */
    private void put(String url, String user, Map<String, Object> body) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token(user))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 && response.statusCode() != 409) {
            throw new IllegalStateException("Demo data: " + url + " answered " + response.statusCode() + ": "
                    + response.body());
        }
    }

    private JsonNode get(String url, String user) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token(user)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Demo data: " + url + " answered " + response.statusCode());
        }
        return json.readTree(response.body());
    }

    private HttpResponse<String> send(String url, String user, String idempotencyKey, Map<String, Object> body)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token(user))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String token(String user) {
        return tokens.user(user);
    }
}
