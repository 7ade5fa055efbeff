package no.ipsbridge.kubernetes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import no.ipsbridge.kubernetes.OperatorModels.Cluster;
import no.ipsbridge.kubernetes.OperatorModels.Keycloak;
import no.ipsbridge.kubernetes.OperatorModels.KeycloakRealmImport;
import no.ipsbridge.kubernetes.OperatorModels.Kustomization;
import no.ipsbridge.kubernetes.OperatorModels.ScheduledBackup;

/**
 * The manifests in {@code deploy/kubernetes}, each document read into the typed model of the API that owns its kind,
 * and the overlays built as {@code kubectl kustomize} would build them (the parts of Kustomize they use: resources,
 * namespace, labels, images and patches, JSON 6902 or a strategic delete).
 */
final class Manifests {

    static final Path MODULE = Path.of("").toAbsolutePath();
    static final Path BASE = MODULE.resolve("base");
    static final Path OVERLAYS = MODULE.resolve("overlays");

    /** apiVersion/kind to model; a kind not listed here is refused. */
    static final Map<String, Class<?>> MODELS = Map.ofEntries(
            Map.entry("v1/ConfigMap", ConfigMap.class),
            Map.entry("v1/Service", Service.class),
            Map.entry("v1/Namespace", Namespace.class),
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            Map.entry("networking.k8s.io/v1/Ingress", Ingress.class),
            Map.entry("kafka.strimzi.io/v1beta2/Kafka", Kafka.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaNodePool", KafkaNodePool.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaTopic", KafkaTopic.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaUser", KafkaUser.class),
            Map.entry("postgresql.cnpg.io/v1/Cluster", Cluster.class),
            Map.entry("postgresql.cnpg.io/v1/ScheduledBackup", ScheduledBackup.class),
            Map.entry("k8s.keycloak.org/v2alpha1/Keycloak", Keycloak.class),
            Map.entry("k8s.keycloak.org/v2alpha1/KeycloakRealmImport", KeycloakRealmImport.class));

    private Manifests() {
    }

    /** Every YAML file under the folder, Kustomize's own files aside. */
    static List<Path> files(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(path -> path.toString().endsWith(".yaml"))
                    .filter(path -> !path.getFileName().toString().equals("kustomization.yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<JsonNode> documents(Path file) {
        try {
            return StrictYaml.documents(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document in its kind's model; an unknown kind, an unknown field or a wrong type is an error. */
    static Object typed(JsonNode document) {
        String key = document.path("apiVersion").asText() + "/" + document.path("kind").asText();
        Class<?> model = MODELS.get(key);
        if (model == null) {
            throw new IllegalArgumentException("No model for " + key + " (" + name(document) + ")");
        }
        return StrictYaml.read(document, model);
    }

    static <T> List<T> all(List<JsonNode> documents, Class<T> model) {
        return documents.stream().map(Manifests::typed).filter(model::isInstance).map(model::cast).toList();
    }

    static String name(JsonNode document) {
        return document.path("kind").asText() + " " + document.path("metadata").path("name").asText();
    }

    static Kustomization kustomization(Path folder) {
        List<JsonNode> documents = documents(folder.resolve("kustomization.yaml"));
        return StrictYaml.read(documents.getFirst(), Kustomization.class);
    }

    /** What {@code kubectl kustomize folder} gives, for the features these files use. */
    static List<JsonNode> build(Path folder) {
        Kustomization kustomization = kustomization(folder);
        List<JsonNode> documents = new ArrayList<>();
        for (String resource : kustomization.resources()) {
            Path path = folder.resolve(resource).normalize();
            documents.addAll(Files.isDirectory(path) ? build(path) : documents(path));
        }
        if (kustomization.labels() != null) {
            for (OperatorModels.LabelSet labels : kustomization.labels()) {
                documents.forEach(document -> labels.pairs().forEach((key, value) -> ((ObjectNode) document)
                        .withObject("/metadata").withObject("/labels").put(key, value)));
            }
        }
        if (kustomization.images() != null) {
            for (OperatorModels.Image image : kustomization.images()) {
                documents.forEach(document -> document.path("spec").path("template").path("spec").path("containers")
                        .forEach(container -> {
                            if (container.path("image").asText().equals(image.name())) {
                                String name = image.newName() == null ? image.name() : image.newName();
                                ((ObjectNode) container).put("image",
                                        image.newTag() == null ? name : name + ":" + image.newTag());
                            }
                        }));
            }
        }
        if (kustomization.patches() != null) {
            for (OperatorModels.Patch patch : kustomization.patches()) {
                JsonNode operations = StrictYaml.tree(patch.patch());
                List<JsonNode> targets = documents.stream().filter(document -> matches(document, patch.target()))
                        .toList();
                if (targets.isEmpty()) {
                    throw new IllegalArgumentException("A patch in " + folder + " finds no " + patch.target());
                }
                for (JsonNode target : targets) {
                    if (operations.isObject() && "delete".equals(operations.path("$patch").asText())) {
                        documents.remove(target);
                    } else {
                        operations.forEach(operation -> apply((ObjectNode) target, operation));
                    }
                }
            }
        }
        if (kustomization.namespace() != null) {
            documents.stream().filter(document -> !document.path("kind").asText().equals("Namespace"))
                    .forEach(document -> ((ObjectNode) document).withObject("/metadata")
                            .put("namespace", kustomization.namespace()));
        }
        return documents;
    }

    private static boolean matches(JsonNode document, OperatorModels.Target target) {
        return document.path("kind").asText().equals(target.kind())
                && (target.name() == null || document.path("metadata").path("name").asText().equals(target.name()));
    }

    /** One JSON Patch (RFC 6902) operation: add, replace or remove; the path must exist, except where add creates. */
    static void apply(ObjectNode document, JsonNode operation) {
        String op = operation.path("op").asText();
        String text = operation.path("path").asText();
        JsonPointer path = JsonPointer.compile(text);
        JsonNode parent = document.at(JsonPointer.compile(text.substring(0, text.lastIndexOf('/'))));
        String last = text.substring(text.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
        boolean exists = !document.at(path).isMissingNode();
        if (parent.isMissingNode() || (!op.equals("add") && !exists)) {
            throw new IllegalArgumentException(op + " " + path + " in " + name(document) + ": no such path");
        }
        switch (op) {
            case "replace", "add" -> {
                if (parent instanceof ObjectNode object) {
                    object.set(last, operation.get("value"));
                } else if (parent instanceof ArrayNode array) {
                    if (last.equals("-")) {
                        array.add(operation.get("value"));
                    } else if (op.equals("add")) {
                        array.insert(Integer.parseInt(last), operation.get("value"));
                    } else {
                        array.set(Integer.parseInt(last), operation.get("value"));
                    }
                }
            }
            case "remove" -> {
                if (parent instanceof ObjectNode object) {
                    object.remove(last);
                } else if (parent instanceof ArrayNode array) {
                    array.remove(Integer.parseInt(last));
                }
            }
            default -> throw new IllegalArgumentException("Patch operation " + op + " is not used here");
        }
    }
}
