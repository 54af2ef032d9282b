package dev.ferry.api.v1alpha1.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;

/** ECS {@code VpcLatticeConfiguration}. No Kubernetes equivalent: accepted and reported. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class VpcLatticeConfiguration {
    @Required
    @Size(max = 1600)
    @JsonPropertyDescription("IAM role ECS uses to register tasks with the VPC Lattice target group.")
    public String roleArn;

    @Required
    @Size(max = 1600)
    @JsonPropertyDescription("ARN of the VPC Lattice target group.")
    public String targetGroupArn;

    @Required
    @Size(max = 64)
    @JsonPropertyDescription("Name of the task definition port mapping to register.")
    public String portName;
}
