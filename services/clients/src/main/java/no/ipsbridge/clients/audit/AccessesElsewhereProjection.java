package no.ipsbridge.clients.audit;

import jakarta.enterprise.context.ApplicationScoped;

import io.cloudevents.CloudEvent;
import no.ipsbridge.clientaccess.AuditTrail;
import no.ipsbridge.events.EventCatalog;
import no.ipsbridge.events.audit.AccessRecorded;
import no.ipsbridge.events.audit.ListAccessRecorded;
import no.ipsbridge.events.audit.AuditEvent;
import no.ipsbridge.outbox.EventHandler;

/**
 * Accesses to a client's data in the other services, shipped over ips.audit.v1, join the client's audit trail
 * here, so the team lead reads who saw what, where and when in one place.
 */
@ApplicationScoped
public class AccessesElsewhereProjection implements EventHandler<AuditEvent> {

    private final AuditTrail audit;

    AccessesElsewhereProjection(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public String name() {
        return "audit-from-services";
    }

    @Override
    public EventCatalog.Topic<AuditEvent> topic() {
        return EventCatalog.AUDIT;
    }

    @Override
    public void handle(AuditEvent event, CloudEvent envelope) {
        switch (event) {
            case AccessRecorded access -> audit.recordShipped(access, serviceOf(envelope));
            case ListAccessRecorded list -> audit.recordShipped(list, serviceOf(envelope));
        }
    }

    /** The service that shipped the access, from its source {@code /ips-bridge/<service>}. */
    private static String serviceOf(CloudEvent envelope) {
        String source = envelope.getSource().getPath();
        return source.substring(source.lastIndexOf('/') + 1);
    }
}
