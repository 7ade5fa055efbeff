package no.ipsbridge.specialists.navcontact;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
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

import no.ipsbridge.events.specialists.NavContactLogged;
import no.ipsbridge.outbox.Outbox;
import no.ipsbridge.rest.DayRange;
import no.ipsbridge.rest.EffectiveDate;
import no.ipsbridge.rest.Idempotency;
import no.ipsbridge.rest.Idempotency.Outcome;
import no.ipsbridge.security.Caller;
import no.ipsbridge.security.CurrentCaller;
import no.ipsbridge.specialists.Examples;
import no.ipsbridge.specialists.caseload.Assignment;
import no.ipsbridge.specialists.roster.Specialist;

/**
 * The specialist's contacts with NAV counsellors, dated when they happened: how often they talk about shared clients
 * and referrals, and whether they hold scheduled face-to-face meetings, is fidelity item 6 (collaboration).
 */
@Path("/api/me/nav-contacts")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "My day", description = "The signed-in specialist's phone view")
public class NavContactResource {

    @Schema(name = "NavContactEntry", description = "A contact with NAV counsellors about shared clients or referrals")
    public record Entry(
            @Schema(description = "The day; today if absent. Never in the future.") LocalDate contactedOn,
            @Schema(description = "A scheduled meeting, not an ad hoc call or message", required = true)
            @NotNull Boolean scheduled,
            @Schema(description = "In person (or on video), not by phone or e-mail", required = true)
            @NotNull Boolean faceToFace,
            @Schema(description = "The shared clients discussed, if any: clients on your caseload that day")
            @Size(max = 50) List<@NotNull UUID> clientIds) {
    }

    @Schema(name = "NavContact")
    public record View(UUID id, LocalDate contactedOn, boolean scheduled, boolean faceToFace, List<UUID> clientIds) {

        static View of(NavContact contact) {
            return new View(contact.id, contact.contactedOn, contact.scheduled, contact.faceToFace, contact.clientIds);
        }
    }

    private final CurrentCaller currentCaller;
    private final Idempotency idempotency;
    private final Outbox outbox;

    NavContactResource(CurrentCaller currentCaller, Idempotency idempotency, Outbox outbox) {
        this.currentCaller = currentCaller;
        this.idempotency = idempotency;
        this.outbox = outbox;
    }

    @POST
    @Transactional
    @Operation(summary = "Log a contact with NAV counsellors", description = """
            Dated when it happened, so a contact logged on Friday counts for Monday. Retries with the same
            Idempotency-Key log it once. Publishes no.ipsbridge.specialist.nav-contact-logged.v1 (ids and facts
            only).""")
    @APIResponse(responseCode = "201", description = "Logged",
            content = @Content(schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "403", description = "Not a registered employment specialist")
    @APIResponse(responseCode = "422", description = "A client named is not on your caseload on that day")
    public Response log(
            @Parameter(description = "Recommended: the phone's id for this entry") @HeaderParam(Idempotency.HEADER)
            String key,
            @RequestBody(content = @Content(examples = @ExampleObject(name = "monthly meeting",
                    value = Examples.NAV_CONTACT))) @Valid @NotNull Entry entry) {
        Caller caller = registeredSpecialist();
        return idempotency.execute(key, caller.subject(), entry, () -> {
            LocalDate on = EffectiveDate.of(entry.contactedOn(), "contactedOn", null, null);
            List<UUID> clients = Assignment.servedOn(caller.subject(), entry.clientIds(), on);
            NavContact contact = new NavContact();
            contact.id = UUID.randomUUID();
            contact.specialistId = caller.subject();
            contact.contactedOn = on;
            contact.scheduled = entry.scheduled();
            contact.faceToFace = entry.faceToFace();
            contact.clientIds = clients;
            contact.recordedAt = Instant.now();
            contact.persist();
            outbox.append(new NavContactLogged(contact.id, contact.specialistId, contact.contactedOn,
                    contact.scheduled, contact.faceToFace, contact.clientIds));
            return new Outcome(201, URI.create("/api/me/nav-contacts/" + contact.id), null, View.of(contact));
        });
    }

    @GET
    @Transactional
    @Operation(summary = "My contacts with NAV", description = "Between two days (the last 31 days if not given).")
    @APIResponse(responseCode = "200", description = "The contacts, oldest first")
    @APIResponse(responseCode = "400", description = "'from' after 'to'")
    @APIResponse(responseCode = "403", description = "Not a registered employment specialist")
    public List<View> list(@Parameter(description = "First day") @QueryParam("from") LocalDate from,
            @Parameter(description = "Last day") @QueryParam("to") LocalDate to) {
        Caller caller = registeredSpecialist();
        DayRange days = DayRange.of(from, to, 31);
        return NavContact.<NavContact> list("specialistId = ?1 and contactedOn between ?2 and ?3 order by contactedOn",
                caller.subject(), days.first(), days.last()).stream().map(View::of).toList();
    }

    private Caller registeredSpecialist() {
        return Specialist.onTheRoster(currentCaller.get(),
                "only employment specialists on the roster log contacts with NAV");
    }
}
