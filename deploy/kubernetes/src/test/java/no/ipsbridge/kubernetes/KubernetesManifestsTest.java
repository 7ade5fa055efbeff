package no.ipsbridge.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.kafka.KafkaAuthorizationSimple;
import io.strimzi.api.kafka.model.kafka.listener.KafkaListenerAuthenticationScramSha512;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import io.strimzi.api.kafka.model.user.KafkaUserAuthorizationSimple;
import io.strimzi.api.kafka.model.user.KafkaUserScramSha512ClientAuthentication;
import io.strimzi.api.kafka.model.user.acl.AclOperation;
import io.strimzi.api.kafka.model.user.acl.AclRule;
import io.strimzi.api.kafka.model.user.acl.AclRuleClusterResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleGroupResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleTopicResource;
import no.ipsbridge.events.Topics;
import no.ipsbridge.infra.KafkaAccess;
import no.ipsbridge.kubernetes.OperatorModels.Cluster;
import no.ipsbridge.kubernetes.OperatorModels.KeycloakRealmImport;
import no.ipsbridge.kubernetes.OperatorModels.ScheduledBackup;

class KubernetesManifestsTest {

    private static final Path SERVICES = Manifests.MODULE.resolve("../../services").normalize();
    private static final List<String> DATA_SERVICES = List.of("clients", "specialists", "placements", "teams",
            "reporting");
    private static final List<String> EVENT_TOPICS = List.of(Topics.CLIENTS, Topics.SPECIALISTS, Topics.TEAMS,
            Topics.PLACEMENTS);
    private static final List<String> PARTNER_TOPICS = concat(EVENT_TOPICS, List.of(Topics.CLIENT_STATE));
    private static final List<String> INTERNAL_TOPICS = List.of(Topics.AUDIT, Topics.PROTECTION);
    /** A placeholder in a service's application.properties: {@code ${NAME}} or {@code ${NAME:default}}. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");
    private static final Pattern APPLICATION_NAME = Pattern.compile("(?m)^quarkus\\.application\\.name=(.+)$");

    private final List<JsonNode> base = Manifests.build(Manifests.BASE);

    @Test
    void everyManifestParsesIntoTheTypedModelOfItsKindWithNoFieldItDoesNotKnow() {
        List<Path> files = new java.util.ArrayList<>(Manifests.files(Manifests.BASE));
        files.addAll(Manifests.files(Manifests.OVERLAYS));
        int documents = 0;
        for (Path file : files) {
            for (JsonNode document : Manifests.documents(file)) {
                assertThat(Manifests.typed(document)).as(file + ": " + Manifests.name(document)).isNotNull();
                documents++;
            }
        }
        assertThat(documents).as("documents read").isGreaterThan(60);
        try (var folders = Files.walk(Manifests.MODULE.resolve("base"))) {
            // Every kustomization.yaml, too, is read strictly (it is read again by each build below).
            folders.filter(path -> path.getFileName().toString().equals("kustomization.yaml"))
                    .forEach(path -> Manifests.kustomization(path.getParent()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aMisspeltFieldIsRefusedInEveryFamilyOfModels() {
        assertThatThrownBy(() -> Manifests.typed(StrictYaml.documents("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: clients}
                spec: {replica: 2}""").getFirst())).hasMessageContaining("replica");
        assertThatThrownBy(() -> Manifests.typed(StrictYaml.documents("""
                apiVersion: kafka.strimzi.io/v1beta2
                kind: KafkaTopic
                metadata: {name: ips-clients-v1}
                spec: {topicName: ips.clients.v1, partition: 3}""").getFirst())).hasMessageContaining("partition");
        assertThatThrownBy(() -> Manifests.typed(StrictYaml.documents("""
                apiVersion: postgresql.cnpg.io/v1
                kind: Cluster
                metadata: {name: clients-db}
                spec: {instance: 3}""").getFirst())).hasMessageContaining("instance");
        assertThatThrownBy(() -> Manifests.typed(StrictYaml.documents("""
                apiVersion: k8s.keycloak.org/v2alpha1
                kind: KeycloakRealmImport
                metadata: {name: ips}
                spec: {keycloakCRName: keycloak, realm: {realm: ips, enabledd: true}}""").getFirst()))
                .hasMessageContaining("enabledd");
        assertThatThrownBy(() -> Manifests.typed(StrictYaml.documents("""
                apiVersion: v1
                kind: Secret
                metadata: {name: web-session}""").getFirst())).as("no Secret is kept in git")
                .hasMessageContaining("No model for v1/Secret");
    }

    @Test
    void bothOverlaysBuildIntoManifestsThatStillParseAndSayWhereTheyRun() {
        for (String overlay : List.of("local", "production")) {
            List<JsonNode> built = Manifests.build(Manifests.OVERLAYS.resolve(overlay));
            built.forEach(document -> assertThat(Manifests.typed(document)).as(overlay + ": "
                    + Manifests.name(document)).isNotNull());
            assertThat(built).filteredOn(document -> !document.path("kind").asText().equals("Namespace"))
                    .allSatisfy(document -> assertThat(document.path("metadata").path("namespace").asText())
                            .isEqualTo("ips-bridge"));
        }
        List<JsonNode> local = Manifests.build(Manifests.OVERLAYS.resolve("local"));
        assertThat(Manifests.all(local, Deployment.class)).hasSize(6)
                .allSatisfy(deployment -> assertThat(deployment.getSpec().getReplicas()).isEqualTo(1));
        assertThat(Manifests.all(local, ScheduledBackup.class)).as("no backups on a laptop").isEmpty();
        assertThat(Manifests.all(local, Cluster.class)).allSatisfy(cluster -> assertThat(cluster.spec().backup())
                .isNull());
        assertThat(Manifests.all(local, KafkaTopic.class)).allSatisfy(topic -> assertThat(topic.getSpec()
                .getReplicas()).isEqualTo(1));

        List<JsonNode> production = Manifests.build(Manifests.OVERLAYS.resolve("production"));
        assertThat(Manifests.all(production, Deployment.class)).allSatisfy(deployment -> {
            assertThat(deployment.getSpec().getReplicas()).isGreaterThanOrEqualTo(2);
            assertThat(container(deployment).getImage()).startsWith("registry.ips-bridge.example/ips-bridge/")
                    .endsWith(":0.1.0");
        });
        assertThat(Manifests.all(production, Cluster.class)).hasSize(6).allSatisfy(cluster -> {
            assertThat(cluster.spec().instances()).isEqualTo(cluster.metadata().getName().equals("keycloak-db")
                    ? 2 : 3);
            assertThat(cluster.spec().backup().barmanObjectStore().destinationPath()).startsWith("s3://");
        });
        assertThat(Manifests.all(production, ScheduledBackup.class)).extracting(b -> b.spec().cluster().name())
                .containsExactlyInAnyOrderElementsOf(Manifests.all(production, Cluster.class).stream()
                        .map(cluster -> cluster.metadata().getName()).toList());
    }

    @Test
    void eachDeploymentsEnvironmentNamesExactlyTheSettingsItsServiceReads() throws IOException {
        List<Deployment> deployments = Manifests.all(base, Deployment.class);
        assertThat(deployments).extracting(d -> d.getMetadata().getName())
                .containsExactlyInAnyOrder("clients", "specialists", "placements", "teams", "reporting", "web");
        for (Deployment deployment : deployments) {
            String name = deployment.getMetadata().getName();
            String properties = Files.readString(
                    SERVICES.resolve(name).resolve("src/main/resources/application.properties"));
            Set<String> reads = new TreeSet<>();
            Matcher placeholders = PLACEHOLDER.matcher(properties);
            while (placeholders.find()) {
                reads.add(placeholders.group(1));
            }
            Container container = container(deployment);
            Matcher application = APPLICATION_NAME.matcher(properties);
            assertThat(application.find()).isTrue();
            assertThat(container.getImage()).as(name + ": the image Quarkus builds for it (ADR 29)")
                    .isEqualTo("ips-bridge/" + application.group(1));
            assertThat(container.getEnvFrom()).as(name + ": no environment taken wholesale").isNullOrEmpty();
            Set<String> environment = container.getEnv().stream().map(EnvVar::getName)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(environment).as(name + "'s environment against the ${...} its application.properties reads")
                    .isEqualTo(reads);
            assertThat(container.getEnv()).filteredOn(env -> env.getName().contains("PASSWORD")
                    || env.getName().contains("SECRET")).as(name + ": secrets come from Secrets, never as values")
                    .allSatisfy(env -> {
                        assertThat(env.getValue()).isNull();
                        assertThat(env.getValueFrom().getSecretKeyRef()).isNotNull();
                    });
        }
    }

    @Test
    void eachServiceIsProbedByItsHealthChecksLimitedRunsAsNobodyAndSurvivesADrain() {
        Map<String, Service> services = byName(Manifests.all(base, Service.class), s -> s.getMetadata().getName());
        Map<String, PodDisruptionBudget> budgets = byName(Manifests.all(base, PodDisruptionBudget.class),
                b -> b.getMetadata().getName());
        Map<String, HorizontalPodAutoscaler> autoscalers = byName(Manifests.all(base, HorizontalPodAutoscaler.class),
                h -> h.getSpec().getScaleTargetRef().getName());
        for (Deployment deployment : Manifests.all(base, Deployment.class)) {
            String name = deployment.getMetadata().getName();
            Container container = container(deployment);
            String port = container.getPorts().getFirst().getName();
            assertThat(container.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/q/health/ready");
            assertThat(container.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/q/health/live");
            assertThat(container.getStartupProbe().getHttpGet().getPath()).isEqualTo("/q/health/started");
            assertThat(container.getReadinessProbe().getHttpGet().getPort().getStrVal()).isEqualTo(port);
            assertThat(container.getResources().getRequests()).containsKeys("cpu", "memory");
            assertThat(container.getResources().getLimits()).containsKeys("cpu", "memory");
            assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).as(name).isTrue();
            assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).as(name).isFalse();
            assertThat(deployment.getSpec().getTemplate().getSpec().getSecurityContext().getRunAsNonRoot()).isTrue();
            assertThat(deployment.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable().getIntVal())
                    .as(name + ": a rolling upgrade keeps every replica until its successor is ready").isZero();

            Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
            assertThat(podLabels).containsAllEntriesOf(services.get(name).getSpec().getSelector());
            assertThat(podLabels).containsAllEntriesOf(budgets.get(name).getSpec().getSelector().getMatchLabels());
            assertThat(autoscalers.get(name).getSpec().getMinReplicas()).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void eachServiceReachesOnlyItsOwnDatabaseTheBrokerAndKeycloak() {
        Map<String, NetworkPolicy> policies = byName(Manifests.all(base, NetworkPolicy.class),
                p -> p.getMetadata().getName());
        for (String service : DATA_SERVICES) {
            NetworkPolicy policy = policies.get(service);
            assertThat(policy.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
            List<Map<String, String>> reaches = egressPodLabels(policy);
            assertThat(reaches).filteredOn(labels -> labels.containsKey("cnpg.io/cluster"))
                    .containsExactly(Map.of("cnpg.io/cluster", service + "-db"));
            assertThat(reaches).anySatisfy(labels -> assertThat(labels).containsEntry("strimzi.io/cluster",
                    "ips-kafka"));
            assertThat(reaches).anySatisfy(labels -> assertThat(labels).containsEntry("app", "keycloak"));
            assertThat(reaches).as(service + " calls no other service").noneMatch(labels ->
                    labels.containsKey("app.kubernetes.io/name"));

            // And from the database's side: only its own service (and its own instances) may connect.
            NetworkPolicy database = policies.get(service + "-db");
            assertThat(database.getSpec().getIngress().getFirst().getFrom()).extracting(peer -> peer.getPodSelector()
                    .getMatchLabels()).containsExactlyInAnyOrder(Map.of("app.kubernetes.io/name", service),
                            Map.of("cnpg.io/cluster", service + "-db"));
        }
        assertThat(egressPodLabels(policies.get("web"))).as("the web client holds no data: no database, no broker")
                .noneMatch(labels -> labels.containsKey("cnpg.io/cluster") || labels.containsKey("strimzi.io/cluster"));
    }

    @Test
    void everyTopicIsDeclaredAndAPartnerReadsOnlyThePartnerTopics() {
        Map<String, KafkaTopic> declared = byName(Manifests.all(base, KafkaTopic.class),
                t -> t.getSpec().getTopicName());
        for (String topic : concat(EVENT_TOPICS, INTERNAL_TOPICS)) {
            assertThat(declared).containsKeys(topic, Topics.deadLetterTopicOf(topic));
            assertThat(declared.get(topic).getSpec().getConfig()).as(topic + " keeps every event")
                    .containsEntry("cleanup.policy", "delete");
        }
        assertThat(declared.get(Topics.CLIENT_STATE).getSpec().getConfig()).as("the latest state of each client")
                .containsEntry("cleanup.policy", "compact");
        Map<String, KafkaUser> users = byName(Manifests.all(base, KafkaUser.class), u -> u.getMetadata().getName());
        List<AclRule> partner = acls(users.get("partner-warehouse"));
        assertThat(partner).filteredOn(rule -> rule.getResource() instanceof AclRuleTopicResource)
                .extracting(rule -> ((AclRuleTopicResource) rule.getResource()).getName())
                .containsExactlyInAnyOrderElementsOf(PARTNER_TOPICS).doesNotContainAnyElementsOf(INTERNAL_TOPICS);
        assertThat(partner).allSatisfy(rule -> assertThat(rule.getOperations())
                .isSubsetOf(AclOperation.DESCRIBE, AclOperation.READ));

        Map<String, String> owns = Map.of("clients", Topics.CLIENTS, "specialists", Topics.SPECIALISTS, "placements",
                Topics.PLACEMENTS, "teams", Topics.TEAMS);
        owns.forEach((service, topic) -> {
            assertThat(writable(users.get(service))).as(service + " writes its own topic").contains(topic);
            assertThat(writable(users.get(service))).as(service + " writes no other service's topic")
                    .doesNotContainAnyElementsOf(owns.values().stream().filter(other -> !other.equals(topic))
                            .toList());
        });
    }

    @Test
    void eachKafkaUserHoldsExactlyTheAclsTheLocalBrokerEnforces() {
        Map<String, KafkaUser> users = byName(Manifests.all(base, KafkaUser.class), u -> u.getMetadata().getName());
        assertThat(users.keySet()).containsExactlyInAnyOrderElementsOf(KafkaAccess.USERS.stream()
                .map(KafkaAccess.User::name).toList());
        for (KafkaAccess.User local : KafkaAccess.USERS) {
            KafkaUser user = users.get(local.name());
            assertThat(user.getSpec().getAuthentication()).as(local.name()).isInstanceOf(
                    KafkaUserScramSha512ClientAuthentication.class);
            Set<String> stated = acls(user).stream().flatMap(rule -> rule.getOperations().stream()
                    .map(operation -> grant(rule.getResource(), operation.name()))).collect(Collectors.toSet());
            Set<String> enforced = local.acls().stream().map(acl -> grant(acl.pattern().resourceType().name(),
                    acl.pattern().name(), acl.pattern().patternType().name(), acl.entry().operation().name()))
                    .collect(Collectors.toSet());
            assertThat(stated).as(local.name() + "'s ACLs in users.yaml").isEqualTo(enforced);
        }
    }

    @Test
    void theServicesSignInToTheBrokerAsTheirOwnKafkaUserAndNobodyIsASuperUser() {
        Kafka kafka = Manifests.all(base, Kafka.class).get(0);
        assertThat(kafka.getSpec().getKafka().getListeners()).allSatisfy(listener -> assertThat(
                listener.getAuth()).as(listener.getName()).isInstanceOf(KafkaListenerAuthenticationScramSha512.class));
        assertThat(((KafkaAuthorizationSimple) kafka.getSpec().getKafka().getAuthorization()).getSuperUsers())
                .isNullOrEmpty();
        for (Deployment deployment : Manifests.all(base, Deployment.class)) {
            String service = deployment.getMetadata().getName();
            Map<String, EnvVar> env = byName(deployment.getSpec().getTemplate().getSpec().getContainers().get(0)
                    .getEnv(), EnvVar::getName);
            if (env.containsKey("KAFKA_BOOTSTRAP_SERVERS")) {
                assertThat(env.get("KAFKA_USERNAME").getValue()).as(service).isEqualTo(service);
                assertThat(env.get("KAFKA_PASSWORD").getValueFrom().getSecretKeyRef().getName()).as(service)
                        .isEqualTo(service);
            }
        }
    }

    @Test
    void theRealmImportIsTheLocalRealmWithoutItsDemoUsersSecretsAndPasswordGrant() throws IOException {
        RealmRepresentation local = new ObjectMapper().readValue(
                Manifests.MODULE.resolve("../keycloak/ips-realm.json").toFile(), RealmRepresentation.class);
        RealmRepresentation imported = Manifests.all(base, KeycloakRealmImport.class).getFirst().spec().realm();
        assertThat(imported.getRealm()).isEqualTo(local.getRealm());
        assertThat(imported.getUsers()).as("no demo users").isNullOrEmpty();
        assertThat(imported.getRoles().getRealm()).extracting(role -> role.getName())
                .containsExactlyElementsOf(local.getRoles().getRealm().stream().map(role -> role.getName()).toList());
        assertThat(imported.getGroups()).extracting(group -> group.getPath())
                .containsExactlyElementsOf(local.getGroups().stream().map(group -> group.getPath()).toList());
        Set<String> localClients = new HashSet<>(local.getClients().stream().map(ClientRepresentation::getClientId)
                .toList());
        localClients.remove("ips-cli");
        assertThat(imported.getClients()).extracting(ClientRepresentation::getClientId)
                .containsExactlyInAnyOrderElementsOf(localClients);
        for (ClientRepresentation client : imported.getClients()) {
            ClientRepresentation same = local.getClients().stream().filter(c -> c.getClientId().equals(
                    client.getClientId())).findFirst().orElseThrow();
            assertThat(client.getSecret()).as(client.getClientId() + ": Keycloak makes the secret").isNull();
            assertThat(client.isDirectAccessGrantsEnabled()).as(client.getClientId()).isNotEqualTo(Boolean.TRUE);
            assertThat(client.getProtocolMappers()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("id")
                    .containsExactlyInAnyOrderElementsOf(same.getProtocolMappers() == null ? List.of()
                            : same.getProtocolMappers());
            assertThat(client.getDefaultClientScopes()).isEqualTo(same.getDefaultClientScopes());
        }
    }

    private static Container container(Deployment deployment) {
        return deployment.getSpec().getTemplate().getSpec().getContainers().getFirst();
    }

    private static List<Map<String, String>> egressPodLabels(NetworkPolicy policy) {
        return policy.getSpec().getEgress().stream().flatMap(rule -> rule.getTo().stream())
                .map(NetworkPolicyPeer::getPodSelector).filter(selector -> selector != null)
                .map(selector -> selector.getMatchLabels()).toList();
    }

    private static List<AclRule> acls(KafkaUser user) {
        return ((KafkaUserAuthorizationSimple) user.getSpec().getAuthorization()).getAcls();
    }

    private static Set<String> writable(KafkaUser user) {
        return acls(user).stream().filter(rule -> rule.getResource() instanceof AclRuleTopicResource)
                .filter(rule -> rule.getOperations().contains(AclOperation.WRITE))
                .map(rule -> ((AclRuleTopicResource) rule.getResource()).getName()).collect(Collectors.toSet());
    }

    /** One operation on one resource, spelt the same for Strimzi's model and Kafka's. */
    private static String grant(AclRuleResource resource, String operation) {
        return switch (resource) {
            case AclRuleTopicResource topic -> grant("topic", topic.getName(), topic.getPatternType().name(), operation);
            case AclRuleGroupResource group -> grant("group", group.getName(), group.getPatternType().name(), operation);
            case AclRuleClusterResource cluster -> grant("cluster", "kafka-cluster", "literal", operation);
            default -> throw new IllegalArgumentException("An ACL on " + resource.getType());
        };
    }

    private static String grant(String type, String name, String pattern, String operation) {
        String normalisedPattern = pattern.toLowerCase(Locale.ROOT).startsWith("prefix") ? "prefix" : "literal";
        return String.join(" ", type.toLowerCase(Locale.ROOT), name, normalisedPattern,
                operation.replace("_", "").toLowerCase(Locale.ROOT));
    }

    private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
        return items.stream().collect(Collectors.toMap(name, Function.identity()));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
