package no.ipsbridge.specialists.roster;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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

import no.ipsbridge.events.IpsCalendar;
import no.ipsbridge.events.specialists.SpecialistRegistered;
import no.ipsbridge.events.specialists.WorkingFractionChanged;
import no.ipsbridge.outbox.Outbox;
import no.ipsbridge.rest.ETags;
import no.ipsbridge.rest.EffectiveDate;
import no.ipsbridge.rest.Idempotency;
import no.ipsbridge.rest.Idempotency.Outcome;
import no.ipsbridge.rest.ProblemException;
import no.ipsbridge.security.Agency;
import no.ipsbridge.security.Caller;
import no.ipsbridge.security.CurrentCaller;
import no.ipsbridge.security.Roles;
import no.ipsbridge.specialists.Examples;
import no.ipsbridge.specialists.caseload.Assignment;

@Path("/api/specialists")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Roster", description = "The employment specialists of a unit")
public class RosterResource {

    @Schema(name = "SpecialistRegistration", description = "Add an employment specialist to the roster")
    public record Registration(
            @Schema(description = "The specialist's Keycloak user id (the token's sub)", required = true)
            @NotBlank @Size(max = 64) String userId,
            @Schema(example = "Siri Spesialist", required = true) @NotBlank @Size(max = 200) String displayName,
            @Schema(required = true) @NotNull Agency agency,
            @Schema(description = "The employer's organisation unit", example = "nav-bergen", required = true)
            @NotBlank @Pattern(regexp = "[a-z0-9-]{2,40}", message = "must be an organisation unit code") String org,
            @Schema(description = "The health trust whose teams the specialist works in", example = "helse-bergen",
                    required = true)
            @NotBlank @Pattern(regexp = "[a-z0-9-]{2,40}", message = "must be an organisation unit code")
            String healthTrust,
            @Schema(description = "Share of a full-time post as IPS specialist", example = "1.0", required = true)
            @NotNull @DecimalMin(value = "0.1") @DecimalMax(value = "1.0") BigDecimal workingFraction,
            @Schema(description = """
                    The day the specialist started in the role, for a unit bringing its history; today if left out.
                    Never in the future.""", example = "2026-08-01")
            LocalDate startedOn) {
    }

    @Schema(name = "WorkingFractionChange", description = "A new share of a full-time post from a day on")
    public record WorkingFractionRequest(
            @Schema(example = "1.0", required = true)
            @NotNull @DecimalMin(value = "0.1") @DecimalMax(value = "1.0") BigDecimal workingFraction,
            @Schema(description = """
                    The first day the fraction applies; today if left out. Never in the future or before the
                    specialist started. A second change for the same day corrects the first.""",
                    example = "2026-10-01")
            LocalDate effectiveOn) {
    }

    @Schema(name = "WorkingFractionPeriod")
    public record FractionView(BigDecimal workingFraction, LocalDate effectiveOn) {
    }

    @Schema(name = "Specialist")
    public record View(String id, String displayName, Agency agency, String org, String healthTrust,
            @Schema(description = "The share of a full-time post today") BigDecimal workingFraction, boolean active,
            @Schema(description = "The day the specialist started in the role") LocalDate registeredOn,
            long caseloadSize,
            @Schema(description = "Every working fraction with the day it took effect, oldest first")
            List<FractionView> workingFractions) {

        static View of(Specialist specialist) {
            return new View(specialist.id, specialist.displayName, specialist.agency, specialist.org,
                    specialist.healthTrust, specialist.workingFraction, specialist.active, specialist.registeredOn,
                    Assignment.activeCount(specialist.id), WorkingFraction.historyOf(specialist.id).stream()
                            .map(f -> new FractionView(f.workingFraction, f.effectiveOn)).toList());
        }
    }

    private final CurrentCaller currentCaller;
    private final Idempotency idempotency;
    private final Outbox outbox;

    RosterResource(CurrentCaller currentCaller, Idempotency idempotency, Outbox outbox) {
        this.currentCaller = currentCaller;
        this.idempotency = idempotency;
        this.outbox = outbox;
    }

