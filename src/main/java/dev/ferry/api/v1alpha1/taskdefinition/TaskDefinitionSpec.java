package dev.ferry.api.v1alpha1.taskdefinition;

/** Placeholder; replaced by the complete RegisterTaskDefinition shape. */
public class TaskDefinitionSpec {
    public String family;
}
