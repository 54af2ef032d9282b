package dev.ferry.translate.pod;

import dev.ferry.translate.Labels;
import dev.ferry.translate.Result;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import java.util.Map;
import java.util.Set;

/**
 * Translates taskRoleArn, executionRoleArn. See docs/mapping/environment.md.
 *
 * <ul>
 *   <li>{@code taskRoleArn} → {@code serviceAccountName} ({@link TaskRoles}) and a ServiceAccount companion annotated
 *       {@code eks.amazonaws.com/role-arn} for EKS IAM roles for service accounts. Without a task role the pod runs
 *       as the namespace's default ServiceAccount.</li>
 *   <li>{@code automountServiceAccountToken: false} always: ECS containers hold no Kubernetes API credentials, and
 *       IRSA / EKS Pod Identity mount their own projected token, so they do not need the API token mounted.</li>
 *   <li>{@code executionRoleArn} → reported: the agent's role has no pod-level equivalent.</li>
 * </ul>
 */
final class IdentityStep implements PodStep {
    /** The annotation EKS's pod identity webhook reads to give a ServiceAccount's pods an IAM role (IRSA). */
    static final String ROLE_ARN_ANNOTATION = "eks.amazonaws.com/role-arn";
    static final String EXECUTION_ROLE_REASON = "ECS's agent uses the execution role to pull images, fetch secrets "
            + "and write logs; Kubernetes has no such role: images are pulled with imagePullSecrets "
            + "(repositoryCredentials) or the nodes' credentials, secrets come from Kubernetes Secrets, logs go to "
            + "stdout/stderr";

    @Override
    public void apply(TaskInputs in, PodDraft draft) {
        draft.pod().setAutomountServiceAccountToken(false);
        String executionRole = in.spec().executionRoleArn;
        if (executionRole != null && !executionRole.isBlank()) {
            draft.unsupported("spec.executionRoleArn", EXECUTION_ROLE_REASON);
        }
        String taskRole = in.spec().taskRoleArn;
        if (taskRole == null || taskRole.isBlank()) {
            return; // ECS: no role, no AWS credentials; Kubernetes: the namespace's default ServiceAccount
        }
        Result<TaskRoles.TaskRole> result = TaskRoles.role("spec.taskRoleArn", taskRole, in.scope());
        if (!result.isValid()) {
            result.violations().forEach(draft::violation);
            return;
        }
        TaskRoles.TaskRole role = result.value();
        draft.pod().setServiceAccountName(role.serviceAccountName());
        ServiceAccount account = new ServiceAccountBuilder()
                .withNewMetadata()
                .withName(role.serviceAccountName())
                .withLabels(Map.of(Labels.MANAGED_BY, Labels.MANAGED_BY_VALUE))
                .withAnnotations(Map.of(ROLE_ARN_ANNOTATION, role.arn()))
                .endMetadata()
                .build();
        draft.companion(account);
    }

    @Override
    public Set<String> fields() {
        return Set.of("taskRoleArn", "executionRoleArn");
    }
}
