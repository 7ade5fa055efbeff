package no.ipsbridge.clientaccess;

import java.util.Set;
import java.util.UUID;

/**
 * The treatment team that referred a client, with the clinicians in it now.
 *
 * @param clinicians Keycloak user ids
 */
public record TreatmentTeam(UUID id, Set<String> clinicians) {
}
