package no.ipsbridge.system;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import no.ipsbridge.launcher.IpsSystem;
import no.ipsbridge.system.SteadyLoad.Write;

/**
 * What became of the writes of a {@link SteadyLoad}: whether each is in its service's database, its event on its
 * topic, and its effect in the reporting read model; and whether a client's events keep their order on a topic.
 */
final class WriteChecks {

    private final IpsSystem system;

    WriteChecks(IpsSystem system) {
        this.system = system;
    }

    boolean stored(Write write) throws SQLException {
        return count(write.kind().database, write.kind().stored, write.id()) == 1;
    }

    int missingInDatabase(List<Write> writes) throws SQLException {
        int missing = 0;
        for (Write write : writes) {
            if (!stored(write)) {
                missing++;
            }
        }
        return missing;
    }

    /** The writes whose event is on its topic among the records. */
    static int withEvent(List<Write> writes, List<ConsumerRecord<String, String>> records) {
        int found = 0;
        for (Write write : writes) {
            String type = write.kind().eventType;
            if (records.stream().anyMatch(r -> PartnerConsumer.type(r).equals(type) && r.value() != null
                    && r.value().contains(write.id()))) {
                found++;
            }
        }
        return found;
    }

    /**
     * Writes whose effect a projection does not show: the reporting read model's client (status and enrolment) must
     * equal the clients service's, and every job start must be in it. A record applied twice, or out of order, shows
     * here as a status the clients service does not have. Employer contacts are not checked here.
     */
    int projectionMismatches(List<Write> writes) throws SQLException {
        int mismatches = 0;
        for (Write write : writes) {
            boolean projected = switch (write.kind()) {
                case EMPLOYER_CONTACT -> true;
                case JOB_START -> count("reporting", write.kind().projected, write.id()) == 1;
                case REFERRAL, ENROLMENT -> {
                    String source = text("clients", "select status || '/' || coalesce(enrolled_on::text, '-') "
                            + "from client where id = ?::uuid", write.clientId());
                    String projection = text("reporting", "select status || '/' || coalesce(enrolled_on::text, '-') "
                            + "from r_client where client_id = ?::uuid", write.clientId());
                    yield source != null && source.equals(projection);
                }
            };
            if (!projected) {
                mismatches++;
            }
        }
        return mismatches;
    }

    /** Writes the reporting read model does not show yet (it only ever gains them, so this converges under load). */
    int notYetProjected(List<Write> writes) throws SQLException {
        int missing = 0;
        for (Write write : writes) {
            if (count("reporting", write.kind().projected, write.id()) == 0) {
                missing++;
            }
        }
        return missing;
    }

    /**
     * Events of one client on one topic whose time goes backwards in offset order, a copy of an event already seen
     * (a duplicate) aside: the relay writes a client's events in the order they happened.
     */
    static int orderViolations(List<ConsumerRecord<String, String>> records, Set<String> clients) {
        Map<String, Instant> last = new HashMap<>();
        Set<String> seen = new HashSet<>();
        int violations = 0;
        List<ConsumerRecord<String, String>> ordered = records.stream()
                .filter(r -> r.key() != null && clients.contains(r.key()))
                .sorted((a, b) -> a.topic().equals(b.topic()) && a.partition() == b.partition()
                        ? Long.compare(a.offset(), b.offset())
                        : (a.topic() + a.partition()).compareTo(b.topic() + b.partition()))
                .toList();
        for (ConsumerRecord<String, String> record : ordered) {
            String id = header(record, "ce_id");
            if (!seen.add(record.topic() + id)) {
                continue;
            }
            Instant time = Instant.parse(header(record, "ce_time"));
            String key = record.topic() + "/" + record.key();
            Instant previous = last.put(key, time);
            if (previous != null && time.isBefore(previous)) {
                violations++;
            }
        }
        return violations;
    }

    /** The clients the writes concern. */
    static Set<String> clientsOf(List<Write> writes) {
        Set<String> clients = new HashSet<>();
        writes.stream().filter(w -> w.clientId() != null).forEach(w -> clients.add(w.clientId()));
        return clients;
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }

    long count(String database, String sql, String id) throws SQLException {
        String value = text(database, sql, id);
        return value == null ? 0 : Long.parseLong(value);
    }

    private String text(String database, String sql, String id) throws SQLException {
        try (Connection connection = system.postgres().connect(database);
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, id);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
