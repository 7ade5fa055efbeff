package no.ipsbridge.security;

import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.oidc.runtime.OidcJwtCallerPrincipal;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;

/** The caller of the current request, read from the verified token: claims {@code agency}, {@code org}, roles. */
@RequestScoped
public class CurrentCaller {

    private final JsonWebToken token;
    private final SecurityIdentity identity;
    private Caller caller;

    CurrentCaller(JsonWebToken token, SecurityIdentity identity) {
        this.token = token;
        this.identity = identity;
    }

    public Caller get() {
        if (caller == null) {
            caller = read();
        }
        return caller;
    }

    private Caller read() {
        if (identity.isAnonymous()) {
            throw new ForbiddenException("No signed-in caller");
        }
        String agency = claim("agency");
        String org = claim("org");
        if (agency == null || org == null) {
            // A token without the agency mapping comes from a client the realm does not set up for IPS.
            throw new ForbiddenException("The token carries no agency or organisation unit");
        }
        Agency parsed;
        try {
            parsed = Agency.valueOf(agency);
        } catch (IllegalArgumentException e) {
            throw new ForbiddenException("The token's agency is neither NAV nor HEALTH");
        }
        return new Caller(token.getSubject(), token.getClaim("preferred_username"), parsed, org,
                Set.copyOf(identity.getRoles()));
    }

    /**
     * A claim of the token, read from the verified claims themselves: {@code JsonWebToken.getClaim} throws and
     * catches an exception, stack trace and all, for each claim MicroProfile JWT does not name — twice a request.
     */
    private String claim(String name) {
        if (identity.getPrincipal() instanceof OidcJwtCallerPrincipal principal) {
            return principal.getClaims().getClaimValue(name) instanceof String value ? value : null;
        }
        return token.getClaim(name);
    }
}
