package dev.ferry.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Operator-wide settings (application.properties, or FERRY_* environment variables). */
@ConfigMapping(prefix = "ferry")
public interface FerryConfig {

    /** The Kubernetes version to assume (e.g. "1.29") instead of asking the API server. */
    java.util.Optional<String> kubernetesVersion();

    Aws aws();

    TaskDefinitions taskDefinition();

    Tasks task();

    /** Region and account used in synthetic ARNs when a Cluster does not set its own. */
    interface Aws {
        @WithDefault("us-east-1")
        String region();

        @WithDefault("000000000000")
        String accountId();
    }

    interface TaskDefinitions {
        /** Revisions kept per family besides those still referenced by a Service, Task or ScheduledTask. */
        @WithDefault("10")
        int revisionHistoryLimit();
    }

    interface Tasks {
        /** How long a Task whose tasks have all STOPPED is kept (with its pods and their logs) before it is deleted. */
        @WithDefault("3600")
        long ttlSecondsAfterStopped();
    }
}
