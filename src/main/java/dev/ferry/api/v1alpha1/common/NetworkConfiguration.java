package dev.ferry.api.v1alpha1.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** ECS {@code NetworkConfiguration}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class NetworkConfiguration {
    @JsonPropertyDescription("The awsvpc network settings of the tasks (subnets, security groups, public IP).")
    public AwsVpcConfiguration awsvpcConfiguration;
}
