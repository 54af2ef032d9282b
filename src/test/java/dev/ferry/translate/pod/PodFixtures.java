package dev.ferry.translate.pod;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.ferry.api.v1alpha1.taskdefinition.TaskDefinitionSpec;
import dev.ferry.translate.Arns;
import io.fabric8.kubernetes.api.model.Affinity;
import io.fabric8.kubernetes.api.model.Toleration;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Golden fixtures of the pod translation: {@code fixtures/pod/<case>/input.yaml} → {@code expected.yaml}.
 *
 * <p>input.yaml: {@code taskDefinition} (the spec) and optionally {@code revision} (1), {@code workload}
 * (SERVICE), {@code kubernetesVersion} ("1.33"), {@code capacity} ({provider, serverless, nodeSelector,
 * tolerations, affinity, runtimeClassName, priorityClassName, podLabels, podAnnotations}; default plain EC2) and
 * {@code policy} ({hostPathVolumes, privilegedContainers, imageRewrites: [{from, to}], externalSecrets: {name, kind}}).
 * expected.yaml: {@code template}, {@code companions}, {@code unsupportedFields}, {@code violations}.
 */
public final class PodFixtures {
    public static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS))
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    public static final Arns.Scope SCOPE = Arns.Scope.of("us-east-1", "123456789012");

    private PodFixtures() {
    }

    public static TaskInputs inputs(Path inputYaml) throws IOException {
        JsonNode input = YAML.readTree(inputYaml.toFile());
        TaskDefinitionSpec spec = YAML.treeToValue(input.required("taskDefinition"), TaskDefinitionSpec.class);
        int revision = input.path("revision").asInt(1);
        Workload workload = Workload.valueOf(input.path("workload").asText("SERVICE"));
        Platform platform = platform(input.path("kubernetesVersion").asText(Platform.LATEST.toString()));
        return new TaskInputs(spec, revision, workload, capacity(input.path("capacity")), policy(input.path("policy")),
                platform, SCOPE);
    }

    /** The translation as the YAML tree that expected.yaml holds. */
    public static JsonNode asTree(PodTranslation translation) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("template", translation.template());
        out.put("companions", translation.companions());
        out.put("unsupportedFields", translation.unsupported());
        out.put("violations", translation.violations());
        return YAML.valueToTree(out);
    }

    static Platform platform(String version) {
        String[] parts = version.split("\\.");
        return new Platform(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }

    static Capacity capacity(JsonNode node) throws IOException {
        if (node.isMissingNode()) {
            return Capacity.plain("EC2");
        }
        List<Toleration> tolerations = new ArrayList<>();
        for (JsonNode t : node.path("tolerations")) {
            tolerations.add(YAML.treeToValue(t, Toleration.class));
        }
        return new Capacity(node.path("provider").asText("EC2"), node.path("serverless").asBoolean(false),
                stringMap(node.path("nodeSelector")), tolerations,
                node.has("affinity") ? Optional.of(YAML.treeToValue(node.get("affinity"), Affinity.class)) : Optional.empty(),
                optional(node, "runtimeClassName"), optional(node, "priorityClassName"),
                stringMap(node.path("podLabels")), stringMap(node.path("podAnnotations")));
    }

    static ClusterPolicy policy(JsonNode node) {
        List<ClusterPolicy.ImageRewrite> rewrites = new ArrayList<>();
        for (JsonNode r : node.path("imageRewrites")) {
            rewrites.add(new ClusterPolicy.ImageRewrite(r.required("from").asText(), r.required("to").asText()));
        }
        JsonNode es = node.path("externalSecrets");
        return new ClusterPolicy(node.path("hostPathVolumes").asBoolean(false),
                node.path("privilegedContainers").asBoolean(false), rewrites,
                es.isMissingNode() ? Optional.empty()
                        : Optional.of(new ClusterPolicy.SecretStore(es.required("name").asText(), es.path("kind").asText("ClusterSecretStore"))));
    }

    private static Optional<String> optional(JsonNode node, String field) {
        return node.has(field) ? Optional.of(node.get(field).asText()) : Optional.empty();
    }

    private static Map<String, String> stringMap(JsonNode node) {
        Map<String, String> map = new LinkedHashMap<>();
        if (node instanceof ObjectNode object) {
            object.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asText()));
        }
        return map;
    }
}
