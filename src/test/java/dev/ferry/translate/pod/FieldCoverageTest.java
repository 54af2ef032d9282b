package dev.ferry.translate.pod;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.ferry.api.v1alpha1.taskdefinition.TaskDefinitionSpec;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every field of the TaskDefinition model is claimed by exactly one pod step (translated or reported), so no field
 * can be dropped silently. A claim covers the field and everything below it.
 */
class FieldCoverageTest {

    @Test
    void everyModelFieldIsClaimedByAStep() {
        List<String> claims = PodTemplates.STEPS.stream().flatMap(s -> s.fields().stream()).toList();
        TreeSet<String> unclaimed = new TreeSet<>();
        for (String leaf : leafPaths(TaskDefinitionSpec.class, "", 0)) {
            if (claims.stream().noneMatch(c -> leaf.equals(c) || leaf.startsWith(c + ".") || leaf.startsWith(c + "[]"))) {
                unclaimed.add(leaf);
            }
        }
        assertThat(unclaimed).as("model fields no pod step translates or reports").isEmpty();
    }

    @Test
    void noFieldIsClaimedTwice() {
        Map<String, String> owner = new HashMap<>();
        List<String> twice = new ArrayList<>();
        for (PodStep step : PodTemplates.STEPS) {
            for (String field : step.fields()) {
                String previous = owner.put(field, step.getClass().getSimpleName());
                if (previous != null) {
                    twice.add(field + " (" + previous + ", " + step.getClass().getSimpleName() + ")");
                }
            }
        }
        assertThat(twice).isEmpty();
    }

    @Test
    void claimsNameRealFields() {
        List<String> leaves = leafPaths(TaskDefinitionSpec.class, "", 0);
        List<String> unknown = PodTemplates.STEPS.stream().flatMap(s -> s.fields().stream())
                .filter(c -> leaves.stream().noneMatch(l -> l.equals(c) || l.startsWith(c + ".") || l.startsWith(c + "[]")))
                .toList();
        assertThat(unknown).as("claimed paths that are not fields of the model").isEmpty();
    }

    /** JSON paths of the leaves of a model class: {@code containerDefinitions[].healthCheck.interval}. */
    static List<String> leafPaths(Class<?> type, String prefix, int depth) {
        List<String> paths = new ArrayList<>();
        for (Field field : type.getFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            JsonProperty property = field.getAnnotation(JsonProperty.class);
            String name = property != null && !property.value().isEmpty() ? property.value() : field.getName();
            String path = prefix.isEmpty() ? name : prefix + "." + name;
            Class<?> element = field.getType();
            if (List.class.isAssignableFrom(element)) {
                path = path + "[]";
                element = typeArgument(field.getGenericType());
            }
            if (element.getPackageName().startsWith("dev.ferry.api") && !element.isEnum() && depth < 6) {
                List<String> nested = leafPaths(element, path, depth + 1);
                paths.addAll(nested.isEmpty() ? List.of(path) : nested);
            } else {
                paths.add(path);
            }
        }
        return paths;
    }

    private static Class<?> typeArgument(Type generic) {
        if (generic instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> c) {
            return c;
        }
        return Object.class;
    }
}
