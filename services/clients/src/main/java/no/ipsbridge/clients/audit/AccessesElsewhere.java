package no.ipsbridge.clients.audit;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.cloudevents.CloudEvent;
import no.ipsbridge.events.CloudEventMapping;
import no.ipsbridge.events.Topics;
import no.ipsbridge.events.audit.AccessRecorded;
import no.ipsbridge.outbox.EventHandler;
import no.ipsbridge.security.AuditTrail;

/**
 * Accesses to a client's data in the other services, shipped over ips.audit.v1, join the client's audit trail
 * here, so the team lead reads who saw what, where and when in one place.
 */
@ApplicationScoped
public class AccessesElsewhere implements EventHandler {

    private final AuditTrail audit;

    AccessesElsewhere(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public String name() {
        return "audit-from-services";
    }

    @Override
    public List<String> topics() {
        return List.of(Topics.AUDIT);
    }

    @Override
    public void handle(CloudEvent event) {
        if (CloudEventMapping.payload(event) instanceof AccessRecorded access) {
            // The source is /ips-bridge/<service>.
            String source = event.getSource().getPath();
            audit.recordShipped(access, source.substring(source.lastIndexOf('/') + 1));
        }
    }
}
