package dev.ferry.translate.pod;

import java.util.Set;

/**
 * One ECS concern of the pod translation. Steps run in the order {@link PodTemplates#STEPS} lists them, each
 * reading the inputs and writing into the draft; a step never undoes another's work.
 */
public interface PodStep {

    void apply(TaskInputs in, PodDraft draft);

    /**
     * The model fields this step translates or reports, as paths relative to the spec with {@code []} for list
     * elements: {@code "containerDefinitions[].entryPoint"}, {@code "networkMode"}. Every field of the model must be
     * claimed by exactly one step (a test checks), so nothing is dropped silently.
     */
    Set<String> fields();
}
