package no.ipsbridge.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * Whether a new revision of an event type's schema still accepts every event the published one accepted. The topics
 * keep every event for good, and a partner that replays them, or a consumer built on the new revision, meets the old
 * events: so a field may not go or be renamed, no field may become required, and no type, enumeration or limit may
 * narrow. Adding an optional field, widening an enumeration or a limit is allowed. What cannot be compared (a new
 * pattern, a new format, a keyword this check does not know) counts as breaking: a new versioned type is the way
 * for a change that needs it.
 */
final class SchemaCompatibility {

    /** Keywords that describe rather than constrain. */
    private static final Set<String> ANNOTATIONS = Set.of("$schema", "$id", "title", "description", "examples",
            "deprecated", "$comment", "default");
    /** Keywords this check compares; any other may only stay as it was. */
    private static final Set<String> KNOWN = Set.of("type", "enum", "maxLength", "maximum", "exclusiveMaximum",
            "maxItems", "minLength", "minimum", "exclusiveMinimum", "minItems", "pattern", "format", "const",
            "uniqueItems", "properties", "required", "additionalProperties", "items");
    /** No schema at all: anything goes. */
    private static final JsonNode EMPTY = JsonNodeFactory.instance.objectNode();

    private SchemaCompatibility() {
    }

    /** What in the newer schema refuses events the older accepted, each with the path where it is; empty when none. */
    static List<String> breakingChanges(JsonNode older, JsonNode newer) {
        List<String> problems = new ArrayList<>();
        compare("", older, newer, problems);
        return problems;
    }

    private static void compare(String path, JsonNode older, JsonNode newer, List<String> problems) {
        String at = path.isEmpty() ? "/" : path;
        Set<String> olderTypes = types(older);
        Set<String> newerTypes = types(newer);
        if (!newerTypes.isEmpty() && !newerTypes.containsAll(olderTypes.isEmpty() ? Set.of("any") : olderTypes)
                && !(newerTypes.contains("number") && olderTypes.equals(Set.of("integer")))) {
            problems.add(at + ": type narrowed from " + (olderTypes.isEmpty() ? "any" : olderTypes) + " to "
                    + newerTypes);
        }
        enumeration(at, older, newer, problems);
        upperLimit(at, "maxLength", older, newer, problems);
        upperLimit(at, "maximum", older, newer, problems);
        upperLimit(at, "exclusiveMaximum", older, newer, problems);
        upperLimit(at, "maxItems", older, newer, problems);
        lowerLimit(at, "minLength", older, newer, problems);
        lowerLimit(at, "minimum", older, newer, problems);
        lowerLimit(at, "exclusiveMinimum", older, newer, problems);
        lowerLimit(at, "minItems", older, newer, problems);
        for (String keyword : List.of("pattern", "format", "const")) {
            if (newer.has(keyword) && !Objects.equals(older.get(keyword), newer.get(keyword))) {
                problems.add(at + ": " + keyword + " " + (older.has(keyword) ? "changed from " + older.get(keyword)
                        + " to " + newer.get(keyword) : newer.get(keyword) + " added"));
            }
        }
        if (newer.path("uniqueItems").asBoolean(false) && !older.path("uniqueItems").asBoolean(false)) {
            problems.add(at + ": uniqueItems added");
        }
        objects(path, older, newer, problems);
        if (older.has("items") || newer.has("items")) {
            compare(path + "/items", older.path("items").isObject() ? older.get("items") : EMPTY,
                    newer.path("items").isObject() ? newer.get("items") : EMPTY, problems);
        }
        unknownKeywords(at, older, newer, problems);
    }

    private static void objects(String path, JsonNode older, JsonNode newer, List<String> problems) {
        String at = path.isEmpty() ? "/" : path;
        JsonNode olderProperties = older.path("properties");
        JsonNode newerProperties = newer.path("properties");
        boolean newerClosed = newer.path("additionalProperties").isBoolean()
                && !newer.get("additionalProperties").asBoolean();
        boolean olderClosed = older.path("additionalProperties").isBoolean()
                && !older.get("additionalProperties").asBoolean();
        if (newerClosed && !olderClosed && older.has("properties")) {
            problems.add(at + ": additionalProperties closed");
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = olderProperties.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!newerProperties.has(field.getKey())) {
                if (newerClosed) {
                    problems.add(path + "/" + field.getKey() + ": removed (or renamed); old events have it");
                }
                continue;
            }
            compare(path + "/" + field.getKey(), field.getValue(), newerProperties.get(field.getKey()), problems);
        }
        Set<String> olderRequired = strings(older.path("required"));
        for (String required : strings(newer.path("required"))) {
            if (!olderRequired.contains(required)) {
                problems.add(path + "/" + required + ": now required; old events may lack it");
            }
        }
    }

    private static void enumeration(String at, JsonNode older, JsonNode newer, List<String> problems) {
        if (!newer.has("enum")) {
            return;
        }
        if (!older.has("enum")) {
            problems.add(at + ": enum " + newer.get("enum") + " added");
            return;
        }
        Set<JsonNode> allowed = new HashSet<>();
        newer.get("enum").forEach(allowed::add);
        older.get("enum").forEach(value -> {
            if (!allowed.contains(value)) {
                problems.add(at + ": enum value " + value + " removed; old events may carry it");
            }
        });
    }

    private static void upperLimit(String at, String keyword, JsonNode older, JsonNode newer, List<String> problems) {
        if (newer.has(keyword) && (!older.has(keyword)
                || newer.get(keyword).decimalValue().compareTo(older.get(keyword).decimalValue()) < 0)) {
            problems.add(at + ": " + keyword + " lowered to " + newer.get(keyword)
                    + (older.has(keyword) ? " from " + older.get(keyword) : " from none"));
        }
    }

    private static void lowerLimit(String at, String keyword, JsonNode older, JsonNode newer, List<String> problems) {
        if (newer.has(keyword) && (!older.has(keyword)
                || newer.get(keyword).decimalValue().compareTo(older.get(keyword).decimalValue()) > 0)) {
            problems.add(at + ": " + keyword + " raised to " + newer.get(keyword)
                    + (older.has(keyword) ? " from " + older.get(keyword) : " from none"));
        }
    }

    /** A keyword this check does not compare may only stay as it was. */
    private static void unknownKeywords(String at, JsonNode older, JsonNode newer, List<String> problems) {
        for (Iterator<String> names = newer.fieldNames(); names.hasNext();) {
            String keyword = names.next();
            if (!KNOWN.contains(keyword) && !ANNOTATIONS.contains(keyword)
                    && !Objects.equals(older.get(keyword), newer.get(keyword))) {
                problems.add(at + ": " + keyword + " changed, which this check cannot judge");
            }
        }
    }

    private static Set<String> types(JsonNode schema) {
        JsonNode type = schema.get("type");
        Set<String> types = new HashSet<>();
        if (type == null) {
            return types;
        }
        if (type.isArray()) {
            type.forEach(each -> types.add(each.asText()));
        } else {
            types.add(type.asText());
        }
        return types;
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> values = new HashSet<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
