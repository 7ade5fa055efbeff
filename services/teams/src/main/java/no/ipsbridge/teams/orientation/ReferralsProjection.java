package no.ipsbridge.teams.orientation;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.cloudevents.CloudEvent;
import no.ipsbridge.events.CloudEventMapping;
import no.ipsbridge.events.IpsCalendar;
import no.ipsbridge.events.Topics;
import no.ipsbridge.events.clients.ClientReferred;
import no.ipsbridge.outbox.EventHandler;

/** Counts the referrals that name a team, for its employment orientation. */
@ApplicationScoped
public class ReferralsProjection implements EventHandler {

    @Override
    public String name() {
        return "team-referrals";
    }

    @Override
    public List<String> topics() {
        return List.of(Topics.CLIENTS);
    }

    @Override
    public void handle(CloudEvent event) {
        if (CloudEventMapping.payload(event) instanceof ClientReferred referred && referred.treatmentTeamId() != null
                && TeamReferral.findById(referred.clientId()) == null) {
            TeamReferral referral = new TeamReferral();
            referral.clientId = referred.clientId();
            referral.teamId = referred.treatmentTeamId();
            referral.referredOn = LocalDate.ofInstant(referred.referredAt(), IpsCalendar.ZONE);
            referral.persist();
        }
    }
}
