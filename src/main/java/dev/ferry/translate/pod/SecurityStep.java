package dev.ferry.translate.pod;

import dev.ferry.api.v1alpha1.taskdefinition.ContainerDefinition;
import dev.ferry.api.v1alpha1.taskdefinition.KernelCapabilities;
import dev.ferry.api.v1alpha1.taskdefinition.LinuxParameters;
import dev.ferry.api.v1alpha1.taskdefinition.SystemControl;
import dev.ferry.api.v1alpha1.taskdefinition.TaskDefinitionSpec;
import io.fabric8.kubernetes.api.model.AppArmorProfile;
import io.fabric8.kubernetes.api.model.Capabilities;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.SELinuxOptions;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Sysctl;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Translates user, privileged, readonlyRootFilesystem, linuxParameters (capabilities, devices, initProcessEnabled,
 * maxSwap, swappiness), dockerSecurityOptions, systemControls, ulimits, credentialSpecs.
 */
final class SecurityStep implements PodStep {
    /** Annotation prefix of the AppArmor profile before Kubernetes 1.30 (the securityContext field since). */
    static final String APPARMOR_ANNOTATION_PREFIX = "container.apparmor.security.beta.kubernetes.io/";
    /** Largest id Kubernetes accepts for runAsUser / runAsGroup. */
    static final long MAX_ID = Integer.MAX_VALUE;
    /** credentialSpecs and the credentialspec: security option. */
    static final String GMSA_REASON = "gMSA credential specs are not applied: create a GMSACredentialSpec and set"
            + " windowsOptions.gmsaCredentialSpecName through your own tooling";

    @Override
    public void apply(TaskInputs in, PodDraft draft) {
        boolean serverless = in.capacity().serverless();
        Map<String, String> sysctls = new LinkedHashMap<>();
        Map<String, String> sysctlOwner = new LinkedHashMap<>();
        for (ContainerDefinition definition : Specs.containers(in.spec())) {
            String path = PodDraft.path(definition);
            Container container = draft.container(definition);
            SecurityContext sc = container.getSecurityContext() == null ? new SecurityContext()
                    : container.getSecurityContext();
            user(definition.user, path + ".user", sc, draft);
            privileged(in, definition, path + ".privileged", sc, draft);
            if (Specs.isTrue(definition.readonlyRootFilesystem)) {
                sc.setReadOnlyRootFilesystem(true);
            }
            linux(in, definition, path + ".linuxParameters", sc, draft);
            securityOptions(in, definition, path + ".dockerSecurityOptions", sc, draft);
            systemControls(in, definition, path + ".systemControls", sysctls, sysctlOwner, draft);
            if (!Specs.list(definition.ulimits).isEmpty()) {
                draft.unsupported(path + ".ulimits", "Kubernetes has no per-container ulimits: the container runtime's"
                        + " limits apply");
            }
            if (!Specs.list(definition.credentialSpecs).isEmpty()) {
                draft.unsupported(path + ".credentialSpecs", GMSA_REASON);
            }
            if (!isEmpty(sc)) {
                container.setSecurityContext(sc);
            }
        }
        if (!sysctls.isEmpty()) {
            PodSecurityContext pod = draft.pod().getSecurityContext() == null ? new PodSecurityContext()
                    : draft.pod().getSecurityContext();
            List<Sysctl> list = new ArrayList<>(pod.getSysctls() == null ? List.of() : pod.getSysctls());
            sysctls.forEach((name, value) -> list.add(new Sysctl(name, value)));
            pod.setSysctls(list);
            draft.pod().setSecurityContext(pod);
        }
    }

    @Override
    public Set<String> fields() {
        return Set.of("containerDefinitions[].user",
                "containerDefinitions[].privileged",
                "containerDefinitions[].readonlyRootFilesystem",
                "containerDefinitions[].linuxParameters.capabilities",
                "containerDefinitions[].linuxParameters.devices",
                "containerDefinitions[].linuxParameters.initProcessEnabled",
                "containerDefinitions[].linuxParameters.maxSwap",
                "containerDefinitions[].linuxParameters.swappiness",
                "containerDefinitions[].dockerSecurityOptions",
                "containerDefinitions[].systemControls",
                "containerDefinitions[].ulimits",
                "containerDefinitions[].credentialSpecs");
    }

