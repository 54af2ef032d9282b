package dev.ferry.translate.task;

import dev.ferry.translate.Labels;
import dev.ferry.translate.Names;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** The pods of a Task: one per ECS task of the run, built from the translated pod template. */
public final class TaskPods {
    /** Pod annotation: RunTask {@code startedBy}. */
    public static final String STARTED_BY = Labels.PREFIX + "started-by";
    /** Pod annotation: RunTask {@code group}. */
    public static final String GROUP = Labels.PREFIX + "group";
    /** Pod annotation: the index of the task in its run (0-based). */
    public static final String INDEX = Labels.PREFIX + "task-index";

    private TaskPods() {
    }

    /** The owning Task, as an owner reference needs it. */
    public record Owner(String apiVersion, String kind, String name, String uid) {
    }

    /** Name of the pod of task {@code index} of the Task {@code taskName}: {@code <task>-<index>}. */
    public static String podName(String taskName, int index) {
        String suffix = "-" + index;
        return Names.objectName(taskName, Names.DNS1123_LABEL_MAX - suffix.length()) + suffix;
    }

    /**
     * The pod for task {@code index}.
     *
     * @param clusterName the ECS cluster name (label value)
     */
    public static Pod pod(PodTemplateSpec template, Owner owner, String namespace, String clusterName, int index,
            String group, String startedBy) {
        PodTemplateSpec copy = new io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder(template).build();
        ObjectMeta meta = copy.getMetadata() == null ? new ObjectMeta() : copy.getMetadata();
        Map<String, String> labels = new TreeMap<>(meta.getLabels() == null ? Map.of() : meta.getLabels());
        labels.put(Labels.MANAGED_BY, Labels.MANAGED_BY_VALUE);
        labels.put(Labels.TASK, Names.labelValue(owner.name()));
        labels.put(Labels.CLUSTER, Names.labelValue(clusterName));
        Map<String, String> annotations = new LinkedHashMap<>(meta.getAnnotations() == null ? Map.of() : meta.getAnnotations());
        annotations.put(INDEX, Integer.toString(index));
        if (group != null) {
            annotations.put(GROUP, group);
        }
        if (startedBy != null) {
            annotations.put(STARTED_BY, startedBy);
        }
        OwnerReference reference = new OwnerReferenceBuilder()
                .withApiVersion(owner.apiVersion()).withKind(owner.kind()).withName(owner.name()).withUid(owner.uid())
                .withController(true).withBlockOwnerDeletion(true).build();
        ObjectMeta podMeta = new ObjectMeta();
        podMeta.setName(podName(owner.name(), index));
        podMeta.setNamespace(namespace);
        podMeta.setLabels(labels);
        podMeta.setAnnotations(annotations);
        podMeta.setOwnerReferences(java.util.List.of(reference));
        PodSpec spec = copy.getSpec();
        if (spec.getRestartPolicy() == null) {
            spec.setRestartPolicy("Never");
        }
        Pod pod = new Pod();
        pod.setApiVersion("v1");
        pod.setKind("Pod");
        pod.setMetadata(podMeta);
        pod.setSpec(spec);
        return pod;
    }
}
