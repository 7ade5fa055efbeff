package no.ipsbridge.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import no.ipsbridge.events.clients.ClientDischarged;
import no.ipsbridge.events.clients.ClientEnrolled;
import no.ipsbridge.events.clients.ClientEvent;
import no.ipsbridge.events.clients.ClientReferred;
import no.ipsbridge.events.clients.ClientState;
import no.ipsbridge.events.clients.ClientStatus;
import no.ipsbridge.events.clients.ClientStatusChanged;
import no.ipsbridge.events.clients.ConsentDirection;
import no.ipsbridge.events.clients.ConsentGiven;
import no.ipsbridge.events.clients.ConsentWithdrawn;
import no.ipsbridge.events.clients.DischargeReason;
import no.ipsbridge.events.clients.IpsVariant;

/** The fold behind the latest-state topic, as a partner would use it. */
class ClientStateTest {

    private static final Instant REFERRED = Instant.parse("2026-03-02T09:00:00Z");
    private static final UUID A = UUID.randomUUID();
    private static final UUID B = UUID.randomUUID();
    private static final UUID NAV_CONSENT = UUID.randomUUID();
    private static final UUID HEALTH_CONSENT = UUID.randomUUID();

    /** Two clients' histories interleaved, as they are published; each with its sequence. */
    private static final List<ClientEvent> HISTORY = List.of(
            referred(A), referred(B),
            new ClientEnrolled(A, LocalDate.parse("2026-03-09"), "specialist-1"),
            new ConsentGiven(A, NAV_CONSENT, ConsentDirection.NAV_TO_HEALTH, REFERRED.plusSeconds(60)),
            new ConsentGiven(A, HEALTH_CONSENT, ConsentDirection.HEALTH_TO_NAV, REFERRED.plusSeconds(120)),
            new ClientStatusChanged(A, ClientStatus.ENROLLED, ClientStatus.JOB_SEARCH, LocalDate.parse("2026-03-20")),
            new ConsentWithdrawn(A, NAV_CONSENT, ConsentDirection.NAV_TO_HEALTH, REFERRED.plusSeconds(900)),
            new ClientEnrolled(B, LocalDate.parse("2026-04-01"), "specialist-2"),
            new ClientStatusChanged(A, ClientStatus.JOB_SEARCH, ClientStatus.EMPLOYED, LocalDate.parse("2026-05-04")),
            new ClientDischarged(B, ClientStatus.ENROLLED, LocalDate.parse("2026-06-30"), DischargeReason.MOVED));

    @Test
    void theStateSaysWhereEachClientIsNowAndAsOfWhichEvent() {
        Map<UUID, ClientState> states = fold(new HashMap<>(), 0);

        ClientState a = states.get(A);
        assertThat(a.status()).isEqualTo(ClientStatus.EMPLOYED);
        assertThat(a.statusSince()).isEqualTo(LocalDate.parse("2026-05-04"));
        assertThat(a.navOffice()).isEqualTo("nav-bergen");
        assertThat(a.specialistId()).isEqualTo("specialist-1");
        assertThat(a.consents()).extracting(ClientState.Consent::consentId).containsExactly(HEALTH_CONSENT);
        assertThat(a.dischargeReason()).isNull();
        assertThat(a.asOfSequence()).isEqualTo(CloudEventMapping.sequence(9));

        ClientState b = states.get(B);
        assertThat(b.status()).isEqualTo(ClientStatus.DISCHARGED);
        assertThat(b.dischargeReason()).isEqualTo(DischargeReason.MOVED);
        assertThat(b.asOfSequence()).isEqualTo(CloudEventMapping.sequence(10));
        assertThat(EventSchemas.violations(a.type(), EventJson.write(a))).isEmpty();
        assertThat(EventSchemas.violations(b.type(), EventJson.write(b))).isEmpty();
    }

    @Test
    void bootstrappingFromAnyPointAndFollowingFromAnEarlierOneGivesWhatAReplayFromTheStartGives() {
        Map<UUID, ClientState> replayed = fold(new HashMap<>(), 0);
        for (int snapshot = 1; snapshot <= HISTORY.size(); snapshot++) {
            Map<UUID, ClientState> bootstrapped = fold(new HashMap<>(), 0, snapshot);
            for (int follow = 0; follow <= snapshot; follow++) {
                // Events the snapshot already holds come again; the sequence says to skip them.
                assertThat(fold(new HashMap<>(bootstrapped), follow)).as("snapshot %d, follow from %d", snapshot,
                        follow).isEqualTo(replayed);
            }
        }
    }

    @Test
    void applyingAnEventTwiceWithoutLookingAtTheSequenceIsWhatTheSequenceIsFor() {
        // Withdrawing a consent and then seeing its "given" again would bring it back: skipping by sequence matters.
        Map<UUID, ClientState> replayed = fold(new HashMap<>(), 0);
        ClientState a = replayed.get(A);
        ClientState careless = ClientState.apply(a, HISTORY.get(3), CloudEventMapping.sequence(4), UUID.randomUUID(),
                REFERRED);
        assertThat(careless.consents()).hasSize(2);
    }

    private static Map<UUID, ClientState> fold(Map<UUID, ClientState> states, int from) {
        return fold(states, from, HISTORY.size());
    }

    /** Applies events [from, to) whose sequence is past the state's, as docs/partners.md tells a partner to. */
    private static Map<UUID, ClientState> fold(Map<UUID, ClientState> states, int from, int to) {
        List<ClientEvent> events = new ArrayList<>(HISTORY.subList(from, to));
        for (int i = 0; i < events.size(); i++) {
            ClientEvent event = events.get(i);
            String sequence = CloudEventMapping.sequence(from + i + 1);
            UUID client = UUID.fromString(event.subject());
            ClientState known = states.get(client);
            if (known == null || !known.holds(sequence)) {
                states.put(client, ClientState.apply(known, event, sequence, new UUID(0, from + i + 1),
                        REFERRED.plusSeconds(from + i)));
            }
        }
        return states;
    }

    private static ClientReferred referred(UUID client) {
        return new ClientReferred(client, REFERRED, "NAV", null, "nav-bergen", null, IpsVariant.IPS, false);
    }
}
