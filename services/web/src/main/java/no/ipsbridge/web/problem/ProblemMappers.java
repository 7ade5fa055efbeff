package no.ipsbridge.web.problem;

import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import no.ipsbridge.web.backend.UnexpectedAnswer;

/** What the page gets when the web client itself fails: problem+json, as from the services, never an HTML page. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response unexpectedAnswer(UnexpectedAnswer e) {
        // The message names the service and the path, which hold ids at most, never a person's data.
        LOG.error(e.getMessage(), e);
        return Problems.of(502, "bad-gateway", "Unexpected answer", e.getMessage());
    }
}
