package no.ipsbridge.system;

import static no.ipsbridge.system.SystemUnderTest.CLINIC_SYSTEM;
import static no.ipsbridge.system.SystemUnderTest.CLINIC_SYSTEM_SECRET;
import static no.ipsbridge.system.SystemUnderTest.as;
import static no.ipsbridge.system.SystemUnderTest.asClient;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import no.ipsbridge.launcher.IpsSystem;
import no.ipsbridge.norwegianids.SyntheticIdentityNumbers;

/**
 * The steady work of a region, one step after another for as long as it runs: a clinic system refers a client, a
 * specialist enrols them and records their job start (once placements has read the enrolment), and logs an employer
 * contact. Each request goes to the next running replica of its service, as a load balancer would send it. A write
 * counts once its 2xx came back; failures, refusals and timeouts during a fault are simply not counted.
 */
final class SteadyLoad implements Runnable {

    /** An acknowledged (2xx) write: what it was, its id, the client it concerns, and the phase it happened in. */
    record Write(Kind kind, String id, String clientId, String phase) {
    }

    /**
     * What a write was, and where it leaves its traces: the row in its service's database, the event on its topic,
     * and the row of the reporting read model (each query takes the write's id).
     */
    enum Kind {
        REFERRAL("referral", "clients", "select count(*) from client where id = ?::uuid",
                "no.ipsbridge.client.referred.v1", "select count(*) from r_client where client_id = ?::uuid"),
        ENROLMENT("enrolment", "clients",
                "select count(*) from client where id = ?::uuid and enrolled_on is not null",
                "no.ipsbridge.client.enrolled.v1",
                "select count(*) from r_client where client_id = ?::uuid and enrolled_on is not null"),
        JOB_START("job start", "placements", "select count(*) from job where id = ?::uuid",
                "no.ipsbridge.job.started.v1", "select count(*) from r_job where job_id = ?::uuid"),
        EMPLOYER_CONTACT("employer contact", "placements", "select count(*) from employer_contact where id = ?::uuid",
                "no.ipsbridge.employer.contact-logged.v1",
                "select count(*) from r_employer_contact where contact_id = ?::uuid");

        private final String label;
        final String database;
        final String stored;
        final String eventType;
        final String projected;

        Kind(String label, String database, String stored, String eventType, String projected) {
            this.label = label;
            this.database = database;
            this.stored = stored;
            this.eventType = eventType;
            this.projected = projected;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    /** A request may wait this long; during an outage the load goes on rather than hang. */
    private static final RestAssuredConfig SHORT_TIMEOUTS = RestAssuredConfig.config().httpClient(HttpClientConfig
            .httpClientConfig().setParam("http.connection.timeout", 3_000).setParam("http.socket.timeout", 15_000));

    private final IpsSystem system;
    private final String specialist;
    private final String employer;
    private final Supplier<String> phase;
    private final List<Write> writes = new CopyOnWriteArrayList<>();
    private final AtomicLong turn = new AtomicLong();
    private volatile boolean running = true;

    /** Load by the specialist, with job starts and contacts at the employer, each write named by its phase. */
    SteadyLoad(IpsSystem system, String specialist, String employer, Supplier<String> phase) {
        this.system = system;
        this.specialist = specialist;
        this.employer = employer;
        this.phase = phase;
    }

    List<Write> writes() {
        return List.copyOf(writes);
    }

    void stop() {
        running = false;
    }

    @Override
    public void run() {
        while (running) {
            String during = phase.get();
            String client = attempt(() -> asClient(CLINIC_SYSTEM, CLINIC_SYSTEM_SECRET, "clients")
                    .baseUri(next("clients")).config(SHORT_TIMEOUTS).body(Map.of("nationalId",
                            SyntheticIdentityNumbers.random(), "givenName", "Last", "familyName", "Test",
                            "navOffice", "nav-bergen", "workingAtReferral", false))
                    .post("/api/referrals"), 201, "id");
            if (client == null) {
                pause();
                continue;
            }
            writes.add(new Write(Kind.REFERRAL, client, client, during));
            during = phase.get();
            if (attempt(() -> asSpecialist("clients").body(Map.of()).post("/api/clients/{id}/enrolment", client), 200,
                    "id") != null) {
                writes.add(new Write(Kind.ENROLMENT, client, client, during));
                recordJobStart(client);
            }
            during = phase.get();
            String contact = attempt(() -> asSpecialist("placements").body(Map.of("employerId", employer,
                    "faceToFace", true, "purpose", "LEARNING_NEEDS")).post("/api/employer-contacts"), 201, "id");
            if (contact != null) {
                writes.add(new Write(Kind.EMPLOYER_CONTACT, contact, null, during));
            }
        }
    }

    private void recordJobStart(String client) {
        Instant giveUp = Instant.now().plusSeconds(15);
        while (running && Instant.now().isBefore(giveUp)) {
            String during = phase.get();
            // 422 until the placements service has read the enrolment from its topic.
            String job = attempt(() -> asSpecialist("placements").body(Map.of("clientId", client, "employerId",
                    employer, "title", "Operatør", "occupationCode", "8189", "hoursPerWeek", 20, "hourlyWage", 230,
                    "competitive", true, "permanent", false, "startedOn", LocalDate.now(OSLO).toString()))
                    .post("/api/jobs"), 201, "id");
            if (job != null) {
                writes.add(new Write(Kind.JOB_START, job, client, during));
                return;
            }
            pause();
        }
    }

    private RequestSpecification asSpecialist(String service) {
        return as(specialist, service).baseUri(next(service)).config(SHORT_TIMEOUTS);
    }

    /** The next running replica of the service; its first replica's address while none runs. */
    private String next(String service) {
        List<IpsSystem.Replica> running = system.replicas(service);
        if (running.isEmpty()) {
            return system.url(service);
        }
        return running.get((int) (turn.getAndIncrement() % running.size())).url();
    }

    /** The id the answer names when it is the expected status; null for any failure, refusal or timeout. */
    private static String attempt(Supplier<Response> request, int expected, String idPath) {
        try {
            Response response = request.get();
            if (response.statusCode() != expected) {
                return null;
            }
            Object id = response.path(idPath);
            return id == null ? "" : id.toString();
        } catch (Exception e) {
            // A refused connection comes through RestAssured as a checked exception it does not declare.
            return null;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
