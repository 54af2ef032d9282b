package dev.ferry.api.v1alpha1;

import dev.ferry.testing.CrdSchema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks the CRDs the build generates (target/kubernetes, from {@code ./mvnw -o -q package
 * -DskipTests}) for the kinds Service, TargetGroup, Task, ScheduledTask and Cluster: descriptions
 * everywhere ({@code kubectl explain}), printer columns, CEL rules and their cost bounds, names.
 * Skipped (not failed) when the CRDs have not been generated yet, because surefire runs before
 * the Quarkus build writes them; the Fabric8 CRD generator is not on the test classpath.
 */
class GeneratedCrdTest {
    private static final List<String> PLURALS = List.of("services", "targetgroups", "tasks", "scheduledtasks", "clusters");

    /**
     * Subtrees whose schema comes from Kubernetes model classes (io.fabric8 Condition, Toleration,
     * Affinity), which carry no descriptions. The property holding them has one.
     */
    private static final List<String> FOREIGN_SUBTREES = List.of(
            ".status.conditions[]",
            ".spec.ferry.capacityProviders[].tolerations[]",
            ".spec.ferry.capacityProviders[].affinity.");

    static Stream<String> plurals() {
        return PLURALS.stream();
    }

    @ParameterizedTest
    @MethodSource("plurals")
    void everyPropertyHasADescription(String plural) {
        List<String> missing = new ArrayList<>();
        collectMissingDescriptions(CrdSchema.load(plural).schema(), "", missing);
        assertThat(missing).as("properties without description in %s", plural).isEmpty();
    }

    static Stream<Arguments> printerColumns() {
        return Stream.of(
                Arguments.of("services", columns(
                        "DESIRED", ".status.desiredCount", "integer",
                        "RUNNING", ".status.runningCount", "integer",
                        "PENDING", ".status.pendingCount", "integer",
                        "TASKDEF", ".status.taskDefinition", "string",
                        "ROLLOUT", ".status.rolloutState", "string",
                        "AGE", ".metadata.creationTimestamp", "date")),
                Arguments.of("targetgroups", columns(
                        "PROTOCOL", ".spec.Protocol", "string",
                        "PORT", ".spec.Port", "integer",
                        "TARGETTYPE", ".spec.TargetType", "string",
                        "HEALTHY", ".status.healthyCount", "integer",
                        "AGE", ".metadata.creationTimestamp", "date")),
                Arguments.of("tasks", columns(
                        "LASTSTATUS", ".status.lastStatus", "string",
                        "DESIRED", ".status.desiredStatus", "string",
                        "STOPCODE", ".status.stopCode", "string",
                        "AGE", ".metadata.creationTimestamp", "date")),
                Arguments.of("scheduledtasks", columns(
                        "SCHEDULE", ".spec.scheduleExpression", "string",
                        "STATE", ".spec.state", "string",
                        "LASTRUN", ".status.lastScheduleTime", "date",
                        "AGE", ".metadata.creationTimestamp", "date")),
                Arguments.of("clusters", columns(
                        "STATUS", ".status.status", "string",
                        "SERVICES", ".status.activeServicesCount", "integer",
                        "RUNNING", ".status.runningTasksCount", "integer",
                        "PENDING", ".status.pendingTasksCount", "integer",
                        "INSTANCES", ".status.registeredContainerInstancesCount", "integer",
                        "AGE", ".metadata.creationTimestamp", "date")));
    }

    @ParameterizedTest
    @MethodSource("printerColumns")
    void printerColumnsExistWithTheirPathsAndTypes(String plural, Map<String, String> expected) {
        Map<String, String> actual = new LinkedHashMap<>();
        for (JsonNode column : CrdSchema.load(plural).version().path("additionalPrinterColumns")) {
            actual.put(column.path("name").asText(), column.path("jsonPath").asText() + " " + column.path("type").asText());
        }
        assertThat(actual).containsExactlyInAnyOrderEntriesOf(expected);
    }

    @ParameterizedTest
    @MethodSource("plurals")
    void everyPrinterColumnPathPointsIntoTheSchema(String plural) {
        CrdSchema crd = CrdSchema.load(plural);
        for (JsonNode column : crd.version().path("additionalPrinterColumns")) {
            String path = column.path("jsonPath").asText();
            if (path.startsWith(".metadata.")) {
                continue;
            }
            JsonNode node = crd.schema();
            for (String segment : path.substring(1).split("\\.")) {
                node = node.path("properties").path(segment);
            }
            assertThat(node.isMissingNode()).as("%s column %s", plural, path).isFalse();
        }
    }

