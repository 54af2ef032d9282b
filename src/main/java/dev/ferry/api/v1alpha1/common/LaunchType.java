package dev.ferry.api.v1alpha1.common;

/**
 * ECS {@code LaunchType}, shared by CreateService, RunTask and EventBridge {@code EcsParameters}.
 * Ferry resolves it to the Cluster capacity provider of the same name.
 */
public enum LaunchType {
    EC2,
    FARGATE,
    EXTERNAL,
    MANAGED_INSTANCES
}
