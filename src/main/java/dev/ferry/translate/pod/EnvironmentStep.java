package dev.ferry.translate.pod;

import dev.ferry.api.v1alpha1.common.EnvironmentFile;
import dev.ferry.api.v1alpha1.common.KeyValuePair;
import dev.ferry.api.v1alpha1.taskdefinition.ContainerDefinition;
import dev.ferry.api.v1alpha1.taskdefinition.Secret;
import dev.ferry.translate.Labels;
import dev.ferry.translate.Result;
import dev.ferry.translate.secrets.EnvironmentFileReference;
import dev.ferry.translate.secrets.SecretKeyReference;
import dev.ferry.translate.secrets.SecretReferences;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvFromSourceBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.LocalObjectReference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Translates environment, environmentFiles, secrets, repositoryCredentials, and gives the ECS task environment
 * variables Ferry can give faithfully ({@code AWS_REGION}, {@code AWS_DEFAULT_REGION}). See
 * docs/mapping/environment.md.
 *
 * <ul>
 *   <li>{@code environment} → {@code env[].value}, {@code $(} escaped; a name given twice keeps its last value.</li>
 *   <li>{@code secrets} → {@code env[].valueFrom.secretKeyRef} by {@link SecretReferences#secret}; a reference Ferry
 *       cannot map (placeholders, malformed ARNs) is a violation: ECS would not start the task either.</li>
 *   <li>{@code environmentFiles} → {@code envFrom[].configMapRef} in reverse order: on ECS the first file that sets a
 *       variable wins, in Kubernetes the last envFrom source does. {@code env} beats {@code envFrom}, as
 *       {@code environment} beats files on ECS.</li>
 *   <li>{@code repositoryCredentials} → the pod's {@code imagePullSecrets}, deduplicated.</li>
 *   <li>With {@link ClusterPolicy#externalSecrets()}, one ExternalSecret per Secret ({@link ExternalSecrets}).</li>
 * </ul>
 */
final class EnvironmentStep implements PodStep {
    /** Pod annotation: for each Secret, the data keys Ferry renamed ({@code k-<hash>}) → the original json-key. */
    static final String SECRET_KEYS = Labels.PREFIX + "secret-keys";
    static final String AWS_REGION = "AWS_REGION";
    static final String AWS_DEFAULT_REGION = "AWS_DEFAULT_REGION";
    /** The report on the ECS-provided variables Ferry does not give; completed by {@link #metadataReason}. */
    static final String METADATA_REASON = "ECS sets ECS_CONTAINER_METADATA_URI, ECS_CONTAINER_METADATA_URI_V4, "
            + "ECS_AGENT_URI, AWS_EXECUTION_ENV and (with a task role) AWS_CONTAINER_CREDENTIALS_RELATIVE_URI in every "
            + "container; Ferry serves no task metadata or credentials endpoint and sets none of them (AWS credentials "
            + "come from the task role's ServiceAccount)";

    @Override
    public void apply(TaskInputs in, PodDraft draft) {
        Map<String, Map<String, SecretKeyReference>> secrets = new TreeMap<>();
        Map<String, SecretKeyReference> pullSecrets = new LinkedHashMap<>();
        Map<String, SortedSet<String>> registries = new TreeMap<>();
        Map<String, Map<String, String>> renamed = new TreeMap<>();

        for (ContainerDefinition def : Specs.containers(in.spec())) {
            Container container = draft.container(def);
            Map<String, EnvVar> env = new LinkedHashMap<>();
            environment(in, draft, def, env);
            secrets(in, draft, def, env, secrets, renamed);
            regionVariables(in, env);
            List<EnvVar> all = new ArrayList<>(Specs.list(container.getEnv()));
            all.addAll(env.values());
            container.setEnv(all.isEmpty() ? null : all);

            List<EnvFromSource> envFrom = environmentFiles(draft, def);
            if (!envFrom.isEmpty()) {
                List<EnvFromSource> allFrom = new ArrayList<>(Specs.list(container.getEnvFrom()));
                allFrom.addAll(envFrom);
                container.setEnvFrom(allFrom);
            }

            SecretKeyReference pull = repositoryCredentials(draft, def);
            if (pull != null) {
                pullSecrets.putIfAbsent(pull.secretName(), pull);
                String image = container.getImage() != null ? container.getImage() : def.image;
                registries.computeIfAbsent(pull.secretName(), n -> new TreeSet<>()).add(ExternalSecrets.registry(image));
            }
        }

        if (!pullSecrets.isEmpty()) {
            Set<String> names = new LinkedHashSet<>();
            Specs.list(draft.pod().getImagePullSecrets()).forEach(r -> names.add(r.getName()));
            names.addAll(pullSecrets.keySet());
            draft.pod().setImagePullSecrets(names.stream().map(LocalObjectReference::new).toList());
        }
        if (!renamed.isEmpty()) {
            draft.metadata().getAnnotations().put(SECRET_KEYS, MetadataSyntax.json(renamed));
        }
        // ECS gives containers no Kubernetes-style service variables (FOO_SERVICE_HOST ...), which would also take
        // part in $(VAR) expansion: keep the environment to what the definition says.
        draft.pod().setEnableServiceLinks(false);
        if (!Specs.containers(in.spec()).isEmpty()) {
            draft.unsupported("spec.containerDefinitions", metadataReason(in.scope().region()));
        }

        in.policy().externalSecrets().ifPresent(store -> {
            Map<String, GenericKubernetesResource> byName = new TreeMap<>();
            secrets.forEach((name, keys) -> byName.put(name, ExternalSecrets.forSecret(store, name, keys)));
            pullSecrets.forEach((name, ref) -> byName.put(name,
                    ExternalSecrets.forPullSecret(store, ref, registries.get(name))));
            byName.values().forEach(draft::companion);
        });
    }

    static String metadataReason(String region) {
        return region == null || region.isBlank() ? METADATA_REASON + "; AWS_REGION and AWS_DEFAULT_REGION neither, as "
                + "the Cluster names no region"
                : METADATA_REASON + ". AWS_REGION and AWS_DEFAULT_REGION are set to " + region
                + " unless a container sets them itself";
    }

    private static void environment(TaskInputs in, PodDraft draft, ContainerDefinition def, Map<String, EnvVar> env) {
        List<KeyValuePair> environment = Specs.list(def.environment);
        for (int i = 0; i < environment.size(); i++) {
            KeyValuePair pair = environment.get(i);
            String field = PodDraft.path(def) + ".environment[" + i + "]";
            if (pair == null || pair.name == null) {
                draft.unsupported(field, "has no name: no variable is set for it (ECS passes none either)");
                continue;
            }
            String problem = EnvVars.nameProblem(pair.name, in.platform());
            if (problem != null) {
                draft.violation(field + ".name", problem);
                continue;
            }
            // A name given twice: the last value wins (as with repeated docker run --env), at its last position.
            env.remove(pair.name);
            env.put(pair.name, new EnvVarBuilder().withName(pair.name).withValue(pair.value == null ? null : KubernetesExpansion.literal(pair.value)).build());
        }
    }

    private static void secrets(TaskInputs in, PodDraft draft, ContainerDefinition def, Map<String, EnvVar> env,
            Map<String, Map<String, SecretKeyReference>> secrets, Map<String, Map<String, String>> renamed) {
        List<Secret> list = Specs.list(def.secrets);
        Set<String> environment = Set.copyOf(env.keySet());
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < list.size(); i++) {
            Secret secret = list.get(i);
            String field = PodDraft.path(def) + ".secrets[" + i + "]";
            if (secret == null) {
                continue;
            }
            String problem = EnvVars.nameProblem(secret.name, in.platform());
            if (problem != null) {
                draft.violation(field + ".name", problem);
                continue;
            }
            if (!seen.add(secret.name)) {
                draft.violation(field + ".name", "\"" + secret.name + "\" is given twice in secrets; ECS requires "
                        + "secret names to be unique: remove one of them");
                continue;
            }
            if (environment.contains(secret.name)) {
                draft.violation(field + ".name", "\"" + secret.name + "\" is also set in environment; ECS rejects a "
                        + "secret that shares its name with an environment variable: remove one of them");
                continue;
            }
            Result<SecretKeyReference> result = SecretReferences.secret(field + ".valueFrom", secret.valueFrom);
            if (!result.isValid()) {
                result.violations().forEach(draft::violation);
                continue;
            }
            SecretKeyReference ref = result.value();
            Map<String, SecretKeyReference> keys = secrets.computeIfAbsent(ref.secretName(), n -> new TreeMap<>());
            SecretKeyReference other = keys.get(ref.key());
            if (other != null && !other.jsonKey().equals(ref.jsonKey())) {
                draft.violation(field + ".valueFrom", "\"" + secret.valueFrom + "\" and another reference to the same "
                        + "secret version (" + describe(other) + ") both map to key \"" + ref.key() + "\" of Secret "
                        + ref.secretName() + " but select different values: reference the json-key or the whole "
                        + "secret, not both");
                continue;
            }
            keys.putIfAbsent(ref.key(), ref);
            if (ref.keyRenamed()) {
                renamed.computeIfAbsent(ref.secretName(), n -> new TreeMap<>()).put(ref.key(), ref.jsonKey());
            }
            env.put(secret.name, new EnvVarBuilder().withName(secret.name)
                    .withNewValueFrom().withNewSecretKeyRef(ref.key(), ref.secretName(), null).endValueFrom()
                    .build());
        }
    }

    private static String describe(SecretKeyReference ref) {
        return ref.jsonKey().isEmpty() ? "the whole secret" : "json-key \"" + ref.jsonKey() + "\"";
    }

    /** ECS sets AWS_REGION and AWS_DEFAULT_REGION to the task's region; a container's own value wins. */
    private static void regionVariables(TaskInputs in, Map<String, EnvVar> env) {
        String region = in.scope().region();
        if (region == null || region.isBlank()) {
            return;
        }
        for (String name : List.of(AWS_REGION, AWS_DEFAULT_REGION)) {
            env.putIfAbsent(name, new EnvVarBuilder().withName(name).withValue(region).build());
        }
    }

    private static List<EnvFromSource> environmentFiles(PodDraft draft, ContainerDefinition def) {
        List<EnvironmentFile> files = Specs.list(def.environmentFiles);
        Map<String, EnvironmentFileReference> refs = new LinkedHashMap<>();
        for (int i = 0; i < files.size(); i++) {
            EnvironmentFile file = files.get(i);
            String field = PodDraft.path(def) + ".environmentFiles[" + i + "].value";
            Result<EnvironmentFileReference> result = SecretReferences.environmentFile(field, file == null ? null : file.value);
            if (!result.isValid()) {
                result.violations().forEach(draft::violation);
                continue;
            }
            // The same file twice adds nothing: its first occurrence already decides its precedence.
            refs.putIfAbsent(result.value().configMapName(), result.value());
        }
        List<EnvFromSource> envFrom = new ArrayList<>();
        for (EnvironmentFileReference ref : refs.values()) {
            envFrom.add(0, new EnvFromSourceBuilder().withNewConfigMapRef(ref.configMapName(), null).build());
        }
        return envFrom;
    }

    private static SecretKeyReference repositoryCredentials(PodDraft draft, ContainerDefinition def) {
        if (def.repositoryCredentials == null) {
            return null;
        }
        String field = PodDraft.path(def) + ".repositoryCredentials.credentialsParameter";
        Result<SecretKeyReference> result = SecretReferences.repositoryCredentials(field,
                def.repositoryCredentials.credentialsParameter);
        if (!result.isValid()) {
            result.violations().forEach(draft::violation);
            return null;
        }
        return result.value();
    }

    @Override
    public Set<String> fields() {
        return Set.of("containerDefinitions[].environment", "containerDefinitions[].environmentFiles",
                "containerDefinitions[].secrets", "containerDefinitions[].repositoryCredentials");
    }
}