    /** `make crds` keeps the declared column order (the generator alone sorts by jsonPath): AGE comes last, as on the ECS console. */
    @ParameterizedTest
    @MethodSource("plurals")
    void printerColumnsKeepTheDeclaredOrderWithAgeLast(String plural) {
        List<String> names = new ArrayList<>();
        CrdSchema.load(plural).version().path("additionalPrinterColumns").forEach(c -> names.add(c.path("name").asText()));
        assertThat(names).last().isEqualTo("AGE");
    }

    static Stream<Arguments> celMessages() {
        return Stream.of(
                Arguments.of("services", List.of(
                        "spec.launchType and spec.capacityProviderStrategy are mutually exclusive",
                        "spec.desiredCount is required when schedulingStrategy is REPLICA",
                        "DAEMON scheduling is not supported with launchType FARGATE (spec.schedulingStrategy)",
                        "only one capacity provider may set base (spec.capacityProviderStrategy[].base)",
                        "spec.autoScaling.minCapacity must not exceed maxCapacity",
                        "spec.autoScaling is not supported with schedulingStrategy DAEMON")),
                Arguments.of("tasks", List.of(
                        "spec.launchType and spec.capacityProviderStrategy are mutually exclusive",
                        "only one capacity provider may set base (spec.capacityProviderStrategy[].base)")),
                Arguments.of("scheduledtasks", List.of(
                        "only one capacity provider may set base (spec.ecsParameters.CapacityProviderStrategy[].base)")),
                Arguments.of("clusters", List.of(
                        "only one capacity provider may set base (spec.defaultCapacityProviderStrategy[].base)")),
                Arguments.of("targetgroups", List.of(
                        "spec.Name must not start with internal-")));
    }

    @ParameterizedTest
    @MethodSource("celMessages")
    void celRulesAreGeneratedWithTheirMessages(String plural, List<String> messages) {
        List<String> actual = new ArrayList<>();
        collectRules(CrdSchema.load(plural).schema(), "", (path, rule) -> actual.add(rule.path("message").asText()));
        assertThat(actual).containsAll(messages);
    }

    /**
     * The API server rejects CRDs whose CEL rules may cost too much: every list a rule iterates,
     * and every list above a rule, needs maxItems; strings a rule is attached to need maxLength.
     */
    @ParameterizedTest
    @MethodSource("plurals")
    void celRulesOnlyTouchBoundedListsAndStrings(String plural) {
        List<String> unbounded = new ArrayList<>();
        checkRuleBounds(CrdSchema.load(plural).schema(), "", false, unbounded);
        assertThat(unbounded).as("unbounded nodes around CEL rules in %s", plural).isEmpty();
    }

    @Test
    void targetGroupSpecUsesElbPascalCaseMemberNames() {
        JsonNode spec = CrdSchema.load("targetgroups").specSchema();
        assertThat(names(spec.path("properties"))).allMatch(n -> Character.isUpperCase(n.charAt(0)))
                .contains("Name", "Port", "Protocol", "HealthCheckPath", "Matcher", "TargetType", "Tags", "Attributes");
        assertThat(names(spec.at("/properties/Matcher/properties"))).containsExactlyInAnyOrder("HttpCode", "GrpcCode");
        assertThat(names(spec.at("/properties/Tags/items/properties"))).containsExactlyInAnyOrder("Key", "Value");
    }

    @Test
    void scheduledTaskEcsParametersUseEventBridgeCasing() {
        JsonNode ecs = CrdSchema.load("scheduledtasks").specSchema().at("/properties/ecsParameters/properties");
        assertThat(names(ecs)).allMatch(n -> Character.isUpperCase(n.charAt(0)));
        assertThat(names(ecs.at("/NetworkConfiguration/properties"))).containsExactly("awsvpcConfiguration");
        assertThat(names(ecs.at("/NetworkConfiguration/properties/awsvpcConfiguration/properties")))
                .containsExactlyInAnyOrder("Subnets", "SecurityGroups", "AssignPublicIp");
        assertThat(names(ecs.at("/CapacityProviderStrategy/items/properties"))).containsExactlyInAnyOrder("capacityProvider", "weight", "base");
    }

    @Test
    void serviceAutoScalingWrapperIsCamelCaseAndItsItemsPascalCase() {
        JsonNode autoScaling = CrdSchema.load("services").specSchema().at("/properties/autoScaling/properties");
        assertThat(names(autoScaling)).containsExactlyInAnyOrder(
                "minCapacity", "maxCapacity", "suspendedState", "targetTrackingScalingPolicies", "scheduledActions");
        assertThat(names(autoScaling.at("/targetTrackingScalingPolicies/items/properties")))
                .contains("PolicyName", "TargetTrackingScalingPolicyConfiguration");
        assertThat(names(autoScaling.at("/scheduledActions/items/properties")))
                .contains("ScheduledActionName", "Schedule", "Timezone", "StartTime", "EndTime", "ScalableTargetAction");
        assertThat(names(autoScaling.at("/suspendedState/properties"))).containsExactlyInAnyOrder(
                "DynamicScalingInSuspended", "DynamicScalingOutSuspended", "ScheduledScalingSuspended");
    }

