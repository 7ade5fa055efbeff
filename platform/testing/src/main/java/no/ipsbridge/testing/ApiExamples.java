package no.ipsbridge.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads every example a service's API documents show, the way a client that copies it would meet it: a request
 * body's example must be read by the service's own mapper into the operation's request type and pass its validation;
 * a response's example must read into the type its schema names. Run from a test inside the service, so the mapper
 * is the service's strict one.
 */
public final class ApiExamples {

    /** One example, where it stands, and what was wrong with it ({@code null} when nothing). */
    public record Checked(String where, String problem) {
    }

    private final ObjectMapper mapper;
    private final Validator validator;

    public ApiExamples(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    /** Every example on the operations of the classes in {@code basePackage} and below. */
    public List<Checked> check(String basePackage) {
        List<Checked> checked = new ArrayList<>();
        for (Class<?> type : classesIn(basePackage)) {
            for (APIResponse response : type.getAnnotationsByType(APIResponse.class)) {
                checkResponse(type.getSimpleName(), response, checked);
            }
            for (Method method : type.getDeclaredMethods()) {
                checkRequestBody(method, checked);
                for (APIResponse response : method.getAnnotationsByType(APIResponse.class)) {
                    checkResponse(where(method), response, checked);
                }
            }
        }
        return checked;
    }

    private void checkRequestBody(Method method, List<Checked> checked) {
        for (Parameter parameter : method.getParameters()) {
            RequestBody body = parameter.getAnnotation(RequestBody.class);
            if (body == null && method.isAnnotationPresent(RequestBody.class) && isBody(parameter)) {
                body = method.getAnnotation(RequestBody.class);
            }
            if (body == null) {
                continue;
            }
            JavaType type = mapper.getTypeFactory().constructType(parameter.getParameterizedType());
            for (Content content : body.content()) {
                for (ExampleObject example : content.examples()) {
                    String where = where(method) + " request '" + example.name() + "'";
                    checked.add(new Checked(where, readAndValidate(example.value(), type)));
                }
            }
        }
    }

    private void checkResponse(String operation, APIResponse response, List<Checked> checked) {
        for (Content content : response.content()) {
            Class<?> schema = content.schema().implementation();
            if (schema == Void.class || content.examples().length == 0) {
                continue;
            }
            for (ExampleObject example : content.examples()) {
                String where = operation + " " + response.responseCode() + " '" + example.name() + "'";
                checked.add(new Checked(where, read(example.value(), schema)));
            }
        }
    }

    private String readAndValidate(String json, JavaType type) {
        try {
            Object value = mapper.readValue(json, type);
            List<?> values = value instanceof Iterable<?> many ? toList(many) : List.of(value);
            var violations = values.stream().flatMap(v -> validator.validate(v).stream())
                    .map(v -> v.getPropertyPath() + " " + v.getMessage()).toList();
            return violations.isEmpty() ? null : "not valid: " + violations;
        } catch (JacksonException e) {
            return "not readable: " + e.getOriginalMessage();
        }
    }

    private String read(String json, Class<?> type) {
        try {
            JsonNode tree = mapper.readTree(json);
            for (JsonNode one : tree.isArray() ? toList(tree) : List.of(tree)) {
                mapper.treeToValue(one, type);
            }
            return null;
        } catch (JacksonException e) {
            return "not readable as " + type.getSimpleName() + ": " + e.getOriginalMessage();
        }
    }

    private static <T> List<T> toList(Iterable<? extends T> values) {
        List<T> list = new ArrayList<>();
        values.forEach(list::add);
        return list;
    }

    private static boolean isBody(Parameter parameter) {
        return Stream.of(PathParam.class, QueryParam.class, HeaderParam.class, CookieParam.class, MatrixParam.class,
                FormParam.class, BeanParam.class, Context.class).noneMatch(parameter::isAnnotationPresent);
    }

    private static String where(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName();
    }

    private static List<Class<?>> classesIn(String basePackage) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        String folder = basePackage.replace('.', '/');
        List<Class<?>> classes = new ArrayList<>();
        try {
            for (URL url : Collections.list(loader.getResources(folder))) {
                if (!"file".equals(url.getProtocol()) || url.getPath().contains("test-classes")) {
                    continue;
                }
                Path root = Path.of(url.toURI());
                try (Stream<Path> files = Files.walk(root)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                        String relative = root.relativize(file).toString().replace('/', '.');
                        String name = basePackage + "." + relative.substring(0, relative.length() - ".class".length());
                        classes.add(Class.forName(name, false, loader));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return classes;
    }
}
