package dev.ferry.api.v1alpha1.taskdefinition;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.ferry.api.v1alpha1.common.FerryStatus;
import java.util.List;

/** ECS-style status of a task definition family. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class TaskDefinitionStatus extends FerryStatus {
    @JsonPropertyDescription("The family of the latest revision (spec.family).")
    public String family;

    @JsonPropertyDescription("The latest revision number; revisions count 1, 2, 3... and each is an immutable snapshot.")
    public Integer revision;

    @JsonPropertyDescription("Synthetic ARN of the latest revision: arn:aws:ecs:<region>:<account>:task-definition/<family>:<revision>.")
    public String taskDefinitionArn;

    @JsonPropertyDescription("ACTIVE once a revision is recorded.")
    public String status;

    @JsonPropertyDescription("Revision numbers still kept (the newest up to the retention limit, plus those a Service or Task still references).")
    public List<Integer> retainedRevisions;
}
