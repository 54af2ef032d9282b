package dev.ferry.api.v1alpha1.taskdefinition;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Size;
import java.util.List;

/** ECS {@code KernelCapabilities}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class KernelCapabilities {
    @Size(max = 64)
    @JsonPropertyDescription("Capabilities added, e.g. SYS_ADMIN, NET_ADMIN (Docker names, without CAP_) → securityContext.capabilities.add.")
    public List<String> add;

    @Size(max = 64)
    @JsonPropertyDescription("Capabilities dropped, e.g. MKNOD, or ALL → securityContext.capabilities.drop.")
    public List<String> drop;
}
