package no.ipsbridge.security;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.cloudevents.CloudEvent;
import io.quarkus.arc.lookup.LookupIfProperty;
import no.ipsbridge.events.CloudEventMapping;
import no.ipsbridge.events.Topics;
import no.ipsbridge.events.protection.ProtectionChanged;
import no.ipsbridge.outbox.EventHandler;
import no.ipsbridge.outbox.RejectedEventException;

/**
 * Follows ips.protection.v1 into {@link ProtectionMarks}, in the services that hold a client's data without owning
 * the client record ({@code ips.protection.follow=true}); the clients service keeps the marks on the record itself.
 */
@ApplicationScoped
@LookupIfProperty(name = "ips.protection.follow", stringValue = "true")
public class ProtectionMarksProjection implements EventHandler {

    private final ProtectionMarks marks;

    ProtectionMarksProjection(ProtectionMarks marks) {
        this.marks = marks;
    }

    @Override
    public String name() {
        return "protection-marks";
    }

    @Override
    public List<String> topics() {
        return List.of(Topics.PROTECTION);
    }

    @Override
    public void handle(CloudEvent event) {
        if (!(CloudEventMapping.payload(event) instanceof ProtectionChanged changed)) {
            throw new RejectedEventException("not a protection change: " + event.getType());
        }
        marks.apply(changed);
    }
}
