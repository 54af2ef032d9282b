package dev.ferry.api.v1alpha1.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Size;

/** ECS {@code ServiceRegistry}: a Cloud Map service the tasks register with. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class ServiceRegistry {
    @Size(max = 1600)
    @JsonPropertyDescription("ARN of the Cloud Map service (arn:aws:servicediscovery:<region>:<account>:service/<id>). Ferry creates a headless Kubernetes Service named after this ECS service instead; the ARN is kept as an annotation.")
    public String registryArn;

    @Min(0)
    @Max(65535)
    @JsonPropertyDescription("Port for SRV records when the task uses awsvpc networking → the headless Service's port.")
    public Integer port;

    @Size(max = 255)
    @JsonPropertyDescription("Container whose port is used for SRV records (bridge/host networking).")
    public String containerName;

    @Min(0)
    @Max(65535)
    @JsonPropertyDescription("Container port used for SRV records (bridge/host networking) → the headless Service's targetPort.")
    public Integer containerPort;
}
