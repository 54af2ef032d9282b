package dev.ferry.api.v1alpha1.cluster;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Categories;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Version;

/**
 * An ECS cluster: owns no workload itself, but decides for the Services, Tasks and ScheduledTasks
 * that name it where their pods run (capacity providers → scheduling), which pod features are
 * allowed, and how ARNs look. {@code spec} is the CreateCluster input plus {@code ferry} settings.
 */
@Group("ecs.ferry.dev")
@Version("v1alpha1")
@ShortNames({"ecscluster", "ecl"})
@Categories({"ecs", "ferry"})
@AdditionalPrinterColumn(name = "STATUS", jsonPath = ".status.status", type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(name = "SERVICES", jsonPath = ".status.activeServicesCount", type = AdditionalPrinterColumn.Type.INTEGER)
@AdditionalPrinterColumn(name = "RUNNING", jsonPath = ".status.runningTasksCount", type = AdditionalPrinterColumn.Type.INTEGER)
@AdditionalPrinterColumn(name = "PENDING", jsonPath = ".status.pendingTasksCount", type = AdditionalPrinterColumn.Type.INTEGER)
@AdditionalPrinterColumn(name = "INSTANCES", jsonPath = ".status.registeredContainerInstancesCount", type = AdditionalPrinterColumn.Type.INTEGER)
@AdditionalPrinterColumn(name = "AGE", jsonPath = ".metadata.creationTimestamp", type = AdditionalPrinterColumn.Type.DATE)
public class Cluster extends CustomResource<ClusterSpec, ClusterStatus> implements Namespaced {
    @Override
    @JsonPropertyDescription("The ECS CreateCluster input (AWS field names and types) plus the Ferry extension ferry.")
    public ClusterSpec getSpec() {
        return super.getSpec();
    }

    @Override
    @JsonPropertyDescription("ECS DescribeClusters fields of the cluster plus Kubernetes conditions.")
    public ClusterStatus getStatus() {
        return super.getStatus();
    }
}
