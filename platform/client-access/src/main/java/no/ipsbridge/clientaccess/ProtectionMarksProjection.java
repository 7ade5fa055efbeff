package no.ipsbridge.clientaccess;

import jakarta.enterprise.context.ApplicationScoped;

import io.cloudevents.CloudEvent;
import io.quarkus.arc.lookup.LookupIfProperty;
import no.ipsbridge.events.EventCatalog;
import no.ipsbridge.events.protection.ProtectionChanged;
import no.ipsbridge.events.protection.ProtectionEvent;
import no.ipsbridge.outbox.EventHandler;

/**
 * Follows ips.protection.v1 into {@link ProtectionMarks}, in the services that hold a client's data without owning
 * the client record ({@code ips.protection.follow=true}); the clients service keeps the marks on the record itself.
 */
@ApplicationScoped
@LookupIfProperty(name = "ips.protection.follow", stringValue = "true")
public class ProtectionMarksProjection implements EventHandler<ProtectionEvent> {

    private final ProtectionMarks marks;

    ProtectionMarksProjection(ProtectionMarks marks) {
        this.marks = marks;
    }

    @Override
    public String name() {
        return "protection-marks";
    }

    @Override
    public EventCatalog.Topic<ProtectionEvent> topic() {
        return EventCatalog.PROTECTION;
    }

    @Override
    public void handle(ProtectionEvent event, CloudEvent envelope) {
        switch (event) {
            case ProtectionChanged changed -> marks.apply(changed);
        }
    }
}
