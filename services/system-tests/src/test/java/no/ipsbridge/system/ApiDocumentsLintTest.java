package no.ipsbridge.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import no.ipsbridge.infra.Workspace;

/**
 * The five services' OpenAPI documents, as each service's build stored them, through the linters a partner's engineer
 * runs: Spectral with its {@code spectral:oas} rules and Redocly with its {@code recommended} rules, in the versions
 * {@code src/test/lint/package-lock.json} pins (installed with npm into target/lint); and the AsyncAPI documents of
 * every topic through Spectral's {@code spectral:asyncapi} rules. Nothing may be reported, not even a warning
 * (ADR 31); Spectral's information that AsyncAPI 3.1 exists is not a problem of the documents.
 */
class ApiDocumentsLintTest {

    private static final Path ROOT = Workspace.repositoryRoot();
    private static final Path LINT = ROOT.resolve("services/system-tests/target/lint");
    private static final List<String> SERVICES = List.of("clients", "specialists", "placements", "teams", "reporting");
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void installTheLinters() throws Exception {
        Path sources = ROOT.resolve("services/system-tests/src/test/lint");
        Files.createDirectories(LINT);
        for (String file : List.of("package.json", "package-lock.json", "spectral.yaml", "spectral-asyncapi.yaml")) {
            Files.copy(sources.resolve(file), LINT.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        if (!Files.exists(LINT.resolve("node_modules/.bin/spectral"))
                || !Files.exists(LINT.resolve("node_modules/.bin/redocly"))) {
            Run install = run(List.of("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"), 10);
            assertThat(install.exit()).as("npm ci in %s: %s", LINT, install.output()).isZero();
        }
    }

    @Test
    void spectralFindsNothingInAnyServicesDocument() throws Exception {
        List<String> problems = new ArrayList<>();
        for (String service : SERVICES) {
            Run lint = run(List.of(LINT.resolve("node_modules/.bin/spectral").toString(), "lint", document(service),
                    "--ruleset", LINT.resolve("spectral.yaml").toString(), "--format", "json", "--quiet"), 3);
            JsonNode results = JSON.readTree(jsonPart(lint.output(), '['));
            results.forEach(result -> problems.add(service + ": " + result.path("code").asText() + " at "
                    + result.path("path") + ": " + result.path("message").asText()));
        }
        assertThat(problems).as("Spectral (spectral:oas)").isEmpty();
    }

    @Test
    void spectralFindsNothingInAnyTopicsAsyncApiDocument() throws Exception {
        List<String> problems = new ArrayList<>();
        List<Path> documents;
        try (var files = Files.list(ROOT.resolve("docs/asyncapi"))) {
            documents = files.filter(file -> file.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(documents).hasSize(7);
        for (Path document : documents) {
            Run lint = run(List.of(LINT.resolve("node_modules/.bin/spectral").toString(), "lint", document.toString(),
                    "--ruleset", LINT.resolve("spectral-asyncapi.yaml").toString(), "--format", "json", "--quiet"),
                    3);
            JsonNode results = JSON.readTree(jsonPart(lint.output(), '['));
            // Severity 0 is an error, 1 a warning, 2 information, 3 a hint.
            results.forEach(result -> {
                if (result.path("severity").asInt() <= 1) {
                    problems.add(document.getFileName() + ": " + result.path("code").asText() + " at "
                            + result.path("path") + ": " + result.path("message").asText());
                }
            });
        }
        assertThat(problems).as("Spectral (spectral:asyncapi)").isEmpty();
    }

    @Test
    void redoclyFindsNothingInAnyServicesDocument() throws Exception {
        List<String> problems = new ArrayList<>();
        for (String service : SERVICES) {
            Run lint = run(List.of(LINT.resolve("node_modules/.bin/redocly").toString(), "lint", document(service),
                    "--extends", "recommended", "--format", "json"), 3);
            JsonNode report = JSON.readTree(jsonPart(lint.output(), '{'));
            report.path("problems").forEach(problem -> problems.add(service + ": " + problem.path("severity").asText()
                    + " " + problem.path("ruleId").asText() + " at " + problem.path("location").path(0)
                    .path("pointer").asText() + ": " + problem.path("message").asText()));
        }
        assertThat(problems).as("Redocly (recommended)").isEmpty();
    }

    private static String document(String service) {
        Path document = ROOT.resolve("services").resolve(service).resolve("target/openapi/openapi.yaml");
        assertThat(document).as("the document %s's build stores (quarkus.smallrye-openapi.store-schema-directory)",
                service).exists();
        return document.toString();
    }

    /** The JSON a linter printed, without whatever it wrote around it. */
    private static String jsonPart(String output, char opening) {
        int start = output.indexOf(opening);
        assertThat(start).as("JSON in the linter's output: %s", output).isNotNegative();
        return output.substring(start, output.lastIndexOf(opening == '[' ? ']' : '}') + 1);
    }

    private record Run(int exit, String output) {
    }

    private static Run run(List<String> command, int minutes) throws IOException, InterruptedException {
        Path output = Files.createTempFile(LINT, "run-", ".log");
        Process process = new ProcessBuilder(command).directory(LINT.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " took more than " + minutes + " minutes");
        }
        String text = Files.readString(output, StandardCharsets.UTF_8);
        Files.delete(output);
        return new Run(process.exitValue(), text);
    }
}
