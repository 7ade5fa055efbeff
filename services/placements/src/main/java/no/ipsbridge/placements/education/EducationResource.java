package no.ipsbridge.placements.education;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
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

import no.ipsbridge.events.clients.IpsVariant;
import no.ipsbridge.events.placements.EducationStarted;
import no.ipsbridge.outbox.Outbox;
import no.ipsbridge.placements.AuditedAction;
import no.ipsbridge.placements.Examples;
import no.ipsbridge.placements.clients.KnownClient;
import no.ipsbridge.placements.clients.PlacementAccess;
import no.ipsbridge.rest.Idempotency;
import no.ipsbridge.rest.Idempotency.Outcome;
import no.ipsbridge.rest.ProblemException;

@Path("/api/education-starts")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Education", description = "Education starts for IPS Ung, where education counts as an outcome")
public class EducationResource {

    @Schema(name = "EducationStart")
    public record Start(
            @Schema(required = true) @NotNull UUID clientId,
            @Schema(example = "Bergen tekniske fagskole", required = true) @NotBlank @Size(max = 200) String institution,
            @Schema(example = "Electrician, year 1", required = true) @NotBlank @Size(max = 200) String programme,
            @Schema(required = true) @NotNull LocalDate startedOn) {
    }

    @Schema(name = "Education")
    public record View(UUID id, UUID clientId, String institution, String programme, LocalDate startedOn) {

        public static View of(EducationStart start) {
            return new View(start.id, start.clientId, start.institution, start.programme, start.startedOn);
        }

        /** The education without where it is, for those a client's protected address hides it from. */
        public View withoutInstitution() {
            return new View(id, clientId, null, programme, startedOn);
        }
    }

    private final PlacementAccess access;
    private final Idempotency idempotency;
    private final Outbox outbox;

    EducationResource(PlacementAccess access, Idempotency idempotency, Outbox outbox) {
        this.access = access;
        this.idempotency = idempotency;
        this.outbox = outbox;
    }

    @POST
    @Transactional
    @Operation(summary = "Record an education start", description = """
            For IPS Ung clients only. Publishes no.ipsbridge.education.started.v1 (without institution or
            programme).""")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "409", description = "The client is not in IPS Ung")
    @APIResponse(responseCode = "422", description = "Not an enrolled client on your caseload")
    public Response start(
            @HeaderParam(Idempotency.HEADER) String key,
            @RequestBody(content = @Content(examples = @ExampleObject(name = "education", value = Examples.EDUCATION_START)))
            @Valid @NotNull Start request) {
        return idempotency.execute(key, access.caller().subject(), request, () -> {
            KnownClient client = access.toRecordFor(request.clientId(), "clientId",
                    AuditedAction.RECORD_EDUCATION_START);
            if (client.variant != IpsVariant.IPS_UNG) {
                throw ProblemException.conflict("not-ips-ung", "Education starts are outcomes in IPS Ung only");
            }
            EducationStart start = new EducationStart();
            start.id = UUID.randomUUID();
            start.clientId = request.clientId();
            start.institution = request.institution().strip();
            start.programme = request.programme().strip();
            start.startedOn = request.startedOn();
            start.recordedBy = access.caller().subject();
            start.persist();
            outbox.append(new EducationStarted(start.id, start.clientId, start.startedOn));
            return new Outcome(201, URI.create("/api/education-starts/" + start.id), null, View.of(start));
        });
    }
}
