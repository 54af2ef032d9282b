package dev.ferry.api.v1alpha1.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Size;

/** ECS {@code LoadBalancer}: one target group (or Classic Load Balancer) the service's tasks register with. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class LoadBalancer {
    @Size(max = 1600)
    @JsonPropertyDescription("The target group: an ELB ARN (arn:aws:elasticloadbalancing:<region>:<account>:targetgroup/<Name>/<id>) or a plain name. Either way it refers to the TargetGroup in this namespace whose effective name (spec.Name, else spec.TargetGroupName, else metadata.name) equals <Name>; region, account and id are not compared.")
    public String targetGroupArn;

    @Size(max = 255)
    @JsonPropertyDescription("Name of a Classic Load Balancer (instead of targetGroupArn). Classic Load Balancers have no Ferry kind: accepted and reported.")
    public String loadBalancerName;

    @Size(max = 255)
    @JsonPropertyDescription("The container (as named in the task definition) that receives the traffic.")
    public String containerName;

    @Min(0)
    @Max(65535)
    @JsonPropertyDescription("The container port that receives the traffic; it must be a portMappings[].containerPort of containerName → the targetPort of the TargetGroup's Kubernetes Service.")
    public Integer containerPort;

    @JsonPropertyDescription("Blue/green settings: alternate target group, production and test listener rules, and the role ECS uses to shift traffic.")
    public AdvancedConfiguration advancedConfiguration;

    /** ECS {@code AdvancedConfiguration} (load balancer settings for blue/green, linear and canary deployments). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class AdvancedConfiguration {
        @Size(max = 1600)
        @JsonPropertyDescription("The alternate target group for blue/green deployments: an ELB ARN or a plain TargetGroup name, resolved like targetGroupArn. The new revision's pods are selected by it until traffic shifts.")
        public String alternateTargetGroupArn;

        @Size(max = 1600)
        @JsonPropertyDescription("ARN of the listener rule (ALB) or listener (NLB) that routes production traffic → the weighted route Ferry shifts.")
        public String productionListenerRule;

        @Size(max = 1600)
        @JsonPropertyDescription("ARN of the listener rule (ALB) or listener (NLB) that routes test traffic to the new revision before production traffic shifts.")
        public String testListenerRule;

        @Size(max = 1600)
        @JsonPropertyDescription("IAM role ECS uses to call the Elastic Load Balancing APIs. No Kubernetes meaning: accepted and reported.")
        public String roleArn;
    }
}
