package no.ipsbridge.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Makes every service's OpenAPI document say what the service really answers, so that a client generated from it
 * (or a fuzzer checking against it) is not surprised:
 * <ul>
 * <li>the answers every operation of a kind can give, from the platform's own conventions, where the operation does
 * not describe them itself: 400 for a bad field, parameter or header; 401 and 403 on the API; 404 for an id in the
 * path; 406 when Accept excludes what it answers (a PDF, say); 412 with If-Match; 415 for a body that is not JSON; 422 for an Idempotency-Key reused for another request;
 * 503 while the database cannot be reached;</li>
 * <li>every 4xx and 5xx answer is a {@link Problem}: an operation names only the status and what it means there;</li>
 * <li>the Idempotency-Key header is described once, here;</li>
 * <li>a property a schema does not require may be {@code null}: the services write absent values as null, and read
 * a null as absent;</li>
 * <li>every operation needs the bearer token, and the document says whom to ask.</li>
 * </ul>
 * Registered for every service by this module's {@code META-INF/microprofile-config.properties}.
 */
public class OpenApiContract implements OASFilter {

    private static final String PROBLEM = "#/components/schemas/Problem";
    private static final String IDEMPOTENCY_KEY = """
            Any unique string (a UUID, say), the same for every retry of this request: a retry then gets the first \
            answer again and records nothing twice. Optional; kept for 7 days.""";
    /** What the scanner writes on an answer it adds by itself, e.g. a 400 for a validated body. */
    private static final List<String> GENERATED = List.of("Bad Request", "Unauthorized", "Forbidden", "Not Found",
            "Unsupported Media Type", "Not Acceptable");
    private static final String IDEMPOTENCY_KEY_REUSED = "The Idempotency-Key was already used for a different request";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().forEach(this::documentAnswers);
        }
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema("Problem", problemSchema());
        openAPI.getComponents().getSchemas().values().forEach(OpenApiContract::allowNullWhereNotRequired);
        requireTheTokenEverywhere(openAPI);
        sayWhoAnswers(openAPI);
    }

    /**
     * Every operation of the API takes the OpenID Connect bearer token (the one security scheme): said once, for the
     * whole document. Which roles may do what is in each operation's 403 and in docs/access-control.md.
     */
    private static void requireTheTokenEverywhere(OpenAPI openAPI) {
        Map<String, SecurityScheme> schemes = openAPI.getComponents().getSecuritySchemes();
        if (schemes == null || schemes.size() != 1 || openAPI.getSecurity() != null) {
            return;
        }
        openAPI.setSecurity(List.of(OASFactory.createSecurityRequirement()
                .addScheme(schemes.keySet().iterator().next())));
    }

    private static void sayWhoAnswers(OpenAPI openAPI) {
        if (openAPI.getInfo() == null) {
            openAPI.setInfo(OASFactory.createInfo());
        }
        if (openAPI.getInfo().getContact() == null) {
            openAPI.getInfo().setContact(OASFactory.createContact().name("IPS Bridge").url("https://ipsbridge.no"));
        }
        if (openAPI.getInfo().getLicense() == null) {
            // The project has not chosen a licence yet (ADR 31): the documents say what they may be used for.
            openAPI.getInfo().setLicense(OASFactory.createLicense()
                    .name("For NAV, the health trusts and their integration partners").url("https://ipsbridge.no"));
        }
    }

    private void documentAnswers(String path, PathItem item) {
        if (!path.startsWith("/api/")) {
            return;
        }
        for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.getOperations().entrySet()) {
            Operation operation = entry.getValue();
            List<Parameter> parameters = new ArrayList<>();
            if (item.getParameters() != null) {
                parameters.addAll(item.getParameters());
            }
            if (operation.getParameters() != null) {
                parameters.addAll(operation.getParameters());
            }
            boolean body = operation.getRequestBody() != null;
            boolean idInPath = parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH);
            APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses()
                    : operation.getResponses();
            operation.setResponses(responses);
            if (body || !parameters.isEmpty()) {
                add(responses, "400", "A field, parameter or header is missing or wrong; the problem names it");
            }
            add(responses, "401", "No valid token");
            add(responses, "403", "Your role or unit may not do this; the problem says why");
            if (idInPath) {
                add(responses, "404", "No such resource, or not one you may see");
            }
            if (header(parameters, "If-Match")) {
                add(responses, "412", "If-Match names a version that is no longer current; read it again");
            }
            if (body) {
                add(responses, "415", "The body is not application/json");
            }
            if (producesOnlyOtherThanJson(responses)) {
                add(responses, "406", "Accept does not allow what this operation answers (see its 200)");
            }
            if (header(parameters, Idempotency.HEADER)) {
                describeIdempotencyKey(parameters, responses);
            }
            add(responses, "503", "The database cannot be reached; nothing was changed. Retry after Retry-After");
            answerProblemsAsProblems(responses);
        }
    }

    private static void describeIdempotencyKey(List<Parameter> parameters, APIResponses responses) {
        parameters.stream()
                .filter(p -> p.getIn() == Parameter.In.HEADER && Idempotency.HEADER.equalsIgnoreCase(p.getName()))
                .filter(p -> p.getDescription() == null)
                .forEach(p -> p.description(IDEMPOTENCY_KEY));
        var unprocessable = responses.getAPIResponse("422");
        if (unprocessable == null || unprocessable.getDescription() == null) {
            add(responses, "422", IDEMPOTENCY_KEY_REUSED);
        } else if (!unprocessable.getDescription().contains("Idempotency-Key")) {
            unprocessable.description(unprocessable.getDescription() + "; or: " + IDEMPOTENCY_KEY_REUSED);
        }
    }

    /** An operation names a refusal's status and meaning; its body is a problem, whatever the operation forgot. */
    private static void answerProblemsAsProblems(APIResponses responses) {
        responses.getAPIResponses().forEach((status, response) -> {
            if (!status.startsWith("4") && !status.startsWith("5") || response.getRef() != null) {
                return;
            }
            if (response.getContent() == null || response.getContent().getMediaTypes() == null
                    || response.getContent().getMediaTypes().isEmpty()) {
                response.content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM))));
                return;
            }
            response.getContent().getMediaTypes().values().stream().filter(type -> type.getSchema() == null)
                    .forEach(type -> type.schema(OASFactory.createSchema().ref(PROBLEM)));
        });
    }

    private static Schema problemSchema() {
        return OASFactory.createSchema().description("RFC 9457 problem detail").addType(Schema.SchemaType.OBJECT)
                .required(List.of("type", "title", "status"))
                .addProperty("type", text("Stable identifier of the kind of problem; clients may branch on it",
                        Problem.TYPE_BASE + "invalid-input"))
                .addProperty("title", text(null, "Invalid input"))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                        .example(400))
                .addProperty("detail", text(null, "nationalId: not a valid fødselsnummer or D-nummer"))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .description("The fields that were wrong, when the request body was")
                        .items(OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                                .required(List.of("field", "message"))
                                .addProperty("field", text(null, "nationalId"))
                                .addProperty("message", text(null, "not a valid fødselsnummer or D-nummer"))))
                .addProperty("existing", text("Where the existing resource is, for conflicts with one", null));
    }

    private static Schema text(String description, String example) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description).example(example);
    }

    private static boolean producesOnlyOtherThanJson(APIResponses responses) {
        var ok = responses.getAPIResponse("200");
        if (ok == null || ok.getContent() == null || ok.getContent().getMediaTypes() == null
                || ok.getContent().getMediaTypes().isEmpty()) {
            return false;
        }
        return ok.getContent().getMediaTypes().keySet().stream().noneMatch(type -> type.contains("json"));
    }

    private static boolean header(List<Parameter> parameters, String name) {
        return parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(p.getName()));
    }

    private static void add(APIResponses responses, String status, String description) {
        var existing = responses.getAPIResponse(status);
        if (existing != null) {
            if (existing.getDescription() == null || GENERATED.contains(existing.getDescription())) {
                existing.description(description); // the scanner's reason phrase says less than the convention
            }
            return;
        }
        // Its body, a problem, is added with every other refusal's (answerProblemsAsProblems).
        responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
    }

    private static void allowNullWhereNotRequired(Schema schema) {
        if (schema.getProperties() == null) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        for (Map.Entry<String, Schema> property : List.copyOf(schema.getProperties().entrySet())) {
            if (!required.contains(property.getKey())) {
                schema.addProperty(property.getKey(), nullable(property.getValue()));
            }
        }
    }

    private static Schema nullable(Schema property) {
        boolean typed = property.getType() != null && !property.getType().isEmpty();
        if (property.getRef() != null || !typed && (property.getAllOf() != null || property.getOneOf() != null)) {
            // A reference (or a composition) cannot be widened in place: it is "that, or null".
            return OASFactory.createSchema().description(property.getDescription()).addAnyOf(property)
                    .addAnyOf(OASFactory.createSchema().addType(Schema.SchemaType.NULL));
        }
        if (!typed) {
            return property; // no type to widen: anything goes already
        }
        if (!property.getType().contains(Schema.SchemaType.NULL)) {
            property.addType(Schema.SchemaType.NULL);
        }
        if (property.getEnumeration() != null && !property.getEnumeration().contains(null)) {
            property.addEnumeration(null);
        }
        return property;
    }
}
