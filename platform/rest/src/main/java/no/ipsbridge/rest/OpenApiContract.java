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

/**
 * Makes every service's OpenAPI document say what the service really answers, so that a client generated from it
 * (or a fuzzer checking against it) is not surprised:
 * <ul>
 * <li>the answers every operation of a kind can give, from the platform's own conventions, where the operation does
 * not describe them itself: 400 for a bad field, parameter or header; 401 and 403 on the API; 404 for an id in the
 * path; 406 when Accept excludes what it answers (a PDF, say); 412 with If-Match; 415 for a body that is not JSON; 422 for an Idempotency-Key reused for another request;
 * 503 while the database cannot be reached;</li>
 * <li>a property a schema does not require may be {@code null}: the services write absent values as null, and read
 * a null as absent.</li>
 * </ul>
 * Registered for every service by this module's {@code META-INF/microprofile-config.properties}.
 */
public class OpenApiContract implements OASFilter {

    private static final String PROBLEM = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().forEach(this::documentAnswers);
        }
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().values().forEach(OpenApiContract::allowNullWhereNotRequired);
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
                add(responses, "422", "The Idempotency-Key was already used for a different request");
            }
            add(responses, "503", "The database cannot be reached; nothing was changed. Retry after Retry-After");
        }
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
        if (responses.hasAPIResponse(status)) {
            return;
        }
        responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref(PROBLEM)))));
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
