package no.ipsbridge.security;

import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import io.quarkus.oidc.runtime.OidcAuthenticationMechanism;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Keycloak bearer tokens as Quarkus OIDC checks them, with one difference: a request without a valid token is
 * answered like every other refusal, 401 with a problem+json body, beside the {@code WWW-Authenticate: Bearer}
 * challenge, the same problem the REST layer's mapper gives for a token that fails. A request without any token is
 * refused by the HTTP security layer before any resource runs, so that mapper never sees it.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class ProblemChallenge implements HttpAuthenticationMechanism {

    private static final String PROBLEM = """
            {"type":"https://ipsbridge.no/problems/unauthorized","title":"Unauthorized","status":401,\
            "detail":"A valid bearer token from the ips realm is required"}""";

    private final OidcAuthenticationMechanism oidc;

    ProblemChallenge(OidcAuthenticationMechanism oidc) {
        this.oidc = oidc;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        return oidc.authenticate(context, identities);
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return oidc.getChallenge(context);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return oidc.getCredentialTypes();
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return oidc.getCredentialTransport(context);
    }

    @Override
    public int getPriority() {
        return oidc.getPriority() + 1;
    }

    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        if (!context.response().headWritten()) {
            context.response().setStatusCode(401).putHeader("WWW-Authenticate", "Bearer")
                    .putHeader("Content-Type", "application/problem+json").end(PROBLEM);
        }
        return Uni.createFrom().item(true);
    }
}
