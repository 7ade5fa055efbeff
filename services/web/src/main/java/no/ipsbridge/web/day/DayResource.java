package no.ipsbridge.web.day;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.quarkus.oidc.AccessTokenCredential;
import no.ipsbridge.web.backend.Services;

/**
 * The specialist's day in one round trip from the phone: the caseload and what is due from the specialists service,
 * with each client's name from the clients service, which owns the names (nothing here keeps them).
 */
@Path("/bff/day")
public class DayResource {

    /** What the phone shows of one client, most urgent first. */
    public record DayClient(UUID clientId, String givenName, String familyName, String status,
            Long daysSinceEnrolment, Long daysSinceLastEmployerContact, Long daysSinceLastFollowAlongContact,
            List<Due> due) {
    }

    public record Due(String kind, LocalDate dueOn, boolean overdue) {
    }

    public record Day(int caseloadSize, int limit, List<DayClient> clients, Instant syncedAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Caseload(int caseloadSize, int limit, List<CaseloadItem> clients) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CaseloadItem(UUID clientId, String status, Long daysSinceEnrolment, Long daysSinceLastEmployerContact,
            Long daysSinceLastFollowAlongContact, List<Due> due) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Named(UUID id, String givenName, String familyName) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record NamedPage(List<Named> items) {
    }

    /** The clients service names at most 50 clients a request. */
    private static final int NAMES_PER_REQUEST = 50;

    private final Services services;
    private final AccessTokenCredential person;

    DayResource(Services services, AccessTokenCredential person) {
        this.services = services;
        this.person = person;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Day day() {
        Caseload caseload = services.get("specialists", "/api/me/caseload", person, Caseload.class);
        Map<UUID, Named> names = new HashMap<>();
        List<UUID> ids = caseload.clients().stream().map(CaseloadItem::clientId).toList();
        for (int from = 0; from < ids.size(); from += NAMES_PER_REQUEST) {
            String query = ids.subList(from, Math.min(ids.size(), from + NAMES_PER_REQUEST)).stream()
                    .map(id -> "&id=" + id).collect(Collectors.joining());
            services.get("clients", "/api/clients?limit=200" + query, person, NamedPage.class).items()
                    .forEach(named -> names.put(named.id(), named));
        }
        List<DayClient> clients = caseload.clients().stream().map(item -> {
            Named named = names.get(item.clientId());
            return new DayClient(item.clientId(), named == null ? null : named.givenName(),
                    named == null ? null : named.familyName(), item.status(), item.daysSinceEnrolment(),
                    item.daysSinceLastEmployerContact(), item.daysSinceLastFollowAlongContact(), item.due());
        }).toList();
        return new Day(caseload.caseloadSize(), caseload.limit(), clients, Instant.now());
    }
}
