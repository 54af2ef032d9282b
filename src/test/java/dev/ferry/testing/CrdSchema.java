package dev.ferry.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A checked-in CRD (crds/&lt;plural&gt;.ecs.ferry.dev.yaml, written by {@code make crds} and kept
 * current by {@code CrdsUpToDateTest}) and a small validator for the structural part of its schema: types,
 * enums, required, minimum/maximum, min/maxLength, pattern, min/maxItems, and unknown fields
 * (which the API server would prune silently). CEL rules (x-kubernetes-validations) are not
 * evaluated here: they need an API server (or a CEL library on the test classpath).
 */
public final class CrdSchema {
    /** Where {@code make crds} writes the CRDs. */
    public static final Path GENERATED = Path.of("crds");

    private final JsonNode crd;

    private CrdSchema(JsonNode crd) {
        this.crd = crd;
    }

    /** The CRD file of {@code plural}, e.g. {@code services}. */
    public static Path file(String plural) {
        return GENERATED.resolve(plural + ".ecs.ferry.dev.yaml");
    }

    public static CrdSchema load(String plural) {
        return new CrdSchema(ApiJson.readTree(file(plural)));
    }

    public JsonNode crd() {
        return crd;
    }

    public JsonNode version() {
        return crd.path("spec").path("versions").path(0);
    }

    /** The openAPIV3Schema of the whole object. */
    public JsonNode schema() {
        return version().path("schema").path("openAPIV3Schema");
    }

    /** The schema of {@code spec}. */
    public JsonNode specSchema() {
        return schema().path("properties").path("spec");
    }

    /** Violations of {@code schema} by {@code value}, each starting with the field path. */
    public static List<String> validate(JsonNode value, JsonNode schema, String path) {
        List<String> errors = new ArrayList<>();
        check(value, schema, path, errors);
        return errors;
    }

    private static void check(JsonNode value, JsonNode schema, String path, List<String> errors) {
        if (value.isNull()) {
            if (!schema.path("nullable").asBoolean(false)) {
                errors.add(path + ": null is not allowed");
            }
            return;
        }
        if (schema.path("x-kubernetes-int-or-string").asBoolean(false)) {
            if (!value.isIntegralNumber() && !value.isTextual()) {
                errors.add(path + ": must be an integer or a string");
            }
            return;
        }
        boolean preserveUnknown = schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
        String type = schema.path("type").asText("");
        switch (type) {
            case "object" -> checkObject(value, schema, path, errors, preserveUnknown);
            case "array" -> checkArray(value, schema, path, errors);
            case "string" -> checkString(value, schema, path, errors);
            case "integer" -> {
                if (!value.isIntegralNumber()) {
                    errors.add(path + ": must be an integer, got " + value);
                } else {
                    checkBounds(value, schema, path, errors);
                }
            }
            case "number" -> {
                if (!value.isNumber()) {
                    errors.add(path + ": must be a number, got " + value);
                } else {
                    checkBounds(value, schema, path, errors);
                }
            }
            case "boolean" -> {
                if (!value.isBoolean()) {
                    errors.add(path + ": must be a boolean, got " + value);
                }
            }
            case "" -> {
                if (!preserveUnknown) {
                    errors.add(path + ": schema without type or x-kubernetes-preserve-unknown-fields");
                }
            }
            default -> errors.add(path + ": unsupported schema type " + type);
        }
    }

    private static void checkObject(JsonNode value, JsonNode schema, String path, List<String> errors, boolean preserveUnknown) {
        if (!value.isObject()) {
            errors.add(path + ": must be an object, got " + value.getNodeType());
            return;
        }
        for (JsonNode required : schema.path("required")) {
            if (!value.has(required.asText())) {
                errors.add(path + "." + required.asText() + ": Required value");
            }
        }
        JsonNode properties = schema.path("properties");
        JsonNode additional = schema.path("additionalProperties");
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String fieldPath = path + "." + field.getKey();
            if (properties.has(field.getKey())) {
                check(field.getValue(), properties.get(field.getKey()), fieldPath, errors);
            } else if (additional.isObject()) {
                check(field.getValue(), additional, fieldPath, errors);
            } else if (!preserveUnknown) {
                errors.add(fieldPath + ": unknown field (the API server would prune it)");
            }
        }
    }

    private static void checkArray(JsonNode value, JsonNode schema, String path, List<String> errors) {
        if (!value.isArray()) {
            errors.add(path + ": must be an array, got " + value.getNodeType());
            return;
        }
        if (schema.has("maxItems") && value.size() > schema.get("maxItems").asInt()) {
            errors.add(path + ": must have at most " + schema.get("maxItems").asInt() + " items");
        }
        if (schema.has("minItems") && value.size() < schema.get("minItems").asInt()) {
            errors.add(path + ": must have at least " + schema.get("minItems").asInt() + " items");
        }
        for (int i = 0; i < value.size(); i++) {
            check(value.get(i), schema.path("items"), path + "[" + i + "]", errors);
        }
    }

    private static void checkString(JsonNode value, JsonNode schema, String path, List<String> errors) {
        if (!value.isTextual()) {
            errors.add(path + ": must be a string, got " + value.getNodeType());
            return;
        }
        String text = value.asText();
        if (schema.has("enum")) {
            boolean allowed = false;
            for (JsonNode option : schema.get("enum")) {
                allowed |= option.asText().equals(text);
            }
            if (!allowed) {
                errors.add(path + ": Unsupported value \"" + text + "\", supported: " + schema.get("enum"));
            }
        }
        int length = text.codePointCount(0, text.length());
        if (schema.has("maxLength") && length > schema.get("maxLength").asInt()) {
            errors.add(path + ": may not be longer than " + schema.get("maxLength").asInt());
        }
        if (schema.has("minLength") && length < schema.get("minLength").asInt()) {
            errors.add(path + ": must be at least " + schema.get("minLength").asInt() + " characters");
        }
        if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asText()).matcher(text).find()) {
            errors.add(path + ": \"" + text + "\" does not match " + schema.get("pattern").asText());
        }
    }

    private static void checkBounds(JsonNode value, JsonNode schema, String path, List<String> errors) {
        double number = value.asDouble();
        if (schema.has("minimum") && number < schema.get("minimum").asDouble()) {
            errors.add(path + ": must be greater than or equal to " + schema.get("minimum").asText());
        }
        if (schema.has("maximum") && number > schema.get("maximum").asDouble()) {
            errors.add(path + ": must be less than or equal to " + schema.get("maximum").asText());
        }
    }
}
