package no.ipsbridge.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.restassured.RestAssured;
import no.ipsbridge.infra.PostgresServer;
import no.ipsbridge.infra.Workspace;
import no.ipsbridge.launcher.IpsSystem;

/**
 * A database created by an earlier release still migrates: the service, as packaged now, starts on it, applies its
 * own new migrations and the platform's late ones (which sort below versions already applied; ADR 8), and answers.
 */
@ExtendWith(SystemUnderTest.class)
class UpgradeTest {

    /**
     * What the release before the first late platform migration (V0_4, commit c1cd72d) had applied: the platform's
     * V0_1–V0_3 and each service's migrations of the time. The files are unchanged since, as Flyway's checksums
     * require.
     */
    private static final List<String> EARLIER_PLATFORM = List.of(
            "platform/outbox/src/main/resources/db/platform/V0_1__outbox_and_inbox.sql",
            "platform/client-access/src/main/resources/db/platform/V0_2__audit.sql",
            "platform/rest/src/main/resources/db/platform/V0_3__idempotency.sql");
    private static final Map<String, List<String>> EARLIER_SERVICE = Map.of(
            "clients", List.of("V1__clients.sql"),
            "specialists", List.of("V1__specialists.sql", "V2__contacts_from_placements.sql"),
            "teams", List.of("V1__teams.sql"),
            "placements", List.of("V1__placements.sql"),
            "reporting", List.of("V1__read_model.sql", "V2__fidelity_read_model.sql"));

    private final Path root = Workspace.repositoryRoot();

    @ParameterizedTest
    @ValueSource(strings = {"clients", "specialists", "teams", "placements", "reporting"})
    void theServiceStartsOnADatabaseOfTheEarlierReleaseAndAppliesEveryLaterMigration(String service) throws Exception {
        IpsSystem system = SystemUnderTest.system();
        PostgresServer postgres = system.postgres();
        String database = service + "_upgrade";
        String jdbcUrl = postgres.createDatabase(database);
        Flyway.configure().dataSource(jdbcUrl, PostgresServer.SUPERUSER, "")
                .locations("filesystem:" + earlierRelease(service)).load().migrate();
        assertThat(appliedVersions(postgres, database)).doesNotContain("0.4");

        try (IpsSystem.Instance upgraded = system.startInstance(service, database)) {
            assertThat(appliedVersions(postgres, database)).containsExactlyInAnyOrderElementsOf(shippedVersions(service));
            RestAssured.given().baseUri(upgraded.url()).get("/q/health/ready").then().statusCode(200);
        }
    }

    /** A directory with copies of the migrations the earlier release had, as Flyway reads them. */
    private Path earlierRelease(String service) throws IOException {
        Path directory = Files.createTempDirectory("ips-earlier-release-" + service);
        List<Path> scripts = new ArrayList<>(EARLIER_PLATFORM.stream().map(root::resolve).toList());
        EARLIER_SERVICE.get(service).forEach(name -> scripts.add(migrations(service).resolve(name)));
        for (Path script : scripts) {
            Files.copy(script, directory.resolve(script.getFileName()));
        }
        return directory;
    }

    /** Every migration version the service ships today: the platform's and its own. */
    private List<String> shippedVersions(String service) {
        try (Stream<Path> platform = Files.list(root.resolve("platform"));
                Stream<Path> own = Files.list(migrations(service))) {
            List<Path> scripts = new ArrayList<>(own.toList());
            platform.map(module -> module.resolve("src/main/resources/db/platform")).filter(Files::isDirectory)
                    .forEach(directory -> {
                        try (Stream<Path> files = Files.list(directory)) {
                            scripts.addAll(files.toList());
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
            return scripts.stream().map(script -> script.getFileName().toString())
                    .map(name -> name.substring(1, name.indexOf("__")).replace('_', '.')).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path migrations(String service) {
        return root.resolve("services").resolve(service).resolve("src/main/resources/db/migration");
    }

    private static List<String> appliedVersions(PostgresServer postgres, String database) throws SQLException {
        try (Connection connection = postgres.connect(database);
                ResultSet rs = connection.createStatement().executeQuery(
                        "select version from flyway_schema_history where success and version is not null")) {
            List<String> versions = new ArrayList<>();
            while (rs.next()) {
                versions.add(rs.getString(1));
            }
            return versions;
        }
    }
}
