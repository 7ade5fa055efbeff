package no.ipsbridge.reporting.readmodel;

import java.util.List;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import no.ipsbridge.outbox.InboxConsumers;
import no.ipsbridge.rest.Problem;

/**
 * While the read model is rebuilt, a report would count only the events read so far: an employment rate of a
 * third of the clients, a fidelity item scored on half the contacts. The reports say they are rebuilding instead,
 * with when to ask again.
 */
@Provider
public class ReportsWhileRebuilding implements ContainerRequestFilter {

    /** What a report's 503 means, in every report's OpenAPI description. */
    public static final String UNAVAILABLE = "The read model is being rebuilt (problem type rebuilding), too many "
            + "reports are computing at once (reports-busy), or the database cannot be reached; ask again after "
            + "Retry-After";

    /** A rebuild of a region's events takes seconds; a dashboard asks again after this many. */
    static final String RETRY_AFTER_SECONDS = "5";

    private final InboxConsumers consumers;

    ReportsWhileRebuilding(InboxConsumers consumers) {
        this.consumers = consumers;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getUriInfo().getPath().startsWith("/api/units/") && consumers.replaying(RebuildResource.CONSUMERS)) {
            request.abortWith(Response.status(503).type(Problem.MEDIA_TYPE).header("Retry-After", RETRY_AFTER_SECONDS)
                    .entity(new Problem(Problem.TYPE_BASE + "rebuilding", "Reports are being rebuilt", 503,
                            "The read model is being rebuilt from every event; the figures return when it has "
                                    + "caught up", List.of(), null))
                    .build());
        }
    }
}
