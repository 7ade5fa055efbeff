package no.ipsbridge.rest;

import java.io.IOException;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Request bodies are read strictly. A field that a command does not define is refused (400 naming it) rather than
 * dropped: a clinic system's engineer who sends {@code assignedOn} to a command without one learns it at once, not
 * from a wrong report months later. Text with control characters or unpaired surrogates is refused the same way
 * ({@link PlainText}). Events are read by their own, tolerant mapper ({@code EventJson}), so new event fields never
 * break a consumer.
 */
@Singleton
public class StrictRequestBodies implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.registerModule(new SimpleModule("plain-text").addDeserializer(String.class, new PlainTextReader()));
    }

    /** Jackson's own string reading, then the plain-text rule; the refusal names the field through its path. */
    static final class PlainTextReader extends StdScalarDeserializer<String> {

        PlainTextReader() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null && !PlainText.acceptable(text)) {
                throw new UnreadableText(parser, text);
            }
            return text;
        }
    }

    /** Text a request may not hold; the problem says why without quoting it. */
    static final class UnreadableText extends InvalidFormatException {
        UnreadableText(JsonParser parser, String text) {
            super(parser, PlainText.RULE, text, String.class);
        }
    }
}
