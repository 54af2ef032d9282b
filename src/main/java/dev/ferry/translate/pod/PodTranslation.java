package dev.ferry.translate.pod;

import dev.ferry.api.v1alpha1.common.UnsupportedField;
import dev.ferry.translate.Violation;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import java.util.List;

/**
 * The result of translating a task definition revision.
 *
 * @param template    the pod template; null when there are violations
 * @param companions  other objects the pods need (ServiceAccount, PVCs, ExternalSecrets...), without owner references
 * @param unsupported fields accepted but not honoured, with the reason (for status)
 * @param violations  reasons the task cannot run as written; non-empty means no template
 */
public record PodTranslation(PodTemplateSpec template, List<HasMetadata> companions,
        List<UnsupportedField> unsupported, List<Violation> violations) {

    public PodTranslation {
        companions = List.copyOf(companions);
        unsupported = List.copyOf(unsupported);
        violations = List.copyOf(violations);
        if (violations.isEmpty() == (template == null)) {
            throw new IllegalArgumentException("a translation has a template or violations, not both or neither");
        }
    }

    public boolean isValid() {
        return violations.isEmpty();
    }
}