    /** ECS user {@code uid}, {@code uid:gid}, {@code user}, {@code user:group}: numeric parts (and root) → ids. */
    static void user(String user, String path, SecurityContext sc, PodDraft draft) {
        if (user == null || user.isEmpty()) {
            return;
        }
        String[] parts = user.split(":", -1);
        if (parts.length > 2) {
            draft.unsupported(path, "not of the form uid, uid:gid, user or user:group; the image's user is used");
            return;
        }
        Set<String> named = new LinkedHashSet<>();
        Long uid = id(parts[0], path, named, draft);
        Long gid = parts.length == 2 ? id(parts[1], path, named, draft) : null;
        if (uid != null) {
            sc.setRunAsUser(uid);
        }
        if (gid != null) {
            sc.setRunAsGroup(gid);
        }
        if (!named.isEmpty()) {
            draft.unsupported(path, "Kubernetes needs numeric ids, not names (" + String.join(", ", named)
                    + "): write uid or uid:gid, e.g. 1000:1000; "
                    + (uid == null && gid == null ? "the image's user applies" : "only the numeric id applies"));
        }
    }

    private static Long id(String part, String path, Set<String> named, PodDraft draft) {
        if ("root".equals(part)) {
            return 0L;
        }
        if (!part.matches("[0-9]+")) {
            named.add(part.isEmpty() ? "''" : part);
            return null;
        }
        long value;
        try {
            value = Long.parseLong(part);
        } catch (NumberFormatException tooLarge) {
            value = Long.MAX_VALUE;
        }
        if (value > MAX_ID) {
            draft.violation(path, "id " + part + " is out of range: Kubernetes accepts 0 to " + MAX_ID);
            return null;
        }
        return value;
    }

    private static void privileged(TaskInputs in, ContainerDefinition definition, String path, SecurityContext sc,
            PodDraft draft) {
        if (!Specs.isTrue(definition.privileged)) {
            return;
        }
        if (in.capacity().serverless()) {
            draft.violation(path, "FARGATE capacity does not run privileged containers: remove privileged or run on"
                    + " EC2 capacity");
        } else if (!in.policy().privilegedContainers()) {
            draft.violation(path, "privileged containers are not allowed on this Cluster: set"
                    + " spec.ferry.privilegedContainers: Allow on the Cluster, or remove privileged (add only the"
                    + " linuxParameters.capabilities the container needs)");
        } else {
            sc.setPrivileged(true);
        }
    }

    private static void linux(TaskInputs in, ContainerDefinition definition, String path, SecurityContext sc,
            PodDraft draft) {
        LinuxParameters linux = definition.linuxParameters;
        if (linux == null) {
            return;
        }
        boolean serverless = in.capacity().serverless();
        capabilities(linux.capabilities, serverless, path + ".capabilities", sc, draft);
        if (!Specs.list(linux.devices).isEmpty()) {
            if (serverless) {
                draft.violation(path + ".devices", "FARGATE capacity exposes no host devices: remove devices or run on"
                        + " EC2 capacity");
            } else {
                draft.unsupported(path + ".devices", "host devices are not mapped: Kubernetes exposes devices through"
                        + " device plugins (request the plugin's resource) or privileged containers");
            }
        }
        if (Specs.isTrue(linux.initProcessEnabled)) {
            // The pause container becomes PID 1 of the pod's shared PID namespace and reaps orphaned processes.
            draft.pod().setShareProcessNamespace(true);
        }
        for (String field : List.of("maxSwap", "swappiness")) {
            Integer value = "maxSwap".equals(field) ? linux.maxSwap : linux.swappiness;
            if (value == null) {
                continue;
            }
            if (serverless) {
                draft.violation(path + "." + field, "FARGATE capacity does not support " + field + ": remove it");
            } else {
                draft.unsupported(path + "." + field, "Kubernetes has no per-container swap settings: the node's swap"
                        + " behaviour (memorySwap.swapBehavior of the kubelet) applies");
            }
        }
    }

