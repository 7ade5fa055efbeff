package no.ipsbridge.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Every topic has its AsyncAPI document in docs/asyncapi, naming exactly the event types the topic carries, each
 * with its published data schema; partner topics are tagged {@code partner}, the audit and protection topics
 * {@code internal}.
 */
class AsyncApiDocumentsTest {

    private static final Path DOCUMENTS = Path.of("../../docs/asyncapi").toAbsolutePath().normalize();
    private static final Set<String> INTERNAL = Set.of(Topics.AUDIT, Topics.PROTECTION);
    private static final YAMLMapper YAML = new YAMLMapper();

    @Test
    void everyTopicsDocumentNamesExactlyItsEventTypesWithTheirSchemasAndWhoMayReadIt() throws IOException {
        List<EventCatalog.Topic<?>> topics = List.of(EventCatalog.CLIENTS, EventCatalog.SPECIALISTS,
                EventCatalog.TEAMS, EventCatalog.PLACEMENTS, EventCatalog.AUDIT, EventCatalog.PROTECTION,
                EventCatalog.CLIENT_STATE);
        for (EventCatalog.Topic<?> topic : topics) {
            Path file = DOCUMENTS.resolve(topic.name() + ".yaml");
            assertThat(file).as("the AsyncAPI document of " + topic.name()).exists();
            JsonNode document = YAML.readTree(file.toFile());
            assertThat(document.path("asyncapi").asText()).isEqualTo("3.0.0");
            JsonNode channel = document.path("channels").elements().next();
            assertThat(channel.path("address").asText()).isEqualTo(topic.name());
            String audience = INTERNAL.contains(topic.name()) ? "internal" : "partner";
            assertThat(channel.path("tags").findValuesAsText("name")).as(topic.name()).containsExactly(audience);

            List<String> documented = new ArrayList<>();
            for (JsonNode message : document.path("components").path("messages")) {
                String type = message.path("name").asText();
                documented.add(type);
                Path payload = file.getParent().resolve(message.path("payload").path("$ref").asText()).normalize();
                assertThat(payload).as(type + "'s payload").exists()
                        .hasFileName(type + ".json");
            }
            assertThat(documented).as(topic.name() + ": the types it carries")
                    .containsExactlyInAnyOrderElementsOf(topic.types().stream().map(DomainEvent::typeOf).toList());
        }
    }
}
