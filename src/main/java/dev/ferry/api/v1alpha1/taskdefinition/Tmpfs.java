package dev.ferry.api.v1alpha1.taskdefinition;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import java.util.List;

/** ECS {@code Tmpfs}: a tmpfs mount. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class Tmpfs {
    @Required
    @JsonPropertyDescription("Absolute path in the container where the tmpfs is mounted.")
    public String containerPath;

    @Required
    @Min(1)
    @JsonPropertyDescription("Maximum size in MiB → the emptyDir's sizeLimit.")
    public Integer size;

    @Size(max = 50)
    @JsonPropertyDescription("tmpfs mount options, e.g. rw, noexec, nosuid, mode=1777. emptyDir has no mount options: reported.")
    public List<String> mountOptions;
}
