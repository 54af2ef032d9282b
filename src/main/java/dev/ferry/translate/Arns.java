package dev.ferry.translate;

/**
 * Synthetic ARNs, shaped like AWS's so that tools and people reading status see familiar identifiers.
 * Region and account come from the Cluster's {@code spec.ferry} or the operator configuration.
 */
public final class Arns {
    private Arns() {
    }

    /** Where synthetic ARNs say they live. */
    public record Scope(String partition, String region, String accountId) {
        public static Scope of(String region, String accountId) {
            return new Scope("aws", region, accountId);
        }

        String prefix(String service) {
            return "arn:" + partition + ":" + service + ":" + region + ":" + accountId + ":";
        }
    }

    public static String taskDefinition(Scope scope, String family, int revision) {
        return scope.prefix("ecs") + "task-definition/" + family + ":" + revision;
    }

    public static String cluster(Scope scope, String clusterName) {
        return scope.prefix("ecs") + "cluster/" + clusterName;
    }

    public static String service(Scope scope, String clusterName, String serviceName) {
        return scope.prefix("ecs") + "service/" + clusterName + "/" + serviceName;
    }

    /** A task ARN; {@code taskId} is the stable id Ferry gives the task (its pod's UID or name). */
    public static String task(Scope scope, String clusterName, String taskId) {
        return scope.prefix("ecs") + "task/" + clusterName + "/" + taskId;
    }

    public static String targetGroup(Scope scope, String name, String id) {
        return scope.prefix("elasticloadbalancing") + "targetgroup/" + name + "/" + id;
    }

    /** An EventBridge rule ARN (a ScheduledTask). */
    public static String rule(Scope scope, String ruleName) {
        return scope.prefix("events") + "rule/" + ruleName;
    }
}
