package dev.ferry.translate.pod;

import dev.ferry.api.v1alpha1.common.UnsupportedField;
import dev.ferry.api.v1alpha1.taskdefinition.ContainerDefinition;
import dev.ferry.translate.Names;
import dev.ferry.translate.Violation;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PodSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pod under construction while the steps run. Holds one Kubernetes {@link Container} per ECS container
 * definition, keyed by ECS name, and a role per container (main, init, sidecar) that decides where it ends up.
 * Only the steps of this package use it; {@link PodTemplates} turns it into a {@link PodTranslation}.
 */
public final class PodDraft {
    /** Where a container ends up in the pod. */
    public enum Role {
        /** {@code containers[]}. */
        MAIN,
        /** {@code initContainers[]}, runs to completion before the main containers start (dependsOn COMPLETE/SUCCESS). */
        INIT,
        /** {@code initContainers[]} with restartPolicy Always: a native sidecar (dependsOn START/HEALTHY). */
        SIDECAR
    }

    private final ObjectMeta metadata = new ObjectMeta();
    private final PodSpec pod = new PodSpec();
    private final Map<String, Container> containers = new LinkedHashMap<>();
    private final Map<String, Role> roles = new LinkedHashMap<>();
    private final List<String> initOrder = new ArrayList<>();
    private final List<HasMetadata> companions = new ArrayList<>();
    private final List<UnsupportedField> unsupported = new ArrayList<>();
    private final List<Violation> violations = new ArrayList<>();

    PodDraft(TaskInputs in) {
        metadata.setLabels(new LinkedHashMap<>());
        metadata.setAnnotations(new LinkedHashMap<>());
        for (ContainerDefinition definition : Specs.containers(in.spec())) {
            Container container = new Container();
            container.setName(containerName(definition.name));
            containers.put(definition.name, container);
            roles.put(definition.name, Role.MAIN);
        }
    }

    /** The Kubernetes name of an ECS container (see {@link Names#dns1123Label}). */
    public static String containerName(String ecsName) {
        return Names.dns1123Label(ecsName);
    }

    /** The report path of a container: {@code spec.containerDefinitions[<ecs name>]}. */
    public static String path(ContainerDefinition definition) {
        return "spec.containerDefinitions[" + definition.name + "]";
    }

    public ObjectMeta metadata() {
        return metadata;
    }

    public PodSpec pod() {
        return pod;
    }

    /** The container built for an ECS container definition. */
    public Container container(ContainerDefinition definition) {
        return container(definition.name);
    }

    public Container container(String ecsName) {
        Container c = containers.get(ecsName);
        if (c == null) {
            throw new IllegalArgumentException("no container definition named " + ecsName);
        }
        return c;
    }

    public Role role(String ecsName) {
        return roles.get(ecsName);
    }

    /** Makes a container an init container or sidecar; {@link #initOrder} decides the order of those. */
    public void role(String ecsName, Role role) {
        container(ecsName);
        roles.put(ecsName, role);
    }

    /** ECS names of init containers and sidecars in the order they start; set by the dependsOn step. */
    public void initOrder(List<String> ecsNames) {
        initOrder.clear();
        initOrder.addAll(ecsNames);
    }

    public List<String> initOrder() {
        return List.copyOf(initOrder);
    }

    public void companion(HasMetadata object) {
        companions.add(object);
    }

    /** A field Ferry accepts but does not honour; {@code field} is the full path, e.g. {@code spec.containerDefinitions[web].ulimits}. */
    public void unsupported(String field, String reason) {
        unsupported.add(new UnsupportedField(field, reason));
    }

    /** A reason the task cannot run as written; the translation yields no template. */
    public void violation(String field, String message) {
        violations.add(new Violation(field, message));
    }

    Map<String, Container> containers() {
        return containers;
    }

    Map<String, Role> roles() {
        return roles;
    }

    List<HasMetadata> companions() {
        return companions;
    }

    List<UnsupportedField> unsupportedFields() {
        return unsupported;
    }

    List<Violation> violations() {
        return violations;
    }

    /** A violation a shared helper found ({@link dev.ferry.translate.Result}), with its field and message as they are. */
    public void violation(Violation violation) {
        violation(violation.field(), violation.message());
    }
}
