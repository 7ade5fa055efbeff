package no.ipsbridge.specialists.mobile;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import no.ipsbridge.clientaccess.AuditTrail;
import no.ipsbridge.events.IpsCalendar;
import no.ipsbridge.events.clients.ClientStatus;
import no.ipsbridge.rest.ProblemException;
import no.ipsbridge.security.Caller;
import no.ipsbridge.security.CurrentCaller;
import no.ipsbridge.security.Roles;
import no.ipsbridge.specialists.AuditedAction;
import no.ipsbridge.specialists.Examples;
import no.ipsbridge.specialists.caseload.Assignment;
import no.ipsbridge.specialists.clients.KnownClient;

@Path("/api/me/caseload")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "My day", description = "The signed-in specialist's phone view")
public class MyCaseloadResource {

    @Schema(name = "MyCaseload", description = "The signed-in specialist's clients and what is due, most urgent first")
    public record MyCaseload(String specialistId, int caseloadSize, int limit, List<Item> clients) {
    }

    /**
     * One client on the phone. Contact dates come from the placements service's events (null before the first).
     * Names are not here: the app shows them from the clients service, which it has cached.
     */
    @Schema(name = "MyCaseloadItem")
    public record Item(UUID clientId, ClientStatus status, Long daysSinceEnrolment, Long daysSinceLastEmployerContact,
            Long daysSinceLastFollowAlongContact, List<DueItems.Due> due) {
    }

    private final CurrentCaller currentCaller;
    private final AuditTrail audit;
    private final ObjectMapper json;

    MyCaseloadResource(CurrentCaller currentCaller, AuditTrail audit, ObjectMapper json) {
        this.currentCaller = currentCaller;
        this.audit = audit;
        this.json = json;
    }

    @GET
    @Transactional
    @Operation(summary = "My caseload and what is due today", description = """
            One request with everything the specialist's phone shows first. Send the ETag back as If-None-Match: an
            unchanged caseload answers 304 with no body, which costs next to nothing on a weak network.""")
    @APIResponse(responseCode = "200", description = "The caseload",
            content = @Content(schema = @Schema(implementation = MyCaseload.class),
                    examples = @ExampleObject(name = "caseload", value = Examples.MY_CASELOAD)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag you sent")
    @APIResponse(responseCode = "403", description = "Not an employment specialist")
    public Response myCaseload(
            @Parameter(description = "The ETag of the caseload you have") @HeaderParam("If-None-Match") String ifNoneMatch) {
        Caller caller = currentCaller.get();
        if (!caller.is(Roles.EMPLOYMENT_SPECIALIST)) {
            throw ProblemException.forbidden("this is the employment specialist's own view");
        }
        LocalDate today = IpsCalendar.today();
        List<UUID> onCaseload = Assignment.activeOf(caller.subject()).stream().map(assignment -> assignment.clientId)
                .toList();
        // The caseload's clients in one query, not one each.
        Map<UUID, KnownClient> known = onCaseload.isEmpty() ? Map.of()
                : KnownClient.<KnownClient>list("clientId in ?1", onCaseload).stream()
                        .collect(Collectors.toMap(client -> client.clientId, client -> client));
        List<Item> items = onCaseload.stream().map(client -> item(known.get(client), today))
                .sorted(Comparator.comparing(MyCaseloadResource::mostUrgent).thenComparing(Item::clientId))
                .toList();
        MyCaseload caseload = new MyCaseload(caller.subject(), items.size(), Assignment.CASELOAD_LIMIT, items);
        String etag = etagOf(caseload);
        if (etag.equals(ifNoneMatch)) {
            return Response.notModified().header("ETag", etag).build();
        }
        audit.recordList(caller, AuditedAction.READ_MY_CASELOAD, onCaseload, "own caseload");
        return Response.ok(caseload).header("ETag", etag).build();
    }

    private static Item item(KnownClient client, LocalDate today) {
        List<DueItems.Due> due = DueItems.of(new DueItems.Situation(client.status, client.enrolledOn,
                client.employedSince, client.jobLostOn, client.lastEmployerContact, client.lastFollowAlongContact,
                client.lastBenefitsCounselling, client.lastJobChange), today);
        return new Item(client.clientId, client.status, daysSince(client.enrolledOn, today),
                daysSince(client.lastEmployerContact, today), daysSince(client.lastFollowAlongContact, today), due);
    }

    private static LocalDate mostUrgent(Item item) {
        return item.due().stream().map(DueItems.Due::dueOn).min(Comparator.naturalOrder()).orElse(LocalDate.MAX);
    }

    private static Long daysSince(LocalDate date, LocalDate today) {
        return date == null ? null : ChronoUnit.DAYS.between(date, today);
    }

    private String etagOf(MyCaseload caseload) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(caseload));
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
