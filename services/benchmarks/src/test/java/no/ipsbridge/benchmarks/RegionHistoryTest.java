package no.ipsbridge.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import no.ipsbridge.events.DomainEvent;
import no.ipsbridge.events.EventCatalog;
import no.ipsbridge.events.EventJson;
import no.ipsbridge.events.EventSchemas;
import no.ipsbridge.events.clients.ClientDischarged;
import no.ipsbridge.events.clients.ClientEnrolled;
import no.ipsbridge.events.clients.ClientReferred;
import no.ipsbridge.events.clients.ClientStatus;
import no.ipsbridge.events.clients.ClientStatusChanged;
import no.ipsbridge.events.specialists.ClientAssigned;

/** The region's past must be one the services could have recorded, or what it loads measures nothing real. */
class RegionHistoryTest {

    private static final String BERGEN_SPECIALIST = UUID.randomUUID().toString();
    private static final String OSLO_SPECIALIST = UUID.randomUUID().toString();

    private final CopyRows clients = RegionHistory.clientsDatabase();
    private final CopyRows placements = RegionHistory.placementsDatabase();
    private final CopyRows specialists = RegionHistory.specialistsDatabase();

    @Test
    void everyEventConformsToItsSchemaAndEachClientsStatusesFollowOneAnother() {
        generate(2_000);
        Map<String, ClientStatus> statusOf = new HashMap<>();
        List<ClientDischarged> discharges = new ArrayList<>();
        for (DomainEvent event : events(clients)) {
            String client = event.subject();
            switch (event) {
                case ClientReferred referred -> assertThat(statusOf.put(client, ClientStatus.REFERRED)).isNull();
                case ClientEnrolled enrolled -> assertThat(statusOf.put(client, ClientStatus.ENROLLED))
                        .isEqualTo(ClientStatus.REFERRED);
                case ClientStatusChanged changed -> assertThat(statusOf.put(client, changed.to()))
                        .isEqualTo(changed.from());
                case ClientDischarged discharged -> {
                    assertThat(statusOf.put(client, ClientStatus.DISCHARGED)).isEqualTo(discharged.from());
                    discharges.add(discharged);
                }
                default -> assertThat(statusOf).containsKey(client);
            }
        }
        Map<String, String> rowStatus = new HashMap<>();
        clients.pending("client").forEach(row -> rowStatus.put(row[0], row[13]));
        assertThat(rowStatus).hasSize(2_000);
        statusOf.forEach((client, status) -> assertThat(rowStatus.get(client)).as(client).isEqualTo(status.name()));
        assertThat(discharges).hasSizeBetween(1_000, 1_900);
        assertThat(events(placements)).isNotEmpty();
    }

    @Test
    void aCaseloadHoldsTheEnrolledClientsEachOnceAndNothingHappensAfterToday() {
        Map<String, List<RegionHistory.Assignment>> caseloads = generate(2_000);
        region.specialists(specialists);
        caseloads.values().forEach(caseload -> region.caseload(caseload, specialists));

        long enrolled = events(clients).stream().filter(ClientEnrolled.class::isInstance).count();
        List<ClientAssigned> assigned = events(specialists).stream().filter(ClientAssigned.class::isInstance)
                .map(ClientAssigned.class::cast).toList();
        assertThat(assigned).hasSize((int) enrolled);
        assertThat(assigned).extracting(ClientAssigned::clientId).doesNotHaveDuplicates();
        assertThat(specialists.pending("assignment").stream().filter(row -> row[4].equals("\\N")).count())
                .as("clients on a caseload now").isBetween(1L, enrolled / 2);
        Instant now = Instant.now();
        for (CopyRows database : List.of(clients, placements, specialists)) {
            assertThat(database.pending("ips_outbox")).allSatisfy(row -> assertThat(Instant.parse(row[5]))
                    .isBeforeOrEqualTo(now));
        }
    }

    private final RegionHistory region = new RegionHistory(11, List.of(
            new RegionHistory.Unit("helse-bergen", "nav-bergen", 80, List.of(UUID.randomUUID()),
                    List.of(BERGEN_SPECIALIST)),
            new RegionHistory.Unit("ous", "nav-oslo", 20, List.of(), List.of(OSLO_SPECIALIST))));

    private Map<String, List<RegionHistory.Assignment>> generate(int count) {
        region.employers(50, placements);
        Map<String, List<RegionHistory.Assignment>> caseloads = new LinkedHashMap<>();
        for (int n = 0; n < count; n++) {
            RegionHistory.Assignment assignment = region.client(String.format("%011d", n), clients, placements);
            if (assignment != null) {
                caseloads.computeIfAbsent(assignment.specialistId(), id -> new ArrayList<>()).add(assignment);
            }
        }
        return caseloads;
    }

    /** The outbox's events in the order the relay publishes them, each checked against its schema. */
    private static List<DomainEvent> events(CopyRows database) {
        List<DomainEvent> events = new ArrayList<>();
        for (String[] row : database.pending("ips_outbox")) {
            String type = row[3];
            byte[] data = HexFormat.of().parseHex(row[6].substring("\\\\x".length()));
            assertThat(EventSchemas.violations(type, data)).as(type).isEmpty();
            DomainEvent event = EventJson.read(data, EventCatalog.ofType(type).orElseThrow());
            assertThat(event.subject()).isEqualTo(row[2]);
            events.add(event);
        }
        return events;
    }
}
