package no.ipsbridge.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import no.ipsbridge.launcher.LocalService;

/**
 * Drives every operation of every service's own OpenAPI document with hostile values, as a fuzzer would: ids that
 * are not ids, NUL and control characters, lone surrogates, huge and negative numbers, impossible dates, nulls and
 * empty items in lists, wrong types, unknown fields and bodies that are not JSON. Each answer must be below 500, a
 * status the operation documents, and shaped as its documented schema; a refused request must have written nothing
 * (no event in the service's outbox). Requests go out as a team lead and as a specialist, so that most pass the
 * access check and reach the input handling.
 */
@ExtendWith(SystemUnderTest.class)
class HostileInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> CALLERS = List.of("lead.bergen", "specialist.bergen");
    /** Raw (already URL-encoded) values for ids in paths and for query parameters. */
    private static final List<String> HOSTILE_TEXT = List.of("x", "%00", "abc%00def", "%0A%0D", "'%20OR%201=1--",
            "a".repeat(600), "..%2F..%2Fetc", "%F0%9F%92%A9", "%ED%A0%80", "-1", "0", "null", "1e309",
            "99999999999999999999", "2026-02-30", "%20", UUID.randomUUID().toString());
    private static final int MAX_DEPTH = 4;
    private static final String SPECIALIST3 = "5f0c1a2e-0008-4c3a-9a10-000000000008";

    /** One answer that broke a rule. */
    private record Finding(String rule, String request, int status, String detail) {
    }

    /** A request without a timeout once hung the whole suite; HTTP/1.1 spares the h2c upgrade, the suspect. */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3)).build();
    private final List<Finding> findings = new ArrayList<>();
    private final Map<String, Connection> databases = new LinkedHashMap<>();
    private final Random random = new Random(20261202);
    private int requests;
    private int schemaChecked;
    private final Map<Integer, Integer> answers = new TreeMap<>();

    /**
     * Real ids for path parameters, so that hostile bodies and queries reach an existing client, team or specialist:
     * a client the clinic system referred and specialist3.bergen enrolled, a team of Helse Bergen, specialist3.bergen
     * (no other test's caseload), and Helse Bergen as the unit.
     */
    private final Map<String, String> known = new LinkedHashMap<>();

    @Test
    void noOperationAnswers5xxOrOffDocumentOrWritesWhenItRefuses() throws Exception {
        String client = Journeys.referredClient().toString();
        SystemUnderTest.as("specialist3.bergen", "clients").body(Map.of())
                .post("/api/clients/{id}/enrolment", client).then().statusCode(200);
        String team = SystemUnderTest.as("lead.bergen", "teams").body(Map.of("name", "Fuzzteam", "kind", "FACT"))
                .post("/api/teams").then().statusCode(201).extract().path("id");
        known.putAll(Map.of("clientId", client, "teamId", team, "specialistId", SPECIALIST3, "unit", "helse-bergen"));
        assertThat(mismatch(NODES.objectNode(), JSON.readTree("{\"type\":\"object\",\"required\":[\"a\"],"
                + "\"properties\":{\"a\":{\"type\":\"integer\"}}}"), JSON.readTree("{\"a\":\"x\"}"), "$"))
                .as("the schema check tells a mismatch").isNotNull();
        try {
            for (LocalService service : SystemUnderTest.system().services().stream().filter(LocalService::servesApi)
                    .toList()) {
                JsonNode document = JSON.readTree(get(service.url() + "/q/openapi?format=json"));
                Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
                while (paths.hasNext()) {
                    Map.Entry<String, JsonNode> path = paths.next();
                    if (!path.getKey().startsWith("/api/")) {
                        continue;
                    }
                    Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields();
                    while (operations.hasNext()) {
                        Map.Entry<String, JsonNode> operation = operations.next();
                        if (List.of("get", "post", "put", "delete", "patch").contains(operation.getKey())) {
                            attack(service, document, path.getKey(), operation.getKey(), operation.getValue());
                        }
                    }
                }
                // What the service's answers set off in other services settles before the next one is driven.
                Thread.sleep(3_000);
            }
        } finally {
            // The other system tests read Helse Bergen's reports, which a unit with a marked client withholds.
            SystemUnderTest.as("lead.bergen", "clients").body(Map.of("addressProtection", "NONE", "shielded", false))
                    .put("/api/clients/{id}/protection", client).then().statusCode(200);
        }
        Map<String, Long> byRule = new TreeMap<>();
        findings.forEach(f -> byRule.merge(f.rule(), 1L, Long::sum));
        System.out.printf("[hostile input] %d requests, answers by status %s, %d bodies checked against their schema, "
                + "%d findings %s%n", requests, answers, schemaChecked, findings.size(), byRule);
        findings.stream().limit(60).forEach(f -> System.out.printf("[hostile input] %s: %s -> %d %s%n", f.rule(),
                f.request(), f.status(), f.detail()));
        for (Connection connection : databases.values()) {
            connection.close();
        }
        assertThat(requests).isGreaterThan(2_000);
        assertThat(schemaChecked).as("answers whose shape was checked").isGreaterThan(requests / 2);
        assertThat(answers.keySet()).as("some hostile requests were accepted too").anyMatch(status -> status < 300);
        assertThat(findings).isEmpty();
    }

    private void attack(LocalService service, JsonNode document, String path, String method, JsonNode operation)
            throws Exception {
        List<JsonNode> parameters = new ArrayList<>();
        operation.path("parameters").forEach(p -> parameters.add(resolve(document, p)));
        JsonNode bodySchema = resolve(document, operation.path("requestBody").path("content")
                .path("application/json").path("schema"));
        boolean hasBody = !bodySchema.isMissingNode();
        Map<String, String> validPath = new LinkedHashMap<>();
        parameters.stream().filter(p -> p.path("in").asText().equals("path"))
                .forEach(p -> validPath.put(p.path("name").asText(), realValue(service, p.path("name").asText())));
        JsonNode validBody = hasBody ? example(document, bodySchema, 0) : null;

        List<Attempt> attempts = new ArrayList<>();
        for (String name : validPath.keySet()) {
            for (String hostile : HOSTILE_TEXT) {
                Map<String, String> pathValues = new LinkedHashMap<>(validPath);
                pathValues.put(name, hostile);
                attempts.add(new Attempt(pathValues, Map.of(), validBody == null ? null : validBody.toString(),
                        "application/json"));
            }
        }
        for (JsonNode parameter : parameters) {
            if (!parameter.path("in").asText().equals("query")) {
                continue;
            }
            for (String hostile : HOSTILE_TEXT) {
                attempts.add(new Attempt(validPath, Map.of(parameter.path("name").asText(), hostile),
                        validBody == null ? null : validBody.toString(), "application/json"));
            }
        }
        if (hasBody) {
            attempts.add(new Attempt(validPath, Map.of(), validBody.toString(), "application/json"));
            for (String broken : List.of("{", "null", "[]", "\"text\"", "1", "{\"a\":", "\u0000",
                    "{\"x\":" + "[".repeat(2_000) + "]".repeat(2_000) + "}")) {
                attempts.add(new Attempt(validPath, Map.of(), broken, "application/json"));
            }
            attempts.add(new Attempt(validPath, Map.of(), validBody.toString(), "text/plain"));
            for (String mutated : mutations(validBody)) {
                attempts.add(new Attempt(validPath, Map.of(), mutated, "application/json"));
            }
        }
        if (attempts.isEmpty()) {
            attempts.add(new Attempt(validPath, Map.of(), null, "application/json"));
        }
        for (String caller : CALLERS) {
            String token = SystemUnderTest.tokens().user(caller);
            for (Attempt attempt : attempts) {
                send(service, document, path, method, operation, attempt, token, caller);
            }
        }
    }

    /** A real id for the path parameter where there is one; a random UUID (a 404) where not. */
    private String realValue(LocalService service, String name) {
        String key = !name.equals("id") ? name : switch (service.name()) {
            case "clients" -> "clientId";
            case "teams" -> "teamId";
            case "specialists" -> "specialistId";
            default -> name;
        };
        return known.getOrDefault(key, UUID.randomUUID().toString());
    }

    private record Attempt(Map<String, String> pathValues, Map<String, String> query, String body,
            String contentType) {
    }

    private void send(LocalService service, JsonNode document, String path, String method, JsonNode operation,
            Attempt attempt, String token, String caller) throws Exception {
        String target = path;
        for (Map.Entry<String, String> value : attempt.pathValues().entrySet()) {
            target = target.replace("{" + value.getKey() + "}", value.getValue());
        }
        StringBuilder query = new StringBuilder();
        attempt.query().forEach((name, value) -> query.append(query.isEmpty() ? "?" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=').append(value));
        String described = method.toUpperCase() + " " + service.name() + target + query
                + (attempt.body() == null ? "" : " " + abbreviate(attempt.body())) + " as " + caller;
        URI uri;
        try {
            uri = URI.create(service.url() + target + query);
        } catch (IllegalArgumentException notAUri) {
            return; // no client could send it either
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
        if (attempt.body() != null) {
            request.header("Content-Type", attempt.contentType())
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .method(method.toUpperCase(), HttpRequest.BodyPublishers.ofString(attempt.body()));
        } else {
            request.method(method.toUpperCase(), HttpRequest.BodyPublishers.noBody());
        }
        long outboxBefore = lastOutboxRow(service);
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        requests++;
        int status = response.statusCode();
        answers.merge(status, 1, Integer::sum);
        if (status >= 500) {
            findings.add(new Finding("5xx", described, status, abbreviate(response.body())));
            return;
        }
        JsonNode documented = operation.path("responses").path(Integer.toString(status));
        if (documented.isMissingNode() && operation.path("responses").path("default").isMissingNode()) {
            findings.add(new Finding("undocumented status", described, status, abbreviate(response.body())));
            return;
        }
        if (status >= 400 && lastOutboxRow(service) != outboxBefore) {
            findings.add(new Finding("write from a refused request", described, status, ""));
        }
        JsonNode content = resolve(document, documented).path("content");
        String type = response.headers().firstValue("Content-Type").orElse("").split(";")[0].strip();
        JsonNode schema = resolve(document, content.path(type).path("schema"));
        if (!schema.isMissingNode() && type.endsWith("json") && !response.body().isEmpty()) {
            schemaChecked++;
            String mismatch = mismatch(document, schema, JSON.readTree(response.body()), "$");
            if (mismatch != null) {
                findings.add(new Finding("schema mismatch", described, status, mismatch));
            }
        }
    }

    /** Where the value breaks the schema, or null: types (with null), required properties, items, enums. */
    private static String mismatch(JsonNode document, JsonNode schemaOrRef, JsonNode value, String at) {
        JsonNode schema = resolve(document, schemaOrRef);
        for (String combination : List.of("anyOf", "oneOf")) {
            if (schema.has(combination)) {
                for (JsonNode option : schema.get(combination)) {
                    if (mismatch(document, option, value, at) == null) {
                        return null;
                    }
                }
                return at + ": matches none of " + combination;
            }
        }
        if (schema.has("allOf")) {
            for (JsonNode part : schema.get("allOf")) {
                String problem = mismatch(document, part, value, at);
                if (problem != null) {
                    return problem;
                }
            }
        }
        List<String> types = new ArrayList<>();
        if (schema.path("type").isArray()) {
            schema.get("type").forEach(t -> types.add(t.asText()));
        } else if (schema.path("type").isTextual()) {
            types.add(schema.get("type").asText());
        }
        if (!types.isEmpty() && types.stream().noneMatch(t -> is(t, value))) {
            return at + ": " + value.getNodeType() + " where the document says " + types;
        }
        if (schema.has("enum") && !value.isNull()) {
            boolean listed = false;
            for (JsonNode option : schema.get("enum")) {
                listed |= option.equals(value);
            }
            if (!listed) {
                return at + ": " + value + " is not one of " + schema.get("enum");
            }
        }
        if (value.isObject()) {
            for (JsonNode name : schema.path("required")) {
                if (!value.has(name.asText())) {
                    return at + "." + name.asText() + ": required, but absent";
                }
            }
            Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
            while (properties.hasNext()) {
                Map.Entry<String, JsonNode> property = properties.next();
                if (value.has(property.getKey())) {
                    String problem = mismatch(document, property.getValue(), value.get(property.getKey()),
                            at + "." + property.getKey());
                    if (problem != null) {
                        return problem;
                    }
                }
            }
        }
        if (value.isArray() && schema.has("items")) {
            int index = 0;
            for (JsonNode item : value) {
                String problem = mismatch(document, schema.get("items"), item, at + "[" + index++ + "]");
                if (problem != null) {
                    return problem;
                }
            }
        }
        return null;
    }

    private static boolean is(String type, JsonNode value) {
        return switch (type) {
            case "null" -> value.isNull();
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            default -> true;
        };
    }

    /** A value the schema allows, as a client would first send it. */
    private JsonNode example(JsonNode document, JsonNode schemaOrRef, int depth) {
        JsonNode schema = resolve(document, schemaOrRef);
        if (schema.has("example")) {
            return schema.get("example");
        }
        for (String combination : List.of("allOf", "anyOf", "oneOf")) {
            if (schema.has(combination)) {
                for (JsonNode option : schema.get(combination)) {
                    JsonNode resolved = resolve(document, option);
                    if (!resolved.path("type").asText().equals("null")) {
                        return example(document, resolved, depth);
                    }
                }
            }
        }
        if (schema.has("enum")) {
            for (JsonNode option : schema.get("enum")) {
                if (!option.isNull()) {
                    return option;
                }
            }
        }
        String type = firstType(schema);
        return switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth < MAX_DEPTH) {
                    schema.path("properties").fields().forEachRemaining(p -> object.set(p.getKey(),
                            example(document, p.getValue(), depth + 1)));
                }
                yield object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                if (depth < MAX_DEPTH) {
                    array.add(example(document, schema.path("items"), depth + 1));
                }
                yield array;
            }
            case "integer" -> NODES.numberNode(1);
            case "number" -> NODES.numberNode(1.0);
            case "boolean" -> NODES.booleanNode(true);
            case "string" -> switch (schema.path("format").asText()) {
                case "date" -> NODES.textNode(LocalDate.now(ZoneId.of("Europe/Oslo")).toString());
                case "date-time" -> NODES.textNode("2026-01-15T10:00:00Z");
                case "uuid" -> NODES.textNode(UUID.randomUUID().toString());
                default -> NODES.textNode("tekst");
            };
            default -> NODES.nullNode();
        };
    }

    private static String firstType(JsonNode schema) {
        if (schema.path("type").isArray()) {
            for (JsonNode type : schema.get("type")) {
                if (!type.asText().equals("null")) {
                    return type.asText();
                }
            }
        }
        return schema.path("type").asText("");
    }

    /** The valid body with one property (at the top or one level down) replaced by a hostile value each time. */
    private List<String> mutations(JsonNode valid) {
        List<String> bodies = new ArrayList<>();
        if (!valid.isObject()) {
            return bodies;
        }
        List<JsonNode> hostile = List.of(NODES.nullNode(), NODES.textNode(""), NODES.textNode("\u0000"),
                NODES.textNode("a\uD800b"), NODES.textNode("x".repeat(10_000)), NODES.numberNode(-1),
                NODES.numberNode(Long.MAX_VALUE), NODES.numberNode(1.5), NODES.objectNode(), NODES.arrayNode(),
                NODES.arrayNode().add(NODES.nullNode()), NODES.arrayNode().add(""), NODES.textNode("9999-99-99"),
                NODES.textNode("\u202Eevil"), NODES.booleanNode(false));
        valid.fieldNames().forEachRemaining(name -> {
            for (JsonNode value : hostile) {
                ObjectNode copy = valid.deepCopy();
                copy.set(name, value);
                bodies.add(copy.toString());
            }
            JsonNode inner = valid.get(name);
            JsonNode nested = inner.isArray() && !inner.isEmpty() ? inner.get(0) : inner;
            if (nested.isObject()) {
                nested.fieldNames().forEachRemaining(innerName -> {
                    for (JsonNode value : List.of(NODES.nullNode(), NODES.textNode("\u0000"), NODES.numberNode(-1),
                            NODES.arrayNode())) {
                        ObjectNode copy = valid.deepCopy();
                        JsonNode target = copy.get(name).isArray() ? copy.get(name).get(0) : copy.get(name);
                        ((ObjectNode) target).set(innerName, value);
                        bodies.add(copy.toString());
                    }
                });
            }
        });
        ObjectNode extra = valid.deepCopy();
        extra.put("notAField" + random.nextInt(1000), "x");
        bodies.add(extra.toString());
        // The number a JSON parser turns into infinity, written as the raw literal.
        valid.fieldNames().forEachRemaining(name -> {
            ObjectNode copy = valid.deepCopy();
            copy.put(name, "__INF__");
            bodies.add(copy.toString().replace("\"__INF__\"", "1e309"));
        });
        return bodies;
    }

    private static JsonNode resolve(JsonNode document, JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current.has("$ref") && hops < 10; hops++) {
            String ref = current.get("$ref").asText();
            current = document.at(ref.substring(1));
        }
        return current;
    }

    private long lastOutboxRow(LocalService service) throws SQLException {
        Connection connection = databases.get(service.name());
        if (connection == null) {
            connection = SystemUnderTest.system().postgres().connect(service.database());
            databases.put(service.name(), connection);
        }
        try (ResultSet rs = connection.createStatement().executeQuery("select coalesce(max(id), 0) from ips_outbox")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private String get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String abbreviate(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() > 160 ? flat.substring(0, 160) + "…" : flat;
    }
}
