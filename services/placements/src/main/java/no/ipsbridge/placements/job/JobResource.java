package no.ipsbridge.placements.job;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.ipsbridge.clientaccess.AuditAction;
import no.ipsbridge.events.IpsCalendar;
import no.ipsbridge.events.placements.JobChanged;
import no.ipsbridge.events.placements.JobEndReason;
import no.ipsbridge.events.placements.JobEnded;
import no.ipsbridge.events.placements.JobStarted;
import no.ipsbridge.outbox.Outbox;
import no.ipsbridge.placements.AuditedAction;
import no.ipsbridge.placements.Examples;
import no.ipsbridge.placements.clients.PlacementAccess;
import no.ipsbridge.placements.employer.Employer;
import no.ipsbridge.rest.Idempotency;
import no.ipsbridge.rest.Idempotency.Outcome;
import no.ipsbridge.rest.Problem;
import no.ipsbridge.rest.ProblemException;

@Path("/api/jobs")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Jobs", description = "Job starts and ends; the clients service moves the client to employed and back")
@APIResponse(responseCode = "422", description = "Not an enrolled client on your caseload, or no such employer")
public class JobResource {

    @Schema(name = "JobStart")
    public record Start(
            @Schema(required = true) @NotNull UUID clientId,
            @Schema(required = true) @NotNull UUID employerId,
            @Schema(description = "The job title in the client's words", example = "Bakery assistant", required = true)
            @NotBlank @Size(max = 200) String title,
            @Schema(description = "STYRK-08 code, when known", example = "7512")
            @Pattern(regexp = "\\d{4}", message = "must be a 4-digit STYRK-08 code") String occupationCode,
            @Schema(example = "20", required = true) @NotNull
            @DecimalMin(value = "0", inclusive = false, message = "must be more than 0")
            @DecimalMax(value = "80", message = "must be at most 80") BigDecimal hoursPerWeek,
            @Schema(description = "Kroner per hour", example = "215.50", required = true) @NotNull
            @DecimalMin(value = "0", message = "must not be negative") BigDecimal hourlyWage,
            @Schema(required = true) @NotNull LocalDate startedOn,
            @Schema(description = "Open labour market, ordinary wage, not set aside for disabled people",
                    required = true) @NotNull Boolean competitive,
            @Schema(required = true) @NotNull Boolean permanent) {
    }

    @Schema(name = "JobEnd")
    public record End(
            @Schema(required = true) @NotNull LocalDate endedOn,
            @Schema(required = true) @NotNull JobEndReason reason,
            @Schema(description = "Whether the client goes back to looking for work", required = true)
            @NotNull Boolean newJobSearch) {
    }

    @Schema(name = "JobChange", description = "New hours or a new wage from a day on; give at least one")
    public record Change(
            @Schema(description = "Today if absent") @PastOrPresent LocalDate changedOn,
            @Schema(example = "25") @DecimalMin(value = "0", inclusive = false, message = "must be more than 0")
            @DecimalMax(value = "80", message = "must be at most 80") BigDecimal hoursPerWeek,
            @Schema(description = "Kroner per hour", example = "230") @DecimalMin(value = "0",
                    message = "must not be negative") BigDecimal hourlyWage) {
    }

    @Schema(name = "Job")
    public record View(UUID id, UUID clientId, UUID employerId, String title, String occupationCode,
            BigDecimal hoursPerWeek, BigDecimal hourlyWage, LocalDate startedOn, boolean competitive,
            boolean permanent, LocalDate endedOn, JobEndReason endReason, Boolean newJobSearch) {

        public static View of(Job job) {
            return new View(job.id, job.clientId, job.employerId, job.title, job.occupationCode, job.hoursPerWeek,
                    job.hourlyWage, job.startedOn, job.competitive, job.permanent, job.endedOn, job.endReason,
                    job.newJobSearch);
        }

        /** The job without where it is, for those a client's protected address hides it from. */
        public View withoutWorkplace() {
            return new View(id, clientId, null, title, occupationCode, hoursPerWeek, hourlyWage, startedOn, competitive,
                    permanent, endedOn, endReason, newJobSearch);
        }
    }

    private final PlacementAccess access;
    private final Idempotency idempotency;
    private final Outbox outbox;

    JobResource(PlacementAccess access, Idempotency idempotency, Outbox outbox) {
        this.access = access;
        this.idempotency = idempotency;
        this.outbox = outbox;
    }

