package dev.ferry.api.v1alpha1.targetgroup;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Categories;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Version;

/**
 * An ELBv2 target group: a Kubernetes Service over the pods of the ECS Services whose
 * {@code loadBalancers[]} name it, with the health check as their readiness probe. {@code spec}
 * is the CreateTargetGroup input in ELBv2's own PascalCase, plus {@code Attributes}.
 */
@Group("ecs.ferry.dev")
@Version("v1alpha1")
@ShortNames({"tg", "ecstg"})
@Categories({"ecs", "ferry"})
@AdditionalPrinterColumn(name = "PROTOCOL", jsonPath = ".spec.Protocol", type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(name = "PORT", jsonPath = ".spec.Port", type = AdditionalPrinterColumn.Type.INTEGER)
@AdditionalPrinterColumn(name = "TARGETTYPE", jsonPath = ".spec.TargetType", type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(name = "HEALTHY", jsonPath = ".status.healthyCount", type = AdditionalPrinterColumn.Type.INTEGER)
@AdditionalPrinterColumn(name = "AGE", jsonPath = ".metadata.creationTimestamp", type = AdditionalPrinterColumn.Type.DATE)
public class TargetGroup extends CustomResource<TargetGroupSpec, TargetGroupStatus> implements Namespaced {
    @Override
    @JsonPropertyDescription("The ELBv2 CreateTargetGroup input in ELBv2's PascalCase, plus Attributes as in ModifyTargetGroupAttributes.")
    public TargetGroupSpec getSpec() {
        return super.getSpec();
    }

    @Override
    @JsonPropertyDescription("The target group ARN and the health of its targets (as in DescribeTargetHealth) plus Kubernetes conditions.")
    public TargetGroupStatus getStatus() {
        return super.getStatus();
    }
}
