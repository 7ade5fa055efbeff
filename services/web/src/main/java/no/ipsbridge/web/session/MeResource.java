package no.ipsbridge.web.session;

import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.oidc.IdToken;
import io.quarkus.security.identity.SecurityIdentity;

/** Who is signed in, as the page shows it: their name, their roles in IPS, and the unit they belong to. */
@Path("/bff/me")
public class MeResource {

    /** The realm's IPS roles, in the order a person holding several sees them. */
    static final List<String> IPS_ROLES = List.of("employment-specialist", "team-lead", "ips-manager",
            "nav-counsellor", "clinician");

    public record Me(String name, String username, List<String> roles, String agency, String org) {
    }

    // A qualifier Quarkus allows on fields only: the person's ID token, not the access token the services check.
    @Inject
    @IdToken
    JsonWebToken idToken;

    private final SecurityIdentity identity;

    MeResource(SecurityIdentity identity) {
        this.identity = identity;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Me me() {
        Set<String> roles = identity.getRoles();
        return new Me(idToken.getClaim("name"), idToken.getClaim("preferred_username"),
                IPS_ROLES.stream().filter(roles::contains).toList(), idToken.getClaim("agency"),
                idToken.getClaim("org"));
    }
}