    @POST
    @Transactional
    @Operation(summary = "Record a job start", description = """
            By the client's employment specialist (or a team lead). Publishes no.ipsbridge.job.started.v1, on which
            the clients service moves the client to EMPLOYED.""")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = View.class)))
    public Response start(
            @HeaderParam(Idempotency.HEADER) String key,
            @RequestBody(content = @Content(examples = @ExampleObject(name = "job start", value = Examples.JOB_START)))
            @Valid @NotNull Start request) {
        return idempotency.execute(key, access.caller().subject(), request, () -> {
            access.toRecordFor(request.clientId(), "clientId", AuditedAction.RECORD_JOB_START);
            if (Employer.findById(request.employerId()) == null) {
                throw new ProblemException(new Problem(Problem.TYPE_BASE + "unknown-employer", "Unknown employer", 422,
                        "employerId: no such employer; register it first",
                        List.of(new Problem.FieldError("employerId", "no such employer")), null));
            }
            Job job = new Job();
            job.id = UUID.randomUUID();
            job.clientId = request.clientId();
            job.employerId = request.employerId();
            job.title = request.title().strip();
            job.occupationCode = request.occupationCode();
            job.hoursPerWeek = request.hoursPerWeek();
            job.hourlyWage = request.hourlyWage();
            job.startedOn = request.startedOn();
            job.competitive = request.competitive();
            job.permanent = request.permanent();
            job.recordedBy = access.caller().subject();
            job.persistAndFlush();
            outbox.append(new JobStarted(job.id, job.clientId, job.employerId, job.startedOn,
                    job.hoursPerWeek.doubleValue(), job.occupationCode, job.competitive, job.permanent));
            return new Outcome(201, URI.create("/api/jobs/" + job.id), null, View.of(job));
        });
    }

    @POST
    @Path("/{id}/end")
    @Transactional
    @Operation(summary = "Record that a job ended", description = """
            Publishes no.ipsbridge.job.ended.v1; with a new job search and no other job going on, the clients service
            moves the client back to JOB_SEARCH.""")
    @APIResponse(responseCode = "200", description = "Recorded",
            content = @Content(schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "404", description = "No such job")
    @APIResponse(responseCode = "409", description = "The job has already ended")
    public Response end(@PathParam("id") UUID id,
            @HeaderParam(Idempotency.HEADER) String key,
            @RequestBody(content = @Content(examples = @ExampleObject(name = "job end", value = Examples.JOB_END)))
            @Valid @NotNull End request) {
        return idempotency.execute(key, access.caller().subject(), List.of(id, request), () -> {
            Job job = ongoingJob(id, AuditedAction.RECORD_JOB_END);
            notBeforeStart(job, "endedOn", request.endedOn());
            job.endedOn = request.endedOn();
            job.endReason = request.reason();
            job.newJobSearch = request.newJobSearch();
            job.persistAndFlush();
            outbox.append(new JobEnded(job.id, job.clientId, job.employerId, job.endedOn, job.endReason,
                    job.newJobSearch, (int) Job.ongoingOf(job.clientId)));
            return new Outcome(200, null, null, View.of(job));
        });
    }

    @POST
    @Path("/{id}/changes")
    @Transactional
    @Operation(summary = "Record new hours or a new wage in an ongoing job", description = """
            By the client's employment specialist (or a team lead). Publishes no.ipsbridge.job.changed.v1 (the hours,
            and only whether the wage changed). Without benefits counselling in the 90 days before the change, it
            shows as due on the specialist's phone and counts against fidelity item 12.""")
    @APIResponse(responseCode = "200", description = "Recorded; the job as it is now",
            content = @Content(schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "404", description = "No such job")
    @APIResponse(responseCode = "409", description = "The job has ended")
    public Response change(@PathParam("id") UUID id,
            @HeaderParam(Idempotency.HEADER) String key,
            @RequestBody(content = @Content(examples = @ExampleObject(name = "more hours", value = Examples.JOB_CHANGE)))
            @Valid @NotNull Change request) {
        return idempotency.execute(key, access.caller().subject(), List.of(id, request), () -> {
            Job job = ongoingJob(id, AuditedAction.RECORD_JOB_CHANGE);
            LocalDate on = request.changedOn() == null ? IpsCalendar.today() : request.changedOn();
            notBeforeStart(job, "changedOn", on);
            boolean hoursChange = request.hoursPerWeek() != null
                    && request.hoursPerWeek().compareTo(job.hoursPerWeek) != 0;
            boolean wageChange = request.hourlyWage() != null && request.hourlyWage().compareTo(job.hourlyWage) != 0;
            if (!hoursChange && !wageChange) {
                throw ProblemException.invalidField(request.hoursPerWeek() != null ? "hoursPerWeek" : "hourlyWage",
                        "give new hours or a new wage, different from the job's now");
            }
            JobChange change = new JobChange();
            change.id = UUID.randomUUID();
            change.jobId = job.id;
            change.clientId = job.clientId;
            change.changedOn = on;
            change.hoursBefore = job.hoursPerWeek;
            change.wageBefore = job.hourlyWage;
            change.hoursAfter = hoursChange ? request.hoursPerWeek() : job.hoursPerWeek;
            change.wageAfter = wageChange ? request.hourlyWage() : job.hourlyWage;
            change.recordedBy = access.caller().subject();
            change.persist();
            job.hoursPerWeek = change.hoursAfter;
            job.hourlyWage = change.wageAfter;
            job.persistAndFlush();
            outbox.append(new JobChanged(change.id, job.id, job.clientId, on, change.hoursAfter, change.hoursBefore,
                    wageChange));
            return new Outcome(200, null, null, View.of(job));
        });
    }

    /** A job still going on, of a client the caller records for. */
    private Job ongoingJob(UUID id, AuditAction action) {
        Job job = Job.findById(id);
        if (job == null) {
            throw ProblemException.notFound("Job " + id);
        }
        access.toRecordFor(job.clientId, "clientId", action);
        if (!job.isOngoing()) {
            throw ProblemException.conflict("job-already-ended", "This job ended on " + job.endedOn);
        }
        return job;
    }

    private static void notBeforeStart(Job job, String field, LocalDate day) {
        if (day.isBefore(job.startedOn)) {
            throw ProblemException.invalidField(field, "must not be before the start, " + job.startedOn);
        }
    }
}
