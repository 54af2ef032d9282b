package dev.ferry.translate.pod;

import dev.ferry.translate.Labels;
import dev.ferry.translate.secrets.SecretKeyReference;
import dev.ferry.translate.secrets.SecretSource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;

/**
 * External Secrets Operator {@code ExternalSecret} objects that fill the Kubernetes Secrets a task needs from the
 * AWS secrets its definition names. One per Secret; {@code target.name} is the Secret's name, so the pod and the
 * ExternalSecret agree by construction. Ferry writes these objects but never reads a secret value.
 *
 * <p>remoteRef mapping (ESO's AWS provider hands {@code key} to GetSecretValue / GetParameter as is):
 * <ul>
 *   <li>Secrets Manager: {@code key} = the secret's ARN without the json-key and version parts (ECS ARNs carry the
 *       secret name with its random suffix, which only an ARN resolves); {@code property} = the json-key (absent
 *       for the whole value); {@code version} = {@code uuid/<version-id>} or the version stage ({@code AWSCURRENT}
 *       by default), ESO's spelling.</li>
 *   <li>SSM Parameter Store: {@code key} = the parameter ARN, or the bare name when the definition gives a bare
 *       name; no property, no version.</li>
 *   <li>Registry credentials: a Secrets Manager secret with {@code username} and {@code password}, templated into a
 *       {@code kubernetes.io/dockerconfigjson} Secret for the registries of the images that use it.</li>
 * </ul>
 */
final class ExternalSecrets {
    /** ESO's served API: v1 since ESO 0.16; 0.17 and later no longer serve v1beta1 (same schema). */
    static final String API_VERSION = "external-secrets.io/v1";
    static final String KIND = "ExternalSecret";
    /** The registry Docker Hub images (no registry host in the reference) authenticate against. */
    static final String DOCKER_HUB = "https://index.docker.io/v1/";

    private ExternalSecrets() {
    }

    /**
     * An ExternalSecret for a plain Secret.
     *
     * @param keys data key → the reference that needs it (all references share the Secret's source)
     */
    static GenericKubernetesResource forSecret(ClusterPolicy.SecretStore store, String secretName,
            Map<String, SecretKeyReference> keys) {
        List<Map<String, Object>> data = new ArrayList<>();
        keys.forEach((key, ref) -> data.add(dataEntry(key, ref.source(), ref.jsonKey())));
        Map<String, Object> target = new LinkedHashMap<>();
        target.put("name", secretName);
        return resource(store, secretName, target, data);
    }

    /**
     * An ExternalSecret for an image pull Secret.
     *
     * @param registries the registries (auths keys) of the images that use these credentials, sorted
     */
    static GenericKubernetesResource forPullSecret(ClusterPolicy.SecretStore store, SecretKeyReference ref,
            SortedSet<String> registries) {
        List<Map<String, Object>> data = List.of(
                dataEntry("password", ref.source(), "password"),
                dataEntry("username", ref.source(), "username"));
        StringBuilder auths = new StringBuilder();
        for (String registry : registries) {
            auths.append(auths.isEmpty() ? "" : ",").append(MetadataSyntax.json(registry))
                    .append(":{\"username\":{{ .username | toJson }},\"password\":{{ .password | toJson }},"
                            + "\"auth\":{{ printf \"%s:%s\" .username .password | b64enc | toJson }}}");
        }
        Map<String, Object> template = new LinkedHashMap<>();
        template.put("engineVersion", "v2");
        template.put("type", "kubernetes.io/dockerconfigjson");
        template.put("data", Map.of(ref.key(), "{\"auths\":{" + auths + "}}"));
        Map<String, Object> target = new LinkedHashMap<>();
        target.put("name", ref.secretName());
        target.put("template", template);
        return resource(store, ref.secretName(), target, data);
    }

    /** Where ESO finds a secret: see the class comment. */
    static String remoteKey(SecretSource source) {
        if (source.partition().isEmpty()) {
            return source.name();
        }
        String prefix = "arn:" + source.partition() + ":";
        return switch (source.store()) {
            case SECRETS_MANAGER -> prefix + "secretsmanager:" + source.region() + ":" + source.account() + ":secret:"
                    + source.name();
            case SSM_PARAMETER -> prefix + "ssm:" + source.region() + ":" + source.account() + ":parameter"
                    + (source.name().startsWith("/") ? "" : "/") + source.name();
        };
    }

    private static Map<String, Object> dataEntry(String secretKey, SecretSource source, String property) {
        Map<String, Object> remoteRef = new LinkedHashMap<>();
        remoteRef.put("key", remoteKey(source));
        if (!property.isEmpty()) {
            remoteRef.put("property", property);
        }
        if (source.store() == SecretSource.Store.SECRETS_MANAGER) {
            remoteRef.put("version", source.versionId().isEmpty() ? source.versionStage() : "uuid/" + source.versionId());
        }
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("secretKey", secretKey);
        entry.put("remoteRef", remoteRef);
        return entry;
    }

    private static GenericKubernetesResource resource(ClusterPolicy.SecretStore store, String name,
            Map<String, Object> target, List<Map<String, Object>> data) {
        GenericKubernetesResource es = new GenericKubernetesResource();
        es.setApiVersion(API_VERSION);
        es.setKind(KIND);
        ObjectMeta meta = new ObjectMeta();
        meta.setName(name);
        meta.setLabels(new LinkedHashMap<>(Map.of(Labels.MANAGED_BY, Labels.MANAGED_BY_VALUE)));
        es.setMetadata(meta);
        Map<String, Object> storeRef = new LinkedHashMap<>();
        storeRef.put("name", store.name());
        storeRef.put("kind", store.kind());
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("secretStoreRef", storeRef);
        spec.put("target", target);
        spec.put("data", data);
        es.setAdditionalProperty("spec", spec);
        return es;
    }

    /** The docker config {@code auths} key for an image reference: its registry host, or Docker Hub. */
    static String registry(String image) {
        if (image == null) {
            return DOCKER_HUB;
        }
        int slash = image.indexOf('/');
        if (slash < 0) {
            return DOCKER_HUB;
        }
        String first = image.substring(0, slash);
        boolean host = first.contains(".") || first.contains(":") || first.equals("localhost");
        return host && !first.equals("docker.io") && !first.equals("index.docker.io") ? first : DOCKER_HUB;
    }
}
