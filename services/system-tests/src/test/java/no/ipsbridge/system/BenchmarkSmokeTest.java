package no.ipsbridge.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import no.ipsbridge.benchmarks.Benchmarks;
import no.ipsbridge.benchmarks.Benchmarks.Report;
import no.ipsbridge.benchmarks.Row;
import no.ipsbridge.benchmarks.Settings;
import no.ipsbridge.benchmarks.Target;
import no.ipsbridge.launcher.IpsSystem;
import no.ipsbridge.norwegianids.SyntheticIdentityNumbers;

/**
 * `./ips bench` in its smoke mode against the packaged system, so that the harness keeps working: every path and
 * every ceiling is measured, briefly and once. The figures are not judged here (a test is no benchmark); only that
 * each was measured and each path answered as it should.
 */
@ExtendWith(SystemUnderTest.class)
class BenchmarkSmokeTest {

    @Test
    void every_path_is_measured_beside_its_ceiling() {
        Journeys.specialistOnRoster();
        for (int i = 0; i < 3; i++) {
            Journeys.clientOnCaseload(new HashMap<>(Map.of("nationalId", SyntheticIdentityNumbers.random(),
                    "givenName", "Bench", "familyName", "Smoke", "navOffice", "nav-bergen", "workingAtReferral",
                    false)));
        }
        IpsSystem system = SystemUnderTest.system();
        Target target = new Target(system.services().stream().collect(Collectors.toMap(service -> service.name(),
                service -> system.url(service.name()))), "127.0.0.1", system.postgresPort(),
                system.kafka().bootstrapServers(), system.keycloak().issuer());

        Report report = Benchmarks.run(target, Settings.smoke(), List.of(), line -> System.out.println("[bench] " + line));
        System.out.println(report.markdown());

        assertThat(report.failures()).as("requests that did not get the expected answer").isEmpty();
        assertThat(report.rows()).extracting(Row::path).anyMatch(path -> path.startsWith("referral write"))
                .anyMatch(path -> path.startsWith("client read")).anyMatch(path -> path.startsWith("phone caseload"))
                .anyMatch(path -> path.startsWith("outbox relay draining"))
                .anyMatch(path -> path.startsWith("reporting rebuild"))
                .anyMatch(path -> path.startsWith("resident memory of reporting"));
        assertThat(report.rows()).allSatisfy(row -> {
            assertThat(row.ours().value()).as(row.path()).isPositive();
            if (row.ceiling() != null) {
                assertThat(row.ceiling().value()).as(row.ceilingName() + " of " + row.path()).isPositive();
            }
        });
    }
}