    private static void capabilities(KernelCapabilities caps, boolean serverless, String path, SecurityContext sc,
            PodDraft draft) {
        if (caps == null) {
            return;
        }
        List<String> add = normalised(caps.add);
        List<String> drop = normalised(caps.drop);
        if (serverless) {
            List<String> forbidden = add.stream().filter(c -> !"SYS_PTRACE".equals(c)).toList();
            if (!forbidden.isEmpty()) {
                draft.violation(path + ".add", "FARGATE capacity can add SYS_PTRACE only, not "
                        + String.join(", ", forbidden));
                return;
            }
        }
        if (add.isEmpty() && drop.isEmpty()) {
            return;
        }
        sc.setCapabilities(new Capabilities(add.isEmpty() ? null : add, drop.isEmpty() ? null : drop));
    }

    /** Capability names as Kubernetes writes them: upper case, without the {@code CAP_} prefix, each once. */
    static List<String> normalised(List<String> capabilities) {
        Set<String> names = new LinkedHashSet<>();
        for (String capability : Specs.list(capabilities)) {
            if (capability == null || capability.isBlank()) {
                continue;
            }
            String name = capability.trim().toUpperCase(Locale.ROOT);
            names.add(name.startsWith("CAP_") ? name.substring(4) : name);
        }
        return List.copyOf(names);
    }

    private static void securityOptions(TaskInputs in, ContainerDefinition definition, String path,
            SecurityContext sc, PodDraft draft) {
        List<String> options = Specs.list(definition.dockerSecurityOptions);
        if (options.isEmpty()) {
            return;
        }
        if (in.capacity().serverless()) {
            draft.violation(path, "FARGATE capacity does not support dockerSecurityOptions: remove them or run on EC2"
                    + " capacity");
            return;
        }
        for (int i = 0; i < options.size(); i++) {
            String option = options.get(i) == null ? "" : options.get(i).trim();
            String at = path + "[" + i + "]";
            int sep = firstSeparator(option);
            String key = (sep < 0 ? option : option.substring(0, sep)).toLowerCase(Locale.ROOT);
            String value = sep < 0 ? null : option.substring(sep + 1);
            switch (key) {
                case "no-new-privileges" -> noNewPrivileges(value, at, sc, draft);
                case "apparmor" -> appArmor(in, definition, value, at, sc, draft);
                case "label" -> seLinux(value, at, sc, draft);
                case "credentialspec", "credentialspecdomainless" -> draft.unsupported(at, GMSA_REASON);
                default -> draft.unsupported(at, "Docker security option " + option + " has no Kubernetes"
                        + " equivalent Ferry applies");
            }
        }
    }

    /** Docker writes {@code key=value}, ECS documents {@code key:value}: whichever comes first separates. */
    private static int firstSeparator(String option) {
        int colon = option.indexOf(':');
        int equals = option.indexOf('=');
        if (colon < 0) {
            return equals;
        }
        return equals < 0 ? colon : Math.min(colon, equals);
    }

    private static void noNewPrivileges(String value, String path, SecurityContext sc, PodDraft draft) {
        if (value != null && !"true".equalsIgnoreCase(value)) {
            if (!"false".equalsIgnoreCase(value)) {
                draft.unsupported(path, "no-new-privileges takes true or false");
            }
            return;
        }
        boolean sysAdmin = sc.getCapabilities() != null && sc.getCapabilities().getAdd() != null
                && sc.getCapabilities().getAdd().contains("SYS_ADMIN");
        if (Specs.isTrue(sc.getPrivileged()) || sysAdmin) {
            draft.unsupported(path, "Kubernetes rejects allowPrivilegeEscalation: false together with privileged or"
                    + " capability SYS_ADMIN: not applied");
            return;
        }
        sc.setAllowPrivilegeEscalation(false);
    }

