package no.ipsbridge.specialists.activity;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
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

import no.ipsbridge.events.IpsCalendar;
import no.ipsbridge.events.specialists.ActivityKind;
import no.ipsbridge.events.specialists.ActivityLogged;
import no.ipsbridge.outbox.Outbox;
import no.ipsbridge.rest.DayRange;
import no.ipsbridge.rest.Idempotency;
import no.ipsbridge.rest.Idempotency.Outcome;
import no.ipsbridge.security.Caller;
import no.ipsbridge.security.CurrentCaller;
import no.ipsbridge.specialists.Examples;
import no.ipsbridge.specialists.caseload.Assignment;
import no.ipsbridge.specialists.roster.Specialist;

@Path("/api/me/activities")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "My day", description = "The signed-in specialist's phone view")
public class ActivityResource {

    @Schema(name = "ActivityEntry", description = "Working time, logged in seconds from the phone")
    public record Entry(
            @Schema(description = "The day; today if absent") @PastOrPresent LocalDate on,
            @Schema(required = true) @NotNull ActivityKind kind,
            @Schema(required = true, example = "90") @NotNull @Min(1) @Max(1440) Integer minutes,
            @Schema(description = "Clients the time was spent on, if any: clients on your caseload that day")
            @Size(max = 50) List<@NotNull UUID> clientIds) {
    }

    @Schema(name = "Activity")
    public record View(UUID id, LocalDate on, ActivityKind kind, int minutes, List<UUID> clientIds) {

        static View of(Activity activity) {
            return new View(activity.id, activity.onDay, activity.kind, activity.minutes, activity.clientIds);
        }
    }

    @Schema(name = "ActivitySummary", description = "Logged time over a period and the share in the community")
    public record Summary(LocalDate from, LocalDate to, int minutesInCommunity, int minutesTotal,
            @Schema(description = "Fidelity: 65 % or more in the community is the top anchor") Double communityShare,
            int navMeetings, List<View> activities) {
    }

    private final CurrentCaller currentCaller;
    private final Idempotency idempotency;
    private final Outbox outbox;

    ActivityResource(CurrentCaller currentCaller, Idempotency idempotency, Outbox outbox) {
        this.currentCaller = currentCaller;
        this.idempotency = idempotency;
        this.outbox = outbox;
    }

    @POST
    @Transactional
    @Operation(summary = "Log working time", description = """
            A small request a phone can send in one tap; retries with the same Idempotency-Key log it once.
            Publishes no.ipsbridge.specialist.activity-logged.v1.""")
    @APIResponse(responseCode = "201", description = "Logged",
            content = @Content(schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "403", description = "Not a registered employment specialist")
    @APIResponse(responseCode = "422", description = "A client named is not on your caseload on that day")
    public Response log(
            @Parameter(description = "Recommended: the phone's id for this entry") @HeaderParam(Idempotency.HEADER) String key,
            @RequestBody(content = @Content(examples = @ExampleObject(name = "in the field", value = Examples.ACTIVITY)))
            @Valid @NotNull Entry entry) {
        Caller caller = registeredSpecialist();
        return idempotency.execute(key, caller.subject(), entry, () -> {
            Activity activity = new Activity();
            activity.id = UUID.randomUUID();
            activity.specialistId = caller.subject();
            activity.onDay = entry.on() == null ? IpsCalendar.today() : entry.on();
            activity.kind = entry.kind();
            activity.minutes = entry.minutes();
            activity.clientIds = Assignment.servedOn(caller.subject(), entry.clientIds(), activity.onDay);
            activity.persist();
            outbox.append(new ActivityLogged(activity.id, activity.specialistId, activity.onDay, activity.kind,
                    activity.minutes, activity.clientIds));
            return new Outcome(201, URI.create("/api/me/activities/" + activity.id), null, View.of(activity));
        });
    }

    @GET
    @Transactional
    @Operation(summary = "My logged time", description = "Between two days (the last 7 days if not given).")
    @APIResponse(responseCode = "200", description = "The entries and their summary")
    public Summary list(@Parameter(description = "First day") @QueryParam("from") LocalDate from,
            @Parameter(description = "Last day") @QueryParam("to") LocalDate to) {
        Caller caller = registeredSpecialist();
        DayRange days = DayRange.of(from, to, 7);
        LocalDate first = days.first();
        LocalDate last = days.last();
        List<Activity> activities = Activity.list("specialistId = ?1 and onDay between ?2 and ?3 order by onDay",
                caller.subject(), first, last);
        int community = activities.stream().filter(a -> a.kind == ActivityKind.COMMUNITY).mapToInt(a -> a.minutes).sum();
        int fieldAndOffice = activities.stream()
                .filter(a -> a.kind == ActivityKind.COMMUNITY || a.kind == ActivityKind.OFFICE)
                .mapToInt(a -> a.minutes).sum();
        int navMeetings = (int) activities.stream().filter(a -> a.kind == ActivityKind.NAV_MEETING).count();
        Double share = fieldAndOffice == 0 ? null : (double) community / fieldAndOffice;
        return new Summary(first, last, community, fieldAndOffice, share, navMeetings,
                activities.stream().map(View::of).toList());
    }

    private Caller registeredSpecialist() {
        return Specialist.onTheRoster(currentCaller.get(), "only employment specialists on the roster log activities");
    }
}
