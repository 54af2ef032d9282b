package dev.ferry.translate.pod;

import dev.ferry.api.v1alpha1.common.ResourceRequirement;
import dev.ferry.api.v1alpha1.taskdefinition.ContainerDefinition;
import dev.ferry.api.v1alpha1.taskdefinition.TaskDefinitionSpec;
import dev.ferry.translate.Result;
import dev.ferry.translate.Violation;
import dev.ferry.translate.resources.FargateSizes;
import dev.ferry.translate.resources.ResourceUnits;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Translates container cpu, memory, memoryReservation, resourceRequirements; task cpu, memory, ephemeralStorage;
 * Fargate sizing.
 *
 * <p>Rules (docs/mapping/containers.md, ecs-reference.md §0, §1.2, §2):
 * <ul>
 *   <li>Container {@code cpu} units → {@code requests.cpu} in millicores, {@code ceil(units × 1000 / 1024)}; 0 or
 *       absent is no value of its own. No cpu limit: cpu units are a weight.</li>
 *   <li>{@code memory} → {@code limits.memory} (and {@code requests.memory} without a reservation);
 *       {@code memoryReservation} → {@code requests.memory}.</li>
 *   <li>Task {@code cpu}/{@code memory} are the pod's budget: the containers without a value of their own share what
 *       the others leave, split evenly (integer millicores / MiB, the first containers in definition order take one
 *       unit more until the remainder is gone). A container without its own hard memory is limited to the task
 *       memory.</li>
 *   <li>Serverless capacity: task cpu and memory are required and must be a Fargate size; every container gets
 *       requests = limits, and the pod adds up to exactly the task size.</li>
 *   <li>GPU → {@code limits["nvidia.com/gpu"]}; {@code ephemeralStorage} → an {@code ephemeral-storage} limit on the
 *       first essential container (the kubelet holds the pod to the sum of its containers' limits).</li>
 * </ul>
 */
final class ResourcesStep implements PodStep {
    static final String CPU = "cpu";
    static final String MEMORY = "memory";
    static final String GPU = "nvidia.com/gpu";
    static final String EPHEMERAL_STORAGE = "ephemeral-storage";
    /** Docker 20.10+ refuses a memory limit or reservation below 6 MiB; ECS documents the same minimum. */
    static final int MIN_MEMORY_MIB = 6;
    /** Fargate's largest ephemeral storage. */
    static final int FARGATE_EPHEMERAL_MAX_GIB = 200;

    @Override
    public void apply(TaskInputs in, PodDraft draft) {
        TaskDefinitionSpec spec = in.spec();
        List<ContainerDefinition> definitions = Specs.containers(spec);
        boolean serverless = in.capacity().serverless();
        List<Violation> violations = new ArrayList<>();

        Integer taskCpu = spec.cpu == null ? null : value(ResourceUnits.taskCpu("spec.cpu", spec.cpu), violations);
        Integer taskMemory = spec.memory == null ? null
                : value(ResourceUnits.taskMemory("spec.memory", spec.memory), violations);
        if (serverless) {
            fargateSize(in, taskCpu, taskMemory, violations);
        }
        for (ContainerDefinition definition : definitions) {
            checkContainer(definition, spec, taskMemory, serverless, violations);
        }
        checkSums(definitions, taskCpu, taskMemory, violations);
        List<Integer> gpus = new ArrayList<>();
        for (ContainerDefinition definition : definitions) {
            gpus.add(gpus(draft, definition, serverless, violations));
        }
        Integer ephemeralGiB = ephemeralStorage(spec, serverless, violations);

        violations.forEach(draft::violation);
        if (!violations.isEmpty() || definitions.isEmpty()) {
            return;
        }

        long[] cpu = cpuMillicores(definitions, taskCpu, serverless);
        for (int i = 0; i < definitions.size(); i++) {
            ContainerDefinition definition = definitions.get(i);
            ResourceRequirements resources = resources(draft.container(definition));
            if (cpu[i] > 0) {
                resources.getRequests().put(CPU, new Quantity(cpu[i] + "m"));
                if (serverless) {
                    resources.getLimits().put(CPU, new Quantity(cpu[i] + "m"));
                }
            } else if (serverless) {
                draft.unsupported(PodDraft.path(definition) + ".cpu", "the other containers take the whole task cpu ("
                        + spec.cpu + "): this container gets no cpu request or limit and runs on what they leave idle");
            }
            if (gpus.get(i) > 0) {
                resources.getLimits().put(GPU, new Quantity(Integer.toString(gpus.get(i))));
            }
        }
        if (!serverless && taskCpu != null) {
            draft.unsupported("spec.cpu", "Kubernetes has no task-wide CPU ceiling on this capacity: the containers "
                    + "request " + Arrays.stream(cpu).sum() + "m in total (task cpu " + taskCpu + " units = "
                    + ResourceUnits.millicores(taskCpu) + "m) and have no cpu limit (cpu units are a weight), so the "
                    + "task can use idle CPU beyond its cpu");
        }
        if (serverless) {
            serverlessMemory(draft, definitions, taskMemory);
        } else {
            memory(draft, definitions, taskMemory);
        }
        if (ephemeralGiB != null) {
            ContainerDefinition holder = definitions.stream().filter(Specs::essential).findFirst()
                    .orElse(definitions.get(0));
            ResourceRequirements resources = resources(draft.container(holder));
            resources.getRequests().put(EPHEMERAL_STORAGE, new Quantity(ephemeralGiB + "Gi"));
            resources.getLimits().put(EPHEMERAL_STORAGE, new Quantity(ephemeralGiB + "Gi"));
        }
        for (ContainerDefinition definition : definitions) {
            ResourceRequirements resources = draft.container(definition).getResources();
            if (resources != null && resources.getRequests().isEmpty() && resources.getLimits().isEmpty()) {
                draft.container(definition).setResources(null);
            }
        }
    }

    @Override
    public Set<String> fields() {
        return Set.of(
                "containerDefinitions[].cpu",
                "containerDefinitions[].memory",
                "containerDefinitions[].memoryReservation",
                "containerDefinitions[].resourceRequirements",
                "cpu",
                "memory",
                "ephemeralStorage");
    }

    // ---- checks ----

    private static void fargateSize(TaskInputs in, Integer taskCpu, Integer taskMemory, List<Violation> violations) {
        TaskDefinitionSpec spec = in.spec();
        String sizes = "Fargate task cpu is one of " + FargateSizes.cpuValues().stream().map(String::valueOf)
                .collect(Collectors.joining(", ")) + " with a matching memory (e.g. cpu \"256\" with memory \"512\")";
        if (spec.cpu == null) {
            violations.add(new Violation("spec.cpu", "is required on serverless capacity " + in.capacity().provider()
                    + ", which sizes the task by its cpu and memory: " + sizes));
        }
        if (spec.memory == null) {
            violations.add(new Violation("spec.memory", "is required on serverless capacity "
                    + in.capacity().provider() + ", which sizes the task by its cpu and memory: " + sizes));
        }
        if (taskCpu != null && taskMemory != null) {
            violations.addAll(FargateSizes.check("spec.cpu", taskCpu, "spec.memory", taskMemory));
        }
    }

    private static void checkContainer(ContainerDefinition definition, TaskDefinitionSpec spec, Integer taskMemory,
            boolean serverless, List<Violation> violations) {
        String path = PodDraft.path(definition);
        if (definition.cpu != null) {
            value(ResourceUnits.containerCpu(path + ".cpu", definition.cpu), violations);
        }
        boolean memoryOk = atLeastMinimum(definition.memory, path + ".memory", violations);
        boolean reservationOk = atLeastMinimum(definition.memoryReservation, path + ".memoryReservation", violations);
        if (memoryOk && reservationOk && definition.memory != null && definition.memoryReservation != null
                && definition.memory <= definition.memoryReservation) {
            violations.add(new Violation(path + ".memory", "the hard limit (" + definition.memory + " MiB) must be "
                    + "greater than memoryReservation (" + definition.memoryReservation + " MiB): raise memory or "
                    + "lower memoryReservation"));
        }
        if (!serverless && spec.memory == null && definition.memory == null && definition.memoryReservation == null) {
            violations.add(new Violation(path + ".memory", "ECS needs memory or memoryReservation for each container "
                    + "unless the task sets memory: set this container's memory (hard limit, MiB) or "
                    + "memoryReservation (MiB), or spec.memory"));
        }
        if (taskMemory != null && definition.memory != null && definition.memory > taskMemory) {
            violations.add(new Violation(path + ".memory", definition.memory + " MiB is more than the task's memory ("
                    + taskMemory + " MiB, spec.memory): lower it or raise spec.memory"));
        }
    }

    private static boolean atLeastMinimum(Integer mib, String field, List<Violation> violations) {
        if (mib != null && mib < MIN_MEMORY_MIB) {
            violations.add(new Violation(field, mib + " MiB is below the " + MIN_MEMORY_MIB
                    + " MiB a container needs at least (Docker's minimum, as ECS documents)"));
            return false;
        }
        return true;
    }

    /** The containers' own values must fit the task's: cpu units, and memory reserved (reservation, else hard limit). */
    private static void checkSums(List<ContainerDefinition> definitions, Integer taskCpu, Integer taskMemory,
            List<Violation> violations) {
        if (taskCpu != null) {
            List<ContainerDefinition> withCpu = definitions.stream().filter(d -> d.cpu != null && d.cpu > 0).toList();
            long sum = withCpu.stream().mapToLong(d -> d.cpu).sum();
            if (sum > taskCpu) {
                violations.add(new Violation("spec.cpu", "the containers' cpu adds up to " + sum + " CPU units ("
                        + withCpu.stream().map(d -> d.name + " " + d.cpu).collect(Collectors.joining(", "))
                        + "), more than the task's cpu " + taskCpu + ": raise spec.cpu or lower "
                        + "spec.containerDefinitions[].cpu"));
            }
        }
        if (taskMemory != null) {
            List<ContainerDefinition> reserving = definitions.stream().filter(d -> reserved(d) != null).toList();
            long sum = reserving.stream().mapToLong(ResourcesStep::reserved).sum();
            if (sum > taskMemory) {
                violations.add(new Violation("spec.memory", "the containers reserve " + sum + " MiB ("
                        + reserving.stream().map(d -> d.name + " " + reserved(d)).collect(Collectors.joining(", "))
                        + "; memoryReservation, else memory), more than the task's memory " + taskMemory
                        + " MiB: raise spec.memory or lower spec.containerDefinitions[].memoryReservation/memory"));
            }
        }
    }

    /** The GPU count of a container (0 without GPU); other requirement types are reported. */
    private static int gpus(PodDraft draft, ContainerDefinition definition, boolean serverless,
            List<Violation> violations) {
        int count = 0;
        List<ResourceRequirement> requirements = Specs.list(definition.resourceRequirements);
        for (int i = 0; i < requirements.size(); i++) {
            ResourceRequirement requirement = requirements.get(i);
            String field = PodDraft.path(definition) + ".resourceRequirements[" + i + "]";
            if (requirement == null || requirement.type == null) {
                draft.unsupported(field, "has no type (GPU, InferenceAccelerator or NeuronDevice): ignored");
                continue;
            }
            switch (requirement.type) {
                case GPU -> {
                    if (serverless) {
                        violations.add(new Violation(field, "GPU: serverless (Fargate) capacity has no GPUs: remove the "
                                + "GPU requirement or run the task on a capacity provider with GPU nodes"));
                        continue;
                    }
                    Integer gpus = wholeNumber(requirement.value);
                    if (gpus == null) {
                        violations.add(new Violation(field + ".value", "\"" + requirement.value + "\" is not a number "
                                + "of GPUs: write a whole number such as \"1\""));
                        continue;
                    }
                    count += gpus;
                }
                case InferenceAccelerator -> draft.unsupported(field, "InferenceAccelerator: Elastic Inference has no "
                        + "Kubernetes equivalent; the container runs without an accelerator");
                case NeuronDevice -> draft.unsupported(field, "NeuronDevice: Ferry requests no AWS Neuron devices "
                        + "(only GPU → nvidia.com/gpu); the container runs without one");
            }
        }
        return count;
    }

    private static Integer ephemeralStorage(TaskDefinitionSpec spec, boolean serverless, List<Violation> violations) {
        if (spec.ephemeralStorage == null || spec.ephemeralStorage.sizeInGiB == null) {
            return null;
        }
        int size = spec.ephemeralStorage.sizeInGiB;
        if (size < 1) {
            violations.add(new Violation("spec.ephemeralStorage.sizeInGiB", size + " is not a size: write the GiB "
                    + "the task needs (Fargate: 21-200) or leave ephemeralStorage out"));
            return null;
        }
        if (serverless && size > FARGATE_EPHEMERAL_MAX_GIB) {
            violations.add(new Violation("spec.ephemeralStorage.sizeInGiB", size + " GiB is more than Fargate's "
                    + FARGATE_EPHEMERAL_MAX_GIB + " GiB: write 21-200"));
            return null;
        }
        return size;
    }

    // ---- allocation ----

    /** Each container's cpu in millicores: its own, plus its share of the task cpu the others leave. */
    static long[] cpuMillicores(List<ContainerDefinition> definitions, Integer taskCpu, boolean serverless) {
        int n = definitions.size();
        long[] amount = new long[n];
        List<Integer> flexible = new ArrayList<>();
        long own = 0;
        for (int i = 0; i < n; i++) {
            Integer units = definitions.get(i).cpu;
            amount[i] = units == null ? 0 : ResourceUnits.millicores(units);
            own += amount[i];
            if (amount[i] == 0) {
                flexible.add(i);
            }
        }
        if (taskCpu == null) {
            return amount;
        }
        if (flexible.isEmpty() && serverless) {
            // cpu units are a weight on Fargate too: what the containers' own values leave is theirs to use.
            for (int i = 0; i < n; i++) {
                flexible.add(i);
            }
        }
        share(amount, flexible, ResourceUnits.millicores(taskCpu) - own);
        return amount;
    }

    /** Serverless: requests = limits; a hard memory is exact, every other container gets its reservation plus a share. */
    private static void serverlessMemory(PodDraft draft, List<ContainerDefinition> definitions, int taskMemory) {
        int n = definitions.size();
        long[] amount = new long[n];
        List<Integer> flexible = new ArrayList<>();
        long used = 0;
        for (int i = 0; i < n; i++) {
            ContainerDefinition d = definitions.get(i);
            if (d.memory != null) {
                amount[i] = d.memory;
            } else {
                amount[i] = d.memoryReservation == null ? 0 : d.memoryReservation;
                flexible.add(i);
            }
            used += amount[i];
        }
        share(amount, flexible, taskMemory - used);
        for (int i = 0; i < n; i++) {
            ContainerDefinition d = definitions.get(i);
            if (amount[i] > 0) {
                ResourceRequirements resources = resources(draft.container(d));
                resources.getRequests().put(MEMORY, memory(amount[i]));
                resources.getLimits().put(MEMORY, memory(amount[i]));
            } else {
                draft.unsupported(PodDraft.path(d) + ".memory", "the other containers take the whole task memory ("
                        + taskMemory + " MiB): this container gets no memory request or limit");
            }
        }
    }

    /**
     * EC2-style capacity: requests = memoryReservation, else memory, else a share of the task memory the others leave;
     * limits = memory, else the task memory.
     */
    private static void memory(PodDraft draft, List<ContainerDefinition> definitions, Integer taskMemory) {
        int n = definitions.size();
        long[] request = new long[n];
        List<Integer> flexible = new ArrayList<>();
        long reserved = 0;
        for (int i = 0; i < n; i++) {
            Integer own = reserved(definitions.get(i));
            request[i] = own == null ? 0 : own;
            reserved += request[i];
            if (own == null) {
                flexible.add(i);
            }
        }
        if (taskMemory != null) {
            share(request, flexible, taskMemory - reserved);
        }
        long limits = 0;
        for (int i = 0; i < n; i++) {
            ContainerDefinition d = definitions.get(i);
            ResourceRequirements resources = resources(draft.container(d));
            if (request[i] > 0) {
                resources.getRequests().put(MEMORY, memory(request[i]));
            }
            Integer limit = d.memory != null ? d.memory : taskMemory;
            if (limit != null) {
                resources.getLimits().put(MEMORY, memory(limit));
                limits += limit;
                // Without a request the API server copies the limit into it; this container reserves nothing.
                resources.getRequests().putIfAbsent(MEMORY, new Quantity("0"));
            }
        }
        if (taskMemory != null && limits > taskMemory) {
            draft.unsupported("spec.memory", "Kubernetes has no task-wide memory limit on this capacity: each "
                    + "container is limited on its own (to its memory, or to the task memory when it sets none), so "
                    + "together the containers can use up to " + limits
                    + " MiB where ECS holds the task to " + taskMemory + " MiB");
        }
    }

    /** Adds {@code total} to the {@code among} entries of {@code amount}, evenly; the first take one more until the remainder is gone. */
    static void share(long[] amount, List<Integer> among, long total) {
        if (among.isEmpty() || total <= 0) {
            return;
        }
        long each = total / among.size();
        long remainder = total % among.size();
        for (int k = 0; k < among.size(); k++) {
            amount[among.get(k)] += each + (k < remainder ? 1 : 0);
        }
    }

    // ---- helpers ----

    /** What a container reserves in ECS: memoryReservation, else memory; null when it sets neither. */
    private static Integer reserved(ContainerDefinition definition) {
        return definition.memoryReservation != null ? definition.memoryReservation : definition.memory;
    }

    private static ResourceRequirements resources(Container container) {
        if (container.getResources() == null) {
            container.setResources(new ResourceRequirements());
        }
        ResourceRequirements resources = container.getResources();
        if (resources.getRequests() == null) {
            resources.setRequests(new LinkedHashMap<>());
        }
        if (resources.getLimits() == null) {
            resources.setLimits(new LinkedHashMap<>());
        }
        return resources;
    }

    private static Quantity memory(long mib) {
        return new Quantity(ResourceUnits.memoryQuantity(mib));
    }

    private static Integer wholeNumber(String value) {
        if (value == null || !value.strip().matches("\\d{1,4}")) {
            return null;
        }
        return Integer.valueOf(value.strip());
    }

    private static <T> T value(Result<T> result, List<Violation> violations) {
        violations.addAll(result.violations());
        return result.value();
    }
}
