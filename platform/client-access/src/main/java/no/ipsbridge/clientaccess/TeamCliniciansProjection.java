package no.ipsbridge.clientaccess;

import jakarta.enterprise.context.ApplicationScoped;

import io.cloudevents.CloudEvent;
import io.quarkus.arc.lookup.LookupIfProperty;
import no.ipsbridge.events.EventCatalog;
import no.ipsbridge.events.teams.ClinicianJoined;
import no.ipsbridge.events.teams.ClinicianLeft;
import no.ipsbridge.events.teams.MeetingHeld;
import no.ipsbridge.events.teams.MeetingHeldV2;
import no.ipsbridge.events.teams.SpecialistAttached;
import no.ipsbridge.events.teams.SpecialistDetached;
import no.ipsbridge.events.teams.TeamCreated;
import no.ipsbridge.events.teams.TeamEvent;
import no.ipsbridge.outbox.EventHandler;

/**
 * Follows the clinicians joining and leaving treatment teams (ips.teams.v1) into {@link TeamClinicians}, in the
 * services whose access decisions need it ({@code ips.teams.follow=true}).
 */
@ApplicationScoped
@LookupIfProperty(name = "ips.teams.follow", stringValue = "true")
public class TeamCliniciansProjection implements EventHandler<TeamEvent> {

    private final TeamClinicians members;

    TeamCliniciansProjection(TeamClinicians members) {
        this.members = members;
    }

    @Override
    public String name() {
        return "team-clinicians";
    }

    @Override
    public EventCatalog.Topic<TeamEvent> topic() {
        return EventCatalog.TEAMS;
    }

    @Override
    public void handle(TeamEvent event, CloudEvent envelope) {
        switch (event) {
            case ClinicianJoined joined -> members.joined(joined.teamId(), joined.clinicianId());
            case ClinicianLeft left -> members.left(left.teamId(), left.clinicianId());
            // Teams, attachments and meetings change no clinician's access.
            case TeamCreated ignored -> {
            }
            case SpecialistAttached ignored -> {
            }
            case SpecialistDetached ignored -> {
            }
            case MeetingHeld ignored -> {
            }
            case MeetingHeldV2 ignored -> {
            }
        }
    }
}
