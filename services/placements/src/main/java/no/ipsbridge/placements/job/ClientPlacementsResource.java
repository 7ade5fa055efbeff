package no.ipsbridge.placements.job;

import java.util.List;
import java.util.UUID;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.ipsbridge.events.clients.ClientStatus;
import no.ipsbridge.placements.AuditedAction;
import no.ipsbridge.placements.clients.KnownClient;
import no.ipsbridge.placements.clients.PlacementAccess;
import no.ipsbridge.placements.education.EducationResource;
import no.ipsbridge.placements.education.EducationStart;
import no.ipsbridge.placements.followalong.FollowAlongContact;
import no.ipsbridge.placements.followalong.FollowAlongResource;

@Path("/api/clients/{clientId}/placements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Jobs", description = "Job starts and ends; the clients service moves the client to employed and back")
public class ClientPlacementsResource {

    @Schema(name = "ClientPlacements", description = "A client's work and education, and the support around it")
    public record View(UUID clientId, ClientStatus status, boolean working, List<JobResource.View> jobs,
            List<EducationResource.View> education, List<FollowAlongResource.View> followAlong) {
    }

    private final PlacementAccess access;

    ClientPlacementsResource(PlacementAccess access) {
        this.access = access;
    }

    @GET
    @Transactional
    @Operation(summary = "A client's jobs, education and follow-along support", description = """
            The employment status clinic systems and NAV read. A NAV counsellor sees it only while the client's
            consent to sharing with NAV is in force (403 consent-required otherwise). For a client with a protected
            address, only the specialist and the treatment team see the employer and the school; others get the jobs
            without `employerId` and education without `institution`. Audited.""")
    @APIResponse(responseCode = "200", description = "The client's placements, newest first")
    @APIResponse(responseCode = "403", description = "The client has not consented to sharing with your agency")
    @APIResponse(responseCode = "404", description = "No such client, or not one you serve")
    public View read(@PathParam("clientId") UUID clientId) {
        KnownClient client = access.toRead(clientId, AuditedAction.READ_PLACEMENTS);
        boolean withLocation = access.seesLocationOf(client);
        List<JobResource.View> jobs = Job.<Job>list("clientId = ?1 order by startedOn desc", clientId).stream()
                .map(JobResource.View::of).map(job -> withLocation ? job : job.withoutWorkplace()).toList();
        List<EducationResource.View> education = EducationStart.<EducationStart>list(
                "clientId = ?1 order by startedOn desc", clientId).stream().map(EducationResource.View::of)
                .map(start -> withLocation ? start : start.withoutInstitution()).toList();
        List<FollowAlongResource.View> followAlong = FollowAlongContact.<FollowAlongContact>list(
                "clientId = ?1 order by contactedOn desc", clientId).stream().map(FollowAlongResource.View::of).toList();
        return new View(clientId, client.status, jobs.stream().anyMatch(job -> job.endedOn() == null), jobs, education,
                followAlong);
    }
}