    @ParameterizedTest
    @ValueSource(strings = {"services:Service:ecssvc,esvc", "targetgroups:TargetGroup:tg,ecstg", "tasks:Task:ecstask,etask",
            "scheduledtasks:ScheduledTask:schedtask,ecsst", "clusters:Cluster:ecscluster,ecl"})
    void kindIsNamespacedWithItsShortNamesAndCategories(String expectation) {
        String[] parts = expectation.split(":");
        JsonNode spec = CrdSchema.load(parts[0]).crd().path("spec");
        assertThat(spec.path("group").asText()).isEqualTo("ecs.ferry.dev");
        assertThat(spec.path("scope").asText()).isEqualTo("Namespaced");
        assertThat(spec.at("/names/kind").asText()).isEqualTo(parts[1]);
        assertThat(texts(spec.at("/names/shortNames"))).containsExactly(parts[2].split(","));
        assertThat(texts(spec.at("/names/categories"))).containsExactly("ecs", "ferry");
        assertThat(spec.at("/versions/0/name").asText()).isEqualTo("v1alpha1");
    }

    private static Map<String, String> columns(String... triples) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < triples.length; i += 3) {
            map.put(triples[i], triples[i + 1] + " " + triples[i + 2]);
        }
        return map;
    }

    private static void collectMissingDescriptions(JsonNode node, String path, List<String> missing) {
        if (FOREIGN_SUBTREES.stream().anyMatch(path::startsWith)) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            String propertyPath = path + "." + property.getKey();
            if (!property.getValue().hasNonNull("description") && FOREIGN_SUBTREES.stream().noneMatch(f -> (propertyPath + ".").startsWith(f))) {
                missing.add(propertyPath);
            }
            collectMissingDescriptions(property.getValue(), propertyPath, missing);
        }
        if (node.has("items")) {
            collectMissingDescriptions(node.get("items"), path + "[]", missing);
        }
        if (node.path("additionalProperties").isObject()) {
            collectMissingDescriptions(node.get("additionalProperties"), path + "{}", missing);
        }
    }

    private interface RuleVisitor {
        void visit(String path, JsonNode rule);
    }

    private static void collectRules(JsonNode node, String path, RuleVisitor visitor) {
        node.path("x-kubernetes-validations").forEach(rule -> visitor.visit(path, rule));
        node.path("properties").fields().forEachRemaining(p -> collectRules(p.getValue(), path + "." + p.getKey(), visitor));
        if (node.has("items")) {
            collectRules(node.get("items"), path + "[]", visitor);
        }
        if (node.path("additionalProperties").isObject()) {
            collectRules(node.get("additionalProperties"), path + "{}", visitor);
        }
    }

    private static final Pattern ITERATED = Pattern.compile("self\\.(\\w+)\\.(filter|all|exists|exists_one|map)\\(");

    private static void checkRuleBounds(JsonNode node, String path, boolean underUnboundedList, List<String> unbounded) {
        JsonNode rules = node.path("x-kubernetes-validations");
        if (rules.size() > 0) {
            if (underUnboundedList) {
                unbounded.add(path + " (rule below a list without maxItems)");
            }
            String type = node.path("type").asText();
            if (type.equals("array") && !node.has("maxItems")) {
                unbounded.add(path + " (list with a rule, no maxItems)");
            }
            if (type.equals("string") && !node.has("maxLength")) {
                unbounded.add(path + " (string with a rule, no maxLength)");
            }
            for (JsonNode rule : rules) {
                Matcher m = ITERATED.matcher(rule.path("rule").asText());
                while (m.find()) {
                    if (!node.at("/properties/" + m.group(1)).has("maxItems")) {
                        unbounded.add(path + "." + m.group(1) + " (iterated by a rule, no maxItems)");
                    }
                }
            }
        }
        boolean unboundedBelow = underUnboundedList || (node.has("items") && !node.has("maxItems"));
        node.path("properties").fields().forEachRemaining(p ->
                checkRuleBounds(p.getValue(), path + "." + p.getKey(), underUnboundedList, unbounded));
        if (node.has("items")) {
            checkRuleBounds(node.get("items"), path + "[]", unboundedBelow, unbounded);
        }
        if (node.path("additionalProperties").isObject()) {
            checkRuleBounds(node.get("additionalProperties"), path + "{}", true, unbounded);
        }
    }

    private static List<String> names(JsonNode properties) {
        List<String> names = new ArrayList<>();
        properties.fieldNames().forEachRemaining(names::add);
        names.sort(Comparator.naturalOrder());
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(t -> texts.add(t.asText()));
        return texts;
    }
}
