package dev.ferry.translate.pod;

import dev.ferry.api.v1alpha1.taskdefinition.ContainerDefinition;
import dev.ferry.api.v1alpha1.taskdefinition.FirelensConfiguration;
import dev.ferry.api.v1alpha1.taskdefinition.LogConfiguration;
import dev.ferry.api.v1alpha1.taskdefinition.LogConfiguration.LogDriver;
import dev.ferry.translate.Labels;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Translates logConfiguration, firelensConfiguration, dockerLabels. See docs/mapping/environment.md.
 *
 * <ul>
 *   <li>Every container logs to stdout/stderr, which Kubernetes keeps as container logs. The log configuration of
 *       each container is kept, whatever the driver, in the pod annotation {@link #LOG_CONFIGURATION} for a
 *       cluster log agent to act on; Ferry itself ships no logs. awslogs is what the design expects there and is
 *       not reported; every other driver is.</li>
 *   <li>The FireLens router (the container with {@code firelensConfiguration}) runs as a regular container without
 *       ECS's generated configuration and receives no logs: reported.</li>
 *   <li>{@code dockerLabels} → pod labels where key and value are valid label syntax, the key is outside the
 *       Kubernetes and Ferry prefixes and no other container gives it another value; every docker label of every
 *       container is also kept, as written, in the pod annotation {@link #DOCKER_LABELS}.</li>
 * </ul>
 */
final class LoggingStep implements PodStep {
    /** Pod annotation: JSON {@code {<container>: {containerName, logDriver, options}}}, keys sorted. */
    static final String LOG_CONFIGURATION = Labels.PREFIX + "log-configuration";
    /** Pod annotation: JSON {@code {<container>: {<docker label>: <value>}}}, keys sorted. */
    static final String DOCKER_LABELS = Labels.PREFIX + "docker-labels";

    @Override
    public void apply(TaskInputs in, PodDraft draft) {
        Map<String, Object> logConfigurations = new TreeMap<>();
        Map<String, Map<String, String>> dockerLabels = new TreeMap<>();
        Map<String, String> labelCandidates = new TreeMap<>();
        Set<String> conflicting = new TreeSet<>();

        for (ContainerDefinition def : Specs.containers(in.spec())) {
            String containerName = draft.container(def).getName();
            if (def.logConfiguration != null) {
                logConfigurations.put(containerName, logConfiguration(def));
                report(draft, def, def.logConfiguration);
            }
            if (def.firelensConfiguration != null) {
                draft.unsupported(PodDraft.path(def) + ".firelensConfiguration", "FireLens log routing is not "
                        + "emulated: the container runs as a regular container, but without the "
                        + (def.firelensConfiguration.type == null ? "router" : typeName(def.firelensConfiguration.type))
                        + " configuration ECS generates for it (and its config-file options), and no container's "
                        + "logs are sent to it; every container logs to stdout/stderr, collected by the cluster's log "
                        + "agent");
            }
            Map<String, String> labels = Specs.map(def.dockerLabels);
            if (!labels.isEmpty()) {
                dockerLabels.put(containerName, new TreeMap<>(labels));
                for (Map.Entry<String, String> label : new TreeMap<>(labels).entrySet()) {
                    String key = label.getKey();
                    String value = label.getValue() == null ? "" : label.getValue();
                    if (!MetadataSyntax.mayBeLabel(key, value)) {
                        continue;
                    }
                    String previous = labelCandidates.putIfAbsent(key, value);
                    if (previous != null && !previous.equals(value)) {
                        conflicting.add(key);
                    }
                }
            }
        }

        Map<String, String> podLabels = draft.metadata().getLabels();
        labelCandidates.forEach((key, value) -> {
            if (!conflicting.contains(key)) {
                podLabels.putIfAbsent(key, value);
            }
        });
        if (!dockerLabels.isEmpty()) {
            draft.metadata().getAnnotations().put(DOCKER_LABELS, MetadataSyntax.json(dockerLabels));
        }
        if (!logConfigurations.isEmpty()) {
            draft.metadata().getAnnotations().put(LOG_CONFIGURATION, MetadataSyntax.json(logConfigurations));
        }
    }

    private static Map<String, Object> logConfiguration(ContainerDefinition def) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("containerName", def.name);
        entry.put("logDriver", def.logConfiguration.logDriver == null ? null : driverName(def.logConfiguration.logDriver));
        entry.put("options", new TreeMap<>(Specs.map(def.logConfiguration.options)));
        return entry;
    }

    private static void report(PodDraft draft, ContainerDefinition def, LogConfiguration log) {
        String path = PodDraft.path(def) + ".logConfiguration";
        if (!Specs.list(log.secretOptions).isEmpty()) {
            draft.unsupported(path + ".secretOptions", "Ferry ships no logs, so log driver options from secrets are "
                    + "not used and are not mapped to Kubernetes Secrets");
        }
        if (log.logDriver == null || log.logDriver == LogDriver.AWSLOGS) {
            return;
        }
        String kept = "; the driver and its options are kept in the pod annotation " + LOG_CONFIGURATION
                + " for a log agent";
        String reason = switch (log.logDriver) {
            case AWSFIRELENS -> "awsfirelens: logs are not routed through the FireLens container; the container's "
                    + "stdout/stderr are its Kubernetes logs" + kept;
            case JSON_FILE -> "json-file: the container runtime keeps stdout/stderr in log files on the node; "
                    + "their rotation (max-size, max-file) is a node setting (kubelet containerLogMaxSize, "
                    + "containerLogMaxFiles)" + kept;
            default -> driverName(log.logDriver) + ": Ferry does not send logs to " + driverName(log.logDriver)
                    + "; the container's stdout/stderr are its Kubernetes logs" + kept;
        };
        if (log.logDriver != LogDriver.JSON_FILE || !Specs.map(log.options).isEmpty()) {
            draft.unsupported(path + ".logDriver", reason);
        }
    }

    private static String driverName(LogDriver driver) {
        return switch (driver) {
            case JSON_FILE -> "json-file";
            default -> driver.name().toLowerCase(Locale.ROOT);
        };
    }

    private static String typeName(FirelensConfiguration.Type type) {
        return type == FirelensConfiguration.Type.FLUENTBIT ? "Fluent Bit" : "Fluentd";
    }

    @Override
    public Set<String> fields() {
        return Set.of("containerDefinitions[].logConfiguration", "containerDefinitions[].firelensConfiguration",
                "containerDefinitions[].dockerLabels");
    }
}
