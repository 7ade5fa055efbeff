package no.ipsbridge.rest;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

/**
 * Reads query parameters of type {@code LocalDate}, {@code Integer} and enums so that a value that is not one
 * ({@code ?to=null}, {@code ?status=AAA}) is a 400 problem naming the parameter. JAX-RS would answer a failed query
 * parameter conversion with 404, as if the resource did not exist, and say nothing of what was wrong.
 */
@Provider
public class QueryParameterConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = Arrays.stream(annotations).filter(QueryParam.class::isInstance).map(QueryParam.class::cast)
                .map(QueryParam::value).findFirst().orElse(null);
        if (name == null) {
            return null;
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) converter(name, LocalDate::parse, "must be a date like 2026-11-23");
        }
        if (rawType == Integer.class) {
            return (ParamConverter<T>) converter(name, Integer::valueOf, "must be a whole number");
        }
        if (rawType.isEnum()) {
            Class<? extends Enum> type = (Class<? extends Enum>) rawType;
            String values = String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
            return (ParamConverter<T>) converter(name, value -> Enum.valueOf(type, value), "must be one of " + values);
        }
        return null;
    }

    private static <T> ParamConverter<T> converter(String name, Function<String, T> parse, String rule) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null || value.isEmpty()) {
                    return null;
                }
                try {
                    return parse.apply(value);
                } catch (DateTimeParseException | IllegalArgumentException e) {
                    throw new InvalidParameter(name, rule);
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value.toString();
            }
        };
    }

    /** A query parameter that could not be read; its response is already the problem, naming the parameter. */
    static final class InvalidParameter extends BadRequestException {
        InvalidParameter(String name, String rule) {
            super(ProblemMappers.respond(new Problem(Problem.TYPE_BASE + "invalid-input", "Invalid input", 400,
                    name + ": " + rule, List.of(new Problem.FieldError(name, rule)), null)));
        }
    }
}
