package dev.ferry.api.v1alpha1.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** ECS {@code AwsVpcConfiguration}. Kubernetes has no subnets or security groups per pod: reported. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class AwsVpcConfiguration {
    @JsonPropertyDescription("VPC subnet IDs. No Kubernetes equivalent (pods use the cluster network): reported in status.")
    public List<String> subnets;

    @JsonPropertyDescription("Security group IDs. No direct Kubernetes equivalent (NetworkPolicy is a different model): reported in status.")
    public List<String> securityGroups;

    @JsonPropertyDescription("ENABLED or DISABLED. Pods get no public IP on Kubernetes: ENABLED is reported.")
    public AssignPublicIp assignPublicIp;

    public enum AssignPublicIp {
        ENABLED, DISABLED
    }
}
