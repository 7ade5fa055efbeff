package no.ipsbridge.kubernetes;

import java.util.List;
import java.util.Map;

import org.keycloak.representations.idm.RealmRepresentation;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.SecretKeySelector;

/**
 * The resources of operators that publish no Java model on Maven Central (CloudNativePG, the Keycloak operator) and
 * Kustomize's own file, with the fields their CRDs define that these manifests use: a field not listed here is
 * refused, so a new one is added here on purpose, after reading the CRD.
 */
final class OperatorModels {

    private OperatorModels() {
    }

    /** postgresql.cnpg.io/v1 Cluster. */
    record Cluster(String apiVersion, String kind, ObjectMeta metadata, ClusterSpec spec) {
    }

    record ClusterSpec(int instances, String imageName, String primaryUpdateStrategy, Bootstrap bootstrap,
            PostgresConfiguration postgresql, Storage storage, ResourceRequirements resources, Backup backup) {
    }

    record Bootstrap(InitDb initdb) {
    }

    record InitDb(String database, String owner) {
    }

    record PostgresConfiguration(Map<String, String> parameters) {
    }

    record Storage(String size) {
    }

    record Backup(String retentionPolicy, BarmanObjectStore barmanObjectStore) {
    }

    record BarmanObjectStore(String destinationPath, S3Credentials s3Credentials, Compression wal, Compression data) {
    }

    record S3Credentials(SecretKeySelector accessKeyId, SecretKeySelector secretAccessKey) {
    }

    record Compression(String compression) {
    }

    /** postgresql.cnpg.io/v1 ScheduledBackup (six fields: seconds first). */
    record ScheduledBackup(String apiVersion, String kind, ObjectMeta metadata, ScheduledBackupSpec spec) {
    }

    record ScheduledBackupSpec(String schedule, String backupOwnerReference, LocalReference cluster) {
    }

    record LocalReference(String name) {
    }

    /** k8s.keycloak.org/v2alpha1 Keycloak. */
    record Keycloak(String apiVersion, String kind, ObjectMeta metadata, KeycloakSpec spec) {
    }

    record KeycloakSpec(int instances, KeycloakDatabase db, KeycloakHttp http, KeycloakHostname hostname,
            KeycloakProxy proxy, KeycloakIngress ingress, ResourceRequirements resources) {
    }

    record KeycloakDatabase(String vendor, String host, String database, SecretKeySelector usernameSecret,
            SecretKeySelector passwordSecret) {
    }

    record KeycloakHttp(boolean httpEnabled) {
    }

    record KeycloakHostname(String hostname, boolean backchannelDynamic) {
    }

    record KeycloakProxy(String headers) {
    }

    record KeycloakIngress(boolean enabled) {
    }

    /** k8s.keycloak.org/v2alpha1 KeycloakRealmImport: the realm as Keycloak's own representation reads it. */
    record KeycloakRealmImport(String apiVersion, String kind, ObjectMeta metadata, RealmImportSpec spec) {
    }

    record RealmImportSpec(String keycloakCRName, RealmRepresentation realm) {
    }

    /** kustomize.config.k8s.io/v1beta1 Kustomization, the fields these overlays use. */
    record Kustomization(String apiVersion, String kind, String namespace, List<LabelSet> labels,
            List<String> resources, List<Image> images, List<Patch> patches) {
    }

    record LabelSet(Map<String, String> pairs) {
    }

    record Image(String name, String newName, String newTag) {
    }

    record Patch(Target target, String patch) {
    }

    record Target(String kind, String name) {
    }
}
