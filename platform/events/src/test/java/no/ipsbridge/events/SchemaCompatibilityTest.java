package no.ipsbridge.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Edits of a real published schema (client.status-changed.v1), each judged as a consumer of old events would. */
class SchemaCompatibilityTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final ObjectNode published = schema("no.ipsbridge.client.status-changed.v1");
    private final ObjectNode edited = published.deepCopy();

    @Test
    void anUnchangedSchemaBreaksNothing() {
        assertThat(SchemaCompatibility.breakingChanges(published, edited)).isEmpty();
    }

    @Test
    void aRemovedOrRenamedFieldBreaks() {
        JsonNode changedOn = properties().remove("changedOn");
        properties().set("changedAt", changedOn);
        ((ArrayNode) edited.get("required")).removeAll().add("clientId").add("from").add("to");
        assertThat(SchemaCompatibility.breakingChanges(published, edited))
                .anySatisfy(problem -> assertThat(problem).startsWith("/changedOn: removed"));
    }

    @Test
    void aNewRequiredFieldBreaksButANewOptionalOneDoesNot() {
        properties().putObject("reason").put("type", "string").put("maxLength", 200);
        assertThat(SchemaCompatibility.breakingChanges(published, edited)).as("optional").isEmpty();

        ((ArrayNode) edited.get("required")).add("reason");
        assertThat(SchemaCompatibility.breakingChanges(published, edited))
                .containsExactly("/reason: now required; old events may lack it");
    }

    @Test
    void aNarrowedEnumerationBreaksAndAWiderOneDoesNot() {
        ArrayNode to = (ArrayNode) properties().get("to").get("enum");
        to.add("ON_HOLD");
        assertThat(SchemaCompatibility.breakingChanges(published, edited)).as("widened").isEmpty();

        to.remove(0);
        assertThat(SchemaCompatibility.breakingChanges(published, edited))
                .containsExactly("/to: enum value \"REFERRED\" removed; old events may carry it");
    }

    @Test
    void aNarrowedTypeOrLimitOrANewFormatBreaks() {
        ((ObjectNode) properties().get("clientId")).put("type", "integer").remove("format");
        ((ObjectNode) properties().get("changedOn")).put("maxLength", 10).put("pattern", "^2");
        assertThat(SchemaCompatibility.breakingChanges(published, edited)).containsExactlyInAnyOrder(
                "/clientId: type narrowed from [string] to [integer]",
                "/changedOn: maxLength lowered to 10 from none",
                "/changedOn: pattern \"^2\" added");
    }

    @Test
    void anOpenObjectClosedBreaks() {
        ObjectNode older = JSON.createObjectNode().put("type", "object");
        older.putObject("properties").putObject("a").put("type", "string");
        ObjectNode newer = older.deepCopy().put("additionalProperties", false);
        assertThat(SchemaCompatibility.breakingChanges(older, newer)).containsExactly("/: additionalProperties closed");
    }

    @Test
    void aChangeToAKeywordItCannotJudgeBreaksRatherThanPass() {
        edited.putArray("oneOf").addObject().put("required", true);
        assertThat(SchemaCompatibility.breakingChanges(published, edited))
                .containsExactly("/: oneOf changed, which this check cannot judge");
    }

    private ObjectNode properties() {
        return (ObjectNode) edited.get("properties");
    }

    private static ObjectNode schema(String type) {
        try (InputStream in = SchemaCompatibilityTest.class.getResourceAsStream(EventSchemas.resourceOf(type))) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