    private static void appArmor(TaskInputs in, ContainerDefinition definition, String profile, String path,
            SecurityContext sc, PodDraft draft) {
        if (profile == null || profile.isEmpty()) {
            draft.unsupported(path, "apparmor needs a profile name (apparmor:PROFILE)");
            return;
        }
        String type;
        String annotation;
        if ("unconfined".equals(profile)) {
            type = "Unconfined";
            annotation = "unconfined";
        } else if ("docker-default".equals(profile) || "runtime/default".equals(profile)) {
            type = "RuntimeDefault";
            annotation = "runtime/default";
        } else {
            type = "Localhost";
            annotation = "localhost/" + profile;
        }
        if (in.platform().atLeast(1, 30)) {
            sc.setAppArmorProfile(new AppArmorProfile("Localhost".equals(type) ? profile : null, type));
        } else {
            draft.metadata().getAnnotations().put(APPARMOR_ANNOTATION_PREFIX + PodDraft.containerName(definition.name),
                    annotation);
        }
    }

    private static void seLinux(String value, String path, SecurityContext sc, PodDraft draft) {
        int sep = value == null ? -1 : firstSeparator(value);
        String field = sep < 0 ? "" : value.substring(0, sep);
        String setting = sep < 0 ? "" : value.substring(sep + 1);
        if (setting.isEmpty() || !Set.of("user", "role", "type", "level").contains(field)) {
            draft.unsupported(path, "only label:user:, label:role:, label:type: and label:level: map to"
                    + " seLinuxOptions; label:" + (value == null ? "" : value) + " is not applied");
            return;
        }
        SELinuxOptions se = sc.getSeLinuxOptions() == null ? new SELinuxOptions() : sc.getSeLinuxOptions();
        switch (field) {
            case "user" -> se.setUser(setting);
            case "role" -> se.setRole(setting);
            case "type" -> se.setType(setting);
            default -> se.setLevel(setting);
        }
        sc.setSeLinuxOptions(se);
    }

    private static void systemControls(TaskInputs in, ContainerDefinition definition, String path,
            Map<String, String> sysctls, Map<String, String> owner, PodDraft draft) {
        List<SystemControl> controls = Specs.list(definition.systemControls);
        for (int i = 0; i < controls.size(); i++) {
            SystemControl control = controls.get(i);
            String at = path + "[" + i + "]";
            if (control.namespace == null || control.namespace.isBlank() || control.value == null) {
                draft.violation(at, "a system control needs namespace (the sysctl name) and value");
                continue;
            }
            String name = control.namespace.trim();
            if (Specs.networkMode(in) == TaskDefinitionSpec.NetworkMode.HOST && name.startsWith("net.")) {
                draft.unsupported(at, "with networkMode host the task shares the node's network namespace:"
                        + " Kubernetes forbids net.* sysctls on hostNetwork pods, " + name + " is not set");
                continue;
            }
            if (in.spec().ipcMode == TaskDefinitionSpec.IpcMode.HOST && Sysctls.ipcNamespaced(name)) {
                draft.unsupported(at, "with ipcMode host the task shares the node's IPC namespace: " + name
                        + " is not set");
                continue;
            }
            String previous = sysctls.get(name);
            if (previous != null) {
                if (!previous.equals(control.value)) {
                    draft.violation(at, "sysctls apply to the whole pod in Kubernetes: " + name + " = " + control.value
                            + " conflicts with " + previous + " set by container " + owner.get(name)
                            + "; give every container the same value");
                }
                continue;
            }
            sysctls.put(name, control.value);
            owner.put(name, definition.name);
            if (!Sysctls.safe(name, in.platform())) {
                draft.unsupported(at, name + " is not a safe sysctl in Kubernetes " + in.platform() + ": it is set, and"
                        + " the kubelet rejects the pod (SysctlForbidden) unless its --allowed-unsafe-sysctls allows"
                        + " it");
            }
        }
    }

    private static boolean isEmpty(SecurityContext sc) {
        return sc.equals(new SecurityContext());
    }
}
