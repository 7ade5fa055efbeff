package no.ipsbridge.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The schemas consumers were given stay valid for the events they have: see published/README.md. */
class PublishedSchemasTest {

    private static final Path PUBLISHED = Path.of("published");
    private static final Path CURRENT = Path.of("src/main/resources/no/ipsbridge/events/schemas");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyEventTypesSchemaIsPublishedAsItIsNow() throws IOException {
        for (Path schema : jsonFiles(CURRENT)) {
            Path published = PUBLISHED.resolve(schema.getFileName());
            assertThat(published).as("%s has never been published: add %s with its schema as the first revision",
                    schema.getFileName(), published).exists();
            List<JsonNode> revisions = revisions(published);
            assertThat(revisions.getLast()).as("%s changed since its last published revision. If every event the last"
                    + " revision accepted is still accepted, append the schema to %s; if not, make a new versioned"
                    + " type", schema.getFileName(), published).isEqualTo(JSON.readTree(schema.toFile()));
        }
    }

    @Test
    void everyPublishedRevisionAcceptsEveryEventTheOneBeforeItAccepted() throws IOException {
        for (Path published : jsonFiles(PUBLISHED)) {
            List<JsonNode> revisions = revisions(published);
            for (int i = 1; i < revisions.size(); i++) {
                assertThat(SchemaCompatibility.breakingChanges(revisions.get(i - 1), revisions.get(i)))
                        .as("%s, revision %d against %d: a change like this needs a new versioned type",
                                published.getFileName(), i + 1, i).isEmpty();
            }
        }
    }

    @Test
    void noPublishedTypeIsWithdrawnWhileItsEventsStayOnTheTopics() throws IOException {
        Set<Path> current = new TreeSet<>(jsonFiles(CURRENT).stream().map(Path::getFileName).toList());
        assertThat(jsonFiles(PUBLISHED)).extracting(Path::getFileName).allSatisfy(type -> assertThat(current)
                .as("the schema of published type " + type).contains(type));
    }

    private static List<JsonNode> revisions(Path published) throws IOException {
        JsonNode revisions = JSON.readTree(published.toFile());
        assertThat(revisions.isArray() && !revisions.isEmpty()).as(published + ": an array of revisions").isTrue();
        return Stream.iterate(0, i -> i < revisions.size(), i -> i + 1).map(revisions::get).toList();
    }

    private static List<Path> jsonFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        }
    }
}
