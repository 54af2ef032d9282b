package dev.ferry.api.v1alpha1.service;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Categories;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Version;

/**
 * An ECS service: keeps {@code desiredCount} tasks of a task definition running (REPLICA, a
 * Deployment) or one task per node (DAEMON, a DaemonSet), optionally behind TargetGroups and
 * scaled by Application Auto Scaling policies (an HPA). {@code spec} is the CreateService input.
 */
@Group("ecs.ferry.dev")
@Version("v1alpha1")
@ShortNames({"ecssvc", "esvc"})
@Categories({"ecs", "ferry"})
@AdditionalPrinterColumn(name = "DESIRED", jsonPath = ".status.desiredCount", type = AdditionalPrinterColumn.Type.INTEGER)
@AdditionalPrinterColumn(name = "RUNNING", jsonPath = ".status.runningCount", type = AdditionalPrinterColumn.Type.INTEGER)
@AdditionalPrinterColumn(name = "PENDING", jsonPath = ".status.pendingCount", type = AdditionalPrinterColumn.Type.INTEGER)
@AdditionalPrinterColumn(name = "TASKDEF", jsonPath = ".status.taskDefinition", type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(name = "ROLLOUT", jsonPath = ".status.rolloutState", type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(name = "AGE", jsonPath = ".metadata.creationTimestamp", type = AdditionalPrinterColumn.Type.DATE)
public class Service extends CustomResource<ServiceSpec, ServiceStatus> implements Namespaced {
    @Override
    @JsonPropertyDescription("The ECS CreateService input (AWS field names and types) plus the Ferry extension autoScaling.")
    public ServiceSpec getSpec() {
        return super.getSpec();
    }

    @Override
    @JsonPropertyDescription("ECS DescribeServices fields of the service plus Kubernetes conditions.")
    public ServiceStatus getStatus() {
        return super.getStatus();
    }
}
