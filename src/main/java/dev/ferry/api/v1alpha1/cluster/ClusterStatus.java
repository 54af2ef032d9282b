package dev.ferry.api.v1alpha1.cluster;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.ferry.api.v1alpha1.common.FerryStatus;
import java.util.List;

/** ECS DescribeClusters fields, aggregated over the objects that name this Cluster. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class ClusterStatus extends FerryStatus {
    public enum Status {
        ACTIVE,
        PROVISIONING,
        DEPROVISIONING,
        FAILED,
        INACTIVE
    }

    @JsonPropertyDescription("Synthetic ARN: arn:aws:ecs:<region>:<account>:cluster/<clusterName>.")
    public String clusterArn;

    @JsonPropertyDescription("The effective cluster name (spec.clusterName, else metadata.name).")
    public String clusterName;

    @JsonPropertyDescription("ACTIVE once the settings are valid; FAILED when they are not (see conditions); DEPROVISIONING while being deleted.")
    public Status status;

    @JsonPropertyDescription("Nodes any of the cluster's capacity providers select (ECS container instances).")
    public Integer registeredContainerInstancesCount;

    @JsonPropertyDescription("Tasks (pods of Services, Tasks and ScheduledTasks in this cluster) in the RUNNING state.")
    public Integer runningTasksCount;

    @JsonPropertyDescription("Tasks in the PENDING state.")
    public Integer pendingTasksCount;

    @JsonPropertyDescription("Services in this cluster with status ACTIVE.")
    public Integer activeServicesCount;

    @JsonPropertyDescription("Capacity providers associated with the cluster (spec.capacityProviders plus the built-in FARGATE and FARGATE_SPOT).")
    public List<String> capacityProviders;

    @JsonPropertyDescription("Cluster statistics as name/value pairs, e.g. CPUReservation and MemoryReservation (percent of the selected nodes' allocatable requested by the cluster's pods).")
    public List<ClusterStatistic> statistics;

    /** ECS {@code KeyValuePair} as used by DescribeClusters {@code statistics}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class ClusterStatistic {
        @JsonPropertyDescription("Statistic name, e.g. CPUReservation, MemoryReservation, runningEC2TasksCount.")
        public String name;

        @JsonPropertyDescription("Statistic value, a string as in ECS.")
        public String value;

        public ClusterStatistic() {
        }

        public ClusterStatistic(String name, String value) {
            this.name = name;
            this.value = value;
        }
    }
}
