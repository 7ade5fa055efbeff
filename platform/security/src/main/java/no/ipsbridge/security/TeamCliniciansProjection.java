package no.ipsbridge.security;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.cloudevents.CloudEvent;
import io.quarkus.arc.lookup.LookupIfProperty;
import no.ipsbridge.events.CloudEventMapping;
import no.ipsbridge.events.Topics;
import no.ipsbridge.events.teams.ClinicianJoined;
import no.ipsbridge.events.teams.ClinicianLeft;
import no.ipsbridge.outbox.EventHandler;

/**
 * Follows the clinicians joining and leaving treatment teams (ips.teams.v1) into {@link TeamClinicians}, in the
 * services whose access decisions need it ({@code ips.teams.follow=true}).
 */
@ApplicationScoped
@LookupIfProperty(name = "ips.teams.follow", stringValue = "true")
public class TeamCliniciansProjection implements EventHandler {

    private final TeamClinicians members;

    TeamCliniciansProjection(TeamClinicians members) {
        this.members = members;
    }

    @Override
    public String name() {
        return "team-clinicians";
    }

    @Override
    public List<String> topics() {
        return List.of(Topics.TEAMS);
    }

    @Override
    public void handle(CloudEvent event) {
        switch (CloudEventMapping.payload(event)) {
            case ClinicianJoined joined -> members.joined(joined.teamId(), joined.clinicianId());
            case ClinicianLeft left -> members.left(left.teamId(), left.clinicianId());
            default -> {
                // Teams, attachments and meetings change no clinician's access.
            }
        }
    }
}
