package dev.ferry.translate.pod;

import dev.ferry.api.v1alpha1.common.Tag;
import dev.ferry.translate.Labels;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Translates tags: the task definition's own tags (not the Service's or Task's, and not propagateTags, which the
 * Service and Task translations own). See docs/mapping/environment.md.
 *
 * <p>Every tag is kept, as written, in the pod annotation {@link #TAGS} (JSON {@code {<key>: <value>}}, keys sorted);
 * a tag whose key and value are valid label syntax and whose key is outside the Kubernetes and Ferry prefixes also
 * becomes a pod label, unless the pod already has that label (capacity provider labels and docker labels come first;
 * Ferry's own keys are reserved).
 */
final class TagsStep implements PodStep {
    /** Pod annotation holding every task definition tag. */
    static final String TAGS = Labels.PREFIX + "task-definition-tags";

    @Override
    public void apply(TaskInputs in, PodDraft draft) {
        Map<String, String> tags = new TreeMap<>();
        for (Tag tag : Specs.list(in.spec().tags)) {
            if (tag != null && tag.key != null) {
                tags.put(tag.key, tag.value == null ? "" : tag.value);
            }
        }
        if (tags.isEmpty()) {
            return;
        }
        draft.metadata().getAnnotations().put(TAGS, MetadataSyntax.json(tags));
        Map<String, String> labels = draft.metadata().getLabels();
        tags.forEach((key, value) -> {
            if (MetadataSyntax.mayBeLabel(key, value)) {
                labels.putIfAbsent(key, value);
            }
        });
    }

    @Override
    public Set<String> fields() {
        return Set.of("tags");
    }
}
