package no.ipsbridge.kubernetes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * YAML read the way a strict API server would: a field the model does not have is an error. fabric8's and Strimzi's
 * models keep unknown fields in an "additional properties" map so that a client never loses data; here that map is
 * taken away, so a misspelt field ({@code replica:}, {@code readinesProbe:}) fails the build instead of being
 * silently ignored by the cluster.
 */
final class StrictYaml {

    static final ObjectMapper MAPPER = YAMLMapper.builder(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .addModule(new SimpleModule("no-additional-properties").setDeserializerModifier(
                    new BeanDeserializerModifier() {
                        @Override
                        public BeanDeserializerBuilder updateBuilder(DeserializationConfig config,
                                BeanDescription description, BeanDeserializerBuilder builder) {
                            builder.setAnySetter(null);
                            builder.setIgnoreUnknownProperties(false);
                            return builder;
                        }
                    }))
            .build();

    private StrictYaml() {
    }

    /** Every document of a multi-document YAML text, as trees. */
    static List<JsonNode> documents(String yaml) {
        try {
            return MAPPER.readerFor(JsonNode.class).<JsonNode>readValues(yaml).readAll().stream()
                    .filter(node -> node != null && !node.isNull() && !node.isMissingNode()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One YAML document, a list included (a JSON patch). */
    static JsonNode tree(String yaml) {
        try {
            return MAPPER.readTree(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static <T> T read(JsonNode document, Class<T> type) {
        try {
            return MAPPER.treeToValue(document, type);
        } catch (IOException e) {
            throw new IllegalArgumentException(type.getSimpleName() + " " + document.path("metadata").path("name")
                    .asText() + ": " + e.getMessage(), e);
        }
    }
}
