package no.ipsbridge.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;

import io.agroal.api.AgroalDataSource;
import no.ipsbridge.testing.Tokens;

/** Rebuilds the read model from offset 0 as an IPS manager would, and checks a report comes out the same. */
final class Rebuild {

    private Rebuild() {
    }

    static void givesTheSameReport(AgroalDataSource dataSource, String manager, Callable<String> report)
            throws Exception {
        String before = report.call();
        Instant rebuildStarted = Instant.now();
        given().auth().oauth2(Tokens.user(manager)).post("/api/read-model/rebuild").then().statusCode(202);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(oldestInboxEntry(dataSource)).as("every event was handled again").isAfter(rebuildStarted);
            assertThat(report.call()).isEqualTo(before);
        });
    }

    private static Instant oldestInboxEntry(AgroalDataSource dataSource) throws Exception {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var rs = statement.executeQuery(
                        "select min(handled_at) from ips_inbox where consumer like 'read-model-%'")) {
            rs.next();
            return rs.getTimestamp(1) == null ? Instant.EPOCH : rs.getTimestamp(1).toInstant();
        }
    }
}
