package dev.ferry.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableCollection;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.cel.bundle.Cel;
import dev.cel.bundle.CelFactory;
import dev.cel.common.CelValidationResult;
import dev.cel.common.types.CelType;
import dev.cel.common.types.CelTypeProvider;
import dev.cel.common.types.ListType;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.common.types.StructType;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates the {@code x-kubernetes-validations} rules of a CRD schema offline, the way the API server does in
 * essence: every rule is type-checked with {@code self} typed from the schema node that carries it (objects become
 * struct types with exactly the schema's properties, so a misspelt field or a type mismatch is a compile error), and
 * is evaluated at every node of a value where that schema node applies (for list items: on each item).
 *
 * <p>Not covered: the API server's cost estimation, and the Kubernetes CEL libraries beyond the standard macros
 * (Ferry's rules use none).
 */
public final class CelRules {

    /** A rule that did not hold, with the path of the node it was evaluated on. */
    public record Violation(String path, String message) {
    }

    /** A rule of the schema, compiled. */
    private record Rule(String expression, String message, CelRuntime.Program program) {
    }

    private final JsonNode schema;
    private final Map<String, CelType> structs = new HashMap<>();
    private final Map<JsonNode, CelType> typeOfNode = new IdentityHashMap<>();
    private final Map<JsonNode, List<Rule>> rulesOfNode = new IdentityHashMap<>();
    private final List<String> compileErrors = new ArrayList<>();

    public CelRules(JsonNode openApiV3Schema) {
        this.schema = openApiV3Schema;
        typeOf(openApiV3Schema, "self");
        CelTypeProvider provider = new CelTypeProvider() {
            @Override
            public ImmutableCollection<CelType> types() {
                return ImmutableList.copyOf(structs.values());
            }

            @Override
            public Optional<CelType> findType(String name) {
                return Optional.ofNullable(structs.get(name));
            }
        };
        compileRules(openApiV3Schema, "", provider);
    }

    /** Every rule's compile errors; empty when all rules type-check against the schema. */
    public List<String> compileErrors() {
        return List.copyOf(compileErrors);
    }

    /** Every compiled rule's message (in no particular order). */
    public List<String> messages() {
        List<String> messages = new ArrayList<>();
        rulesOfNode.values().forEach(rules -> rules.forEach(r -> messages.add(r.message())));
        return messages;
    }

    /** The rules that do not hold for {@code object} (a whole custom resource: apiVersion, kind, metadata, spec). */
    public List<Violation> validate(JsonNode object) {
        List<Violation> violations = new ArrayList<>();
        validate(schema, object, "", violations);
        return violations;
    }

    private void validate(JsonNode schemaNode, JsonNode value, String path, List<Violation> violations) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return;
        }
        for (Rule rule : rulesOfNode.getOrDefault(schemaNode, List.of())) {
            Object result;
            try {
                result = rule.program().eval(Map.of("self", toCel(value)));
            } catch (CelEvaluationException e) {
                throw new IllegalStateException("rule " + rule.expression() + " failed to evaluate at " + path, e);
            }
            if (!Boolean.TRUE.equals(result)) {
                violations.add(new Violation(path, rule.message()));
            }
        }
        JsonNode properties = schemaNode.get("properties");
        if (properties != null && value.isObject()) {
            properties.fields().forEachRemaining(p -> validate(p.getValue(), value.get(p.getKey()), path + "." + p.getKey(), violations));
        }
        JsonNode items = schemaNode.get("items");
        if (items != null && value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                validate(items, value.get(i), path + "[" + i + "]", violations);
            }
        }
        JsonNode additional = schemaNode.get("additionalProperties");
        if (additional != null && additional.isObject() && value.isObject()) {
            value.fields().forEachRemaining(e -> validate(additional, e.getValue(), path + "." + e.getKey(), violations));
        }
    }

    private void compileRules(JsonNode schemaNode, String path, CelTypeProvider provider) {
        JsonNode rules = schemaNode.get("x-kubernetes-validations");
        if (rules != null) {
            Cel cel = CelFactory.standardCelBuilder()
                    .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
                    .setTypeProvider(provider)
                    .addVar("self", typeOfNode.get(schemaNode))
                    .setResultType(SimpleType.BOOL)
                    .build();
            List<Rule> compiled = new ArrayList<>();
            for (JsonNode rule : rules) {
                String expression = rule.get("rule").asText();
                String message = rule.path("message").asText(expression);
                CelValidationResult result = cel.compile(expression);
                if (result.hasError()) {
                    compileErrors.add((path.isEmpty() ? "<root>" : path) + ": " + result.getErrorString());
                    continue;
                }
                try {
                    compiled.add(new Rule(expression, message, cel.createProgram(result.getAst())));
                } catch (Exception e) {
                    compileErrors.add(path + ": " + e.getMessage());
                }
            }
            rulesOfNode.put(schemaNode, compiled);
        }
        JsonNode properties = schemaNode.get("properties");
        if (properties != null) {
            properties.fields().forEachRemaining(p -> compileRules(p.getValue(), path + "." + p.getKey(), provider));
        }
        if (schemaNode.has("items")) {
            compileRules(schemaNode.get("items"), path + "[]", provider);
        }
        if (schemaNode.path("additionalProperties").isObject()) {
            compileRules(schemaNode.get("additionalProperties"), path + "{}", provider);
        }
    }

    /** The CEL type of a schema node, as the API server derives it (struct names are this class's own). */
    private CelType typeOf(JsonNode node, String name) {
        CelType type = switch (node.path("type").asText("")) {
            case "string" -> SimpleType.STRING;
            case "integer" -> SimpleType.INT;
            case "number" -> SimpleType.DOUBLE;
            case "boolean" -> SimpleType.BOOL;
            case "array" -> ListType.create(typeOf(node.get("items"), name + ".@idx"));
            case "object" -> objectType(node, name);
            default -> SimpleType.DYN; // x-kubernetes-preserve-unknown-fields or x-kubernetes-int-or-string without a type
        };
        typeOfNode.put(node, type);
        return type;
    }

    private CelType objectType(JsonNode node, String name) {
        JsonNode properties = node.get("properties");
        if (properties == null) {
            JsonNode additional = node.get("additionalProperties");
            return additional != null && additional.isObject()
                    ? MapType.create(SimpleType.STRING, typeOf(additional, name + ".@value"))
                    : MapType.create(SimpleType.STRING, SimpleType.DYN);
        }
        Map<String, CelType> fields = new LinkedHashMap<>();
        properties.fields().forEachRemaining(p -> fields.put(p.getKey(), typeOf(p.getValue(), name + "." + p.getKey())));
        StructType struct = StructType.create(name, ImmutableSet.copyOf(fields.keySet()), f -> Optional.ofNullable(fields.get(f)));
        structs.put(name, struct);
        return struct;
    }

    /** JSON → the Java values CEL's runtime takes: Map, List, Long, Double, String, Boolean. */
    private static Object toCel(JsonNode value) {
        if (value.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            value.fields().forEachRemaining(e -> {
                if (!e.getValue().isNull()) { // the API server drops null members before validation
                    map.put(e.getKey(), toCel(e.getValue()));
                }
            });
            return map;
        }
        if (value.isArray()) {
            List<Object> list = new ArrayList<>();
            value.forEach(item -> list.add(toCel(item)));
            return list;
        }
        if (value.isIntegralNumber()) {
            return value.asLong();
        }
        if (value.isNumber()) {
            return value.asDouble();
        }
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        return value.asText();
    }
}