    @POST
    @Transactional
    @Operation(summary = "Register an employment specialist", description = """
            For team leads and IPS managers of the specialist's unit or health trust. Publishes
            no.ipsbridge.specialist.registered.v1 (without the name).""")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(schema = @Schema(implementation = View.class),
                    examples = @ExampleObject(name = "specialist", value = Examples.SPECIALIST)))
    @APIResponse(responseCode = "403", description = "Not a team lead or IPS manager of that unit")
    @APIResponse(responseCode = "409", description = "Already on the roster")
    public Response register(
            @HeaderParam(Idempotency.HEADER) String key,
            @RequestBody(content = @Content(examples = @ExampleObject(name = "registration", value = Examples.REGISTRATION)))
            @Valid @NotNull Registration registration) {
        Caller caller = currentCaller.get();
        return idempotency.execute(key, caller.subject(), registration, () -> {
            if (!caller.isAny(Roles.TEAM_LEAD, Roles.IPS_MANAGER)
                    || !(caller.org().equals(registration.org()) || caller.org().equals(registration.healthTrust()))) {
                throw ProblemException.forbidden("team leads and IPS managers register specialists of their own unit");
            }
            if (Specialist.findById(registration.userId()) != null) {
                throw ProblemException.conflict("already-registered", "This user is already on the roster");
            }
            Specialist specialist = new Specialist();
            specialist.id = registration.userId();
            specialist.displayName = registration.displayName().strip();
            specialist.agency = registration.agency();
            specialist.org = registration.org();
            specialist.healthTrust = registration.healthTrust();
            specialist.workingFraction = registration.workingFraction();
            specialist.active = true;
            specialist.registeredOn = EffectiveDate.of(registration.startedOn(), "startedOn", null, null);
            specialist.persistAndFlush();
            WorkingFraction.record(specialist.id, specialist.workingFraction, specialist.registeredOn,
                    caller.subject());
            outbox.append(new SpecialistRegistered(specialist.id, specialist.agency.name(), specialist.org,
                    specialist.workingFraction, specialist.registeredOn));
            return new Outcome(201, URI.create("/api/specialists/" + specialist.id), ETags.of(specialist.version),
                    View.of(specialist));
        });
    }

    @POST
    @Path("/{id}/working-fraction")
    @Transactional
    @Operation(summary = "Change a specialist's working fraction from a day on", description = """
            For team leads and IPS managers of the specialist's unit or health trust. Days before effectiveOn keep
            the fraction they had, so reports for past periods stay as they were. Publishes
            no.ipsbridge.specialist.working-fraction-changed.v1.""")
    @APIResponse(responseCode = "200", description = "Changed; the specialist with their fractions",
            content = @Content(schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "403", description = "Not a team lead or IPS manager of that unit")
    @APIResponse(responseCode = "404", description = "No such specialist in your unit")
    public Response changeWorkingFraction(@PathParam("id") String id,
            @HeaderParam(Idempotency.HEADER) String key,
            @RequestBody(content = @Content(examples = @ExampleObject(name = "full time from October",
                    value = Examples.WORKING_FRACTION))) @Valid @NotNull WorkingFractionRequest request) {
        Caller caller = currentCaller.get();
        return idempotency.execute(key, caller.subject(), List.of(id, request), () -> {
            if (!caller.isAny(Roles.TEAM_LEAD, Roles.IPS_MANAGER)) {
                throw ProblemException.forbidden("team leads and IPS managers change a specialist's working fraction");
            }
            Specialist specialist = Specialist.findById(id);
            if (specialist == null || !(caller.org().equals(specialist.org)
                    || caller.org().equals(specialist.healthTrust))) {
                throw ProblemException.notFound("Specialist " + id);
            }
            LocalDate effectiveOn = EffectiveDate.of(request.effectiveOn(), "effectiveOn", specialist.registeredOn,
                    "the day the specialist started");
            WorkingFraction.record(id, request.workingFraction(), effectiveOn, caller.subject());
            specialist.workingFraction = WorkingFraction.on(id, IpsCalendar.today());
            outbox.append(new WorkingFractionChanged(id, request.workingFraction(), effectiveOn));
            return new Outcome(200, null, null, View.of(specialist));
        });
    }

    @GET
    @Transactional
    @Operation(summary = "The roster of your unit", description = """
            Specialists, team leads and IPS managers see the specialists of their own unit or health trust.""")
    @APIResponse(responseCode = "200", description = "The specialists, by name")
    public List<View> list() {
        Caller caller = currentCaller.get();
        if (!caller.isAny(Roles.EMPLOYMENT_SPECIALIST, Roles.TEAM_LEAD, Roles.IPS_MANAGER)) {
            throw ProblemException.forbidden("the roster is for specialists, team leads and IPS managers");
        }
        return Specialist.<Specialist>list("org = ?1 or healthTrust = ?1 order by displayName", caller.org())
                .stream().map(View::of).toList();
    }

    @GET
    @Path("/{id}")
    @Transactional
    @Operation(summary = "One specialist", description = """
            The specialist as the roster lists them, for the specialists, team leads and IPS managers who may read the
            roster.""")
    @APIResponse(responseCode = "200", description = "The specialist",
            content = @Content(schema = @Schema(implementation = View.class),
                    examples = @ExampleObject(name = "specialist", value = Examples.SPECIALIST)))
    @APIResponse(responseCode = "403", description = "Not a specialist, team lead or IPS manager")
    @APIResponse(responseCode = "404", description = "No such specialist in your unit")
    public View read(@PathParam("id") String id) {
        Caller caller = currentCaller.get();
        // The same people as the roster list: a specialist's post, unit and caseload size are the unit's business.
        if (!caller.isAny(Roles.EMPLOYMENT_SPECIALIST, Roles.TEAM_LEAD, Roles.IPS_MANAGER)) {
            throw ProblemException.forbidden("the roster is for specialists, team leads and IPS managers");
        }
        Specialist specialist = Specialist.findById(id);
        if (specialist == null || !(caller.subject().equals(id) || caller.org().equals(specialist.org)
                || caller.org().equals(specialist.healthTrust))) {
            throw ProblemException.notFound("Specialist " + id);
        }
        return View.of(specialist);
    }
}
