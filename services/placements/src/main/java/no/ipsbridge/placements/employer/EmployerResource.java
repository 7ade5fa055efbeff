package no.ipsbridge.placements.employer;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.ipsbridge.events.IpsCalendar;
import no.ipsbridge.events.placements.EmployerRegistered;
import no.ipsbridge.norwegianids.OrganisationNumber;
import no.ipsbridge.outbox.Outbox;
import no.ipsbridge.placements.Examples;
import no.ipsbridge.rest.Idempotency;
import no.ipsbridge.rest.Idempotency.Outcome;
import no.ipsbridge.rest.Problem;
import no.ipsbridge.rest.ProblemException;
import no.ipsbridge.security.Caller;
import no.ipsbridge.security.CurrentCaller;
import no.ipsbridge.security.Roles;

@Path("/api/employers")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Employers", description = "Employers the specialists develop jobs with")
public class EmployerResource {

    @Schema(name = "NewEmployer")
    public record NewEmployer(
            @Schema(description = "Organisasjonsnummer, 9 digits", example = "923456783", required = true)
            @NotNull String organisationNumber,
            @Schema(example = "Bergen Bakeri AS", required = true) @NotBlank @Size(max = 200) String name,
            @Schema(description = "Industry code (NACE / SN2007)", example = "10.711")
            @Pattern(regexp = "\\d{2}(\\.\\d{1,3})?", message = "must be a NACE code such as 10.711") String naceCode,
            @Schema(example = "Bergen") @Size(max = 100) String municipality) {
    }

    @Schema(name = "Employer")
    public record View(UUID id, String organisationNumber, String name, String naceCode, String municipality) {

        public static View of(Employer employer) {
            return new View(employer.id, employer.organisationNumber, employer.name, employer.naceCode,
                    employer.municipality);
        }
    }

    private final CurrentCaller currentCaller;
    private final Idempotency idempotency;
    private final Outbox outbox;

    EmployerResource(CurrentCaller currentCaller, Idempotency idempotency, Outbox outbox) {
        this.currentCaller = currentCaller;
        this.idempotency = idempotency;
        this.outbox = outbox;
    }

    @POST
    @Transactional
    @Operation(summary = "Register an employer", description = """
            One employer per organisation number: a second registration answers 409 with a link to the first.
            Publishes no.ipsbridge.employer.registered.v1.""")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "400", description = "A field is wrong, e.g. the organisation number's check digit")
    @APIResponse(responseCode = "409", description = "Already registered ('existing' links to it)")
    public Response register(
            @HeaderParam(Idempotency.HEADER) String key,
            @RequestBody(content = @Content(examples = @ExampleObject(name = "employer", value = Examples.EMPLOYER)))
            @Valid @NotNull NewEmployer request) {
        Caller caller = workers();
        return idempotency.execute(key, caller.subject(), request, () -> {
            OrganisationNumber.problemWith(request.organisationNumber()).ifPresent(problem -> {
                throw ProblemException.invalidField("organisationNumber", problem);
            });
            Employer existing = Employer.find("organisationNumber", request.organisationNumber()).firstResult();
            if (existing != null) {
                throw new ProblemException(new Problem(Problem.TYPE_BASE + "employer-exists", "Already registered",
                        409, "An employer with this organisation number is registered; see 'existing'", List.of(),
                        "/api/employers/" + existing.id));
            }
            Employer employer = new Employer();
            employer.id = UUID.randomUUID();
            employer.organisationNumber = request.organisationNumber();
            employer.name = request.name().strip();
            employer.naceCode = request.naceCode();
            employer.municipality = request.municipality();
            employer.registeredBy = caller.subject();
            employer.registeredOn = IpsCalendar.today();
            employer.persistAndFlush();
            outbox.append(new EmployerRegistered(employer.id, employer.organisationNumber, employer.name,
                    employer.naceCode, employer.municipality));
            return new Outcome(201, URI.create("/api/employers/" + employer.id), null, View.of(employer));
        });
    }

    @GET
    @Transactional
    @Operation(summary = "Find employers", description = "By organisation number, or by a part of the name.")
    @APIResponse(responseCode = "200", description = "Matching employers, at most 50, by name")
    public List<View> find(@Parameter(description = "Exact organisation number") @QueryParam("organisationNumber")
            String organisationNumber, @Parameter(description = "Part of the name") @QueryParam("name") String name) {
        workers();
        List<Employer> found = organisationNumber != null
                ? Employer.list("organisationNumber", organisationNumber)
                : Employer.find("lower(name) like ?1 order by name",
                        "%" + (name == null ? "" : name.toLowerCase()) + "%").page(0, 50).list();
        return found.stream().map(View::of).toList();
    }

    @GET
    @Path("/{id}")
    @Transactional
    @Operation(summary = "One employer", description = """
            The employer's organisation number, name, industry (NACE) and municipality: organisational data, not about
            a person.""")
    @APIResponse(responseCode = "200", description = "The employer",
            content = @Content(schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "404", description = "No such employer")
    public View read(@PathParam("id") UUID id) {
        workers();
        Employer employer = Employer.findById(id);
        if (employer == null) {
            throw ProblemException.notFound("Employer " + id);
        }
        return View.of(employer);
    }

    /** Employers are business data for the people who run IPS; systems and partners do not use this API. */
    private Caller workers() {
        Caller caller = currentCaller.get();
        if (!caller.isAny(Roles.EMPLOYMENT_SPECIALIST, Roles.TEAM_LEAD, Roles.IPS_MANAGER, Roles.NAV_COUNSELLOR)) {
            throw ProblemException.forbidden("employers are kept by specialists, team leads and IPS managers");
        }
        return caller;
    }
}
