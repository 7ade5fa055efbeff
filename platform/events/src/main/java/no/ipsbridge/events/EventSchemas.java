package no.ipsbridge.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** The JSON Schema (draft 2020-12) of each event type's data, as published for consumers. */
public final class EventSchemas {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private EventSchemas() {
    }

    /** Where the JSON Schema of a CloudEvents type's data lives on the classpath. */
    public static String resourceOf(String type) {
        return "/no/ipsbridge/events/schemas/" + type + ".json";
    }

    public static JsonSchema of(String type) {
        return SCHEMAS.computeIfAbsent(type, EventSchemas::load);
    }

    /** The violations of the data against the schema of its record's type; empty when it conforms. */
    public static List<String> violations(Class<? extends DomainEvent> record, byte[] data) {
        return violations(DomainEvent.typeOf(record), data);
    }

    /** The violations of the data against its CloudEvents type's schema; empty when it conforms. */
    public static List<String> violations(String type, byte[] data) {
        try {
            JsonNode node = EventJson.mapper().readTree(data);
            return of(type).validate(node).stream().map(ValidationMessage::getMessage).sorted().toList();
        } catch (IOException e) {
            return List.of("not JSON: " + e.getMessage());
        }
    }

    private static JsonSchema load(String type) {
        try (InputStream in = EventSchemas.class.getResourceAsStream(resourceOf(type))) {
            if (in == null) {
                throw new IllegalStateException("No JSON Schema for " + type + " at " + resourceOf(type));
            }
            return FACTORY.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
