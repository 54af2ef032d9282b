package dev.ferry.api.v1alpha1.common;

/**
 * ECS {@code PropagateTags}: where the tags of a task (or of an EBS volume) are copied from.
 * Shared by CreateService, RunTask, EventBridge {@code EcsParameters} and {@code EBSTagSpecification}.
 */
public enum PropagateTags {
    TASK_DEFINITION,
    SERVICE,
    NONE
}
