package no.ipsbridge.teams.orientation;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import io.cloudevents.CloudEvent;
import no.ipsbridge.events.EventCatalog;
import no.ipsbridge.events.IpsCalendar;
import no.ipsbridge.events.clients.CareerProfileUpdated;
import no.ipsbridge.events.clients.CareerProfileUpdatedV2;
import no.ipsbridge.events.clients.ClientDischarged;
import no.ipsbridge.events.clients.ClientEnrolled;
import no.ipsbridge.events.clients.ClientEvent;
import no.ipsbridge.events.clients.ClientReferred;
import no.ipsbridge.events.clients.ClientStatusChanged;
import no.ipsbridge.events.clients.ConsentGiven;
import no.ipsbridge.events.clients.ConsentWithdrawn;
import no.ipsbridge.outbox.EventHandler;

/** Counts the referrals that name a team, for its employment orientation. */
@ApplicationScoped
public class ReferralsProjection implements EventHandler<ClientEvent> {

    @Override
    public String name() {
        return "team-referrals";
    }

    @Override
    public EventCatalog.Topic<ClientEvent> topic() {
        return EventCatalog.CLIENTS;
    }

    @Override
    public void handle(ClientEvent event, CloudEvent envelope) {
        switch (event) {
            case ClientReferred referred -> count(referred);
            // Only a referral says which team a client came from.
            case ClientEnrolled ignored -> {
            }
            case ClientStatusChanged ignored -> {
            }
            case ConsentGiven ignored -> {
            }
            case ConsentWithdrawn ignored -> {
            }
            case CareerProfileUpdated ignored -> {
            }
            case CareerProfileUpdatedV2 ignored -> {
            }
            case ClientDischarged ignored -> {
            }
        }
    }

    private static void count(ClientReferred referred) {
        if (referred.treatmentTeamId() != null && TeamReferral.findById(referred.clientId()) == null) {
            TeamReferral referral = new TeamReferral();
            referral.clientId = referred.clientId();
            referral.teamId = referred.treatmentTeamId();
            referral.referredOn = LocalDate.ofInstant(referred.referredAt(), IpsCalendar.ZONE);
            referral.persist();
        }
    }
}
