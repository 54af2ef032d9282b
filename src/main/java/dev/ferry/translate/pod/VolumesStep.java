package dev.ferry.translate.pod;

import dev.ferry.api.v1alpha1.taskdefinition.ContainerDefinition;
import dev.ferry.api.v1alpha1.taskdefinition.DockerVolumeConfiguration;
import dev.ferry.api.v1alpha1.taskdefinition.EFSAuthorizationConfig;
import dev.ferry.api.v1alpha1.taskdefinition.EFSVolumeConfiguration;
import dev.ferry.api.v1alpha1.taskdefinition.LinuxParameters;
import dev.ferry.api.v1alpha1.taskdefinition.MountPoint;
import dev.ferry.api.v1alpha1.taskdefinition.Tmpfs;
import dev.ferry.api.v1alpha1.taskdefinition.Volume;
import dev.ferry.api.v1alpha1.taskdefinition.VolumeFrom;
import dev.ferry.translate.Names;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Translates volumes, mountPoints, volumesFrom, linuxParameters.tmpfs, linuxParameters.sharedMemorySize.
 *
 * <p>Task volumes become pod volumes named {@link Names#dns1123Label} of the ECS name; every declared volume is part
 * of the pod, mounted or not (as ECS provisions them all). The rules, per volume kind, are in
 * {@code docs/mapping/pod-runtime.md}.
 */
final class VolumesStep implements PodStep {
    /** The CSI driver of Amazon EFS. */
    static final String EFS_CSI_DRIVER = "efs.csi.aws.com";
    /** Storage Ferry requests for claims it creates: ECS volumes have no size (EFS ignores it, block storage honours it). */
    static final String CLAIM_SIZE = "1Gi";
    /** Prefix of the claim of a shared-scope Docker volume. */
    static final String DOCKER_CLAIM_PREFIX = "ecs-vol";
    /** Prefix of the claim and volume of an EFS volume. */
    static final String EFS_PREFIX = "ecs-efs";
    /** Room for the readable part of generated names. */
    private static final int READABLE = 40;

    @Override
    public void apply(TaskInputs in, PodDraft draft) {
        Map<String, String> podVolumes = taskVolumes(in, draft);
        List<ContainerDefinition> definitions = Specs.containers(in.spec());
        Map<String, ContainerDefinition> byName = new LinkedHashMap<>();
        definitions.forEach(d -> byName.put(d.name, d));

        Map<String, List<VolumeMount>> own = new LinkedHashMap<>();
        for (ContainerDefinition definition : definitions) {
            own.put(definition.name, mountPoints(definition, podVolumes, draft));
        }
        Map<String, List<VolumeMount>> resolved = new HashMap<>();
        for (ContainerDefinition definition : definitions) {
            List<VolumeMount> mounts = new ArrayList<>(resolve(definition.name, byName, own, resolved,
                    new LinkedHashSet<>(), draft));
            mounts.addAll(memoryMounts(in, definition, draft));
            List<VolumeMount> target = draft.container(definition).getVolumeMounts();
            Set<String> paths = new HashSet<>();
            target.forEach(m -> paths.add(m.getMountPath()));
            for (VolumeMount mount : mounts) {
                if (!paths.add(mount.getMountPath())) {
                    draft.violation(PodDraft.path(definition),
                            "two mounts at containerPath " + mount.getMountPath()
                                    + " (mountPoints, volumesFrom, linuxParameters.tmpfs and sharedMemorySize together):"
                                    + " mount one volume per path");
                    continue;
                }
                target.add(mount);
            }
        }
    }

    @Override
    public Set<String> fields() {
        return Set.of("volumes",
                "containerDefinitions[].mountPoints",
                "containerDefinitions[].volumesFrom",
                "containerDefinitions[].linuxParameters.tmpfs",
                "containerDefinitions[].linuxParameters.sharedMemorySize");
    }

    /** The pod volumes of spec.volumes; returns ECS volume name → pod volume name. */
    private static Map<String, String> taskVolumes(TaskInputs in, PodDraft draft) {
        Map<String, String> names = new LinkedHashMap<>();
        List<Volume> volumes = Specs.list(in.spec().volumes);
        for (int i = 0; i < volumes.size(); i++) {
            Volume volume = volumes.get(i);
            String path = "spec.volumes[" + (volume.name == null ? Integer.toString(i) : volume.name) + "]";
            if (volume.name == null || volume.name.isBlank()) {
                draft.violation(path + ".name", "a volume needs a name (mountPoints[].sourceVolume refers to it)");
                continue;
            }
            if (names.containsKey(volume.name)) {
                draft.violation(path + ".name", "volume names must be unique: " + volume.name + " is declared twice");
                continue;
            }
            String podName = Names.dns1123Label(volume.name);
            names.put(volume.name, podName);
            io.fabric8.kubernetes.api.model.Volume podVolume = podVolume(in, volume, podName, path, draft);
            if (podVolume != null) {
                draft.pod().getVolumes().add(podVolume);
            }
        }
        return names;
    }

    private static io.fabric8.kubernetes.api.model.Volume podVolume(TaskInputs in, Volume volume, String podName,
            String path, PodDraft draft) {
        int configurations = (volume.host != null ? 1 : 0) + (volume.dockerVolumeConfiguration != null ? 1 : 0)
                + (volume.efsVolumeConfiguration != null ? 1 : 0)
                + (volume.fsxWindowsFileServerVolumeConfiguration != null ? 1 : 0)
                + (Specs.isTrue(volume.configuredAtLaunch) ? 1 : 0);
        if (configurations > 1) {
            draft.violation(path, "a volume takes at most one of host, dockerVolumeConfiguration, efsVolumeConfiguration,"
                    + " fsxWindowsFileServerVolumeConfiguration and configuredAtLaunch");
            return null;
        }
        if (volume.host != null && volume.host.sourcePath != null && !volume.host.sourcePath.isEmpty()) {
            return hostPath(in, volume.host.sourcePath, podName, path + ".host.sourcePath", draft);
        }
        if (volume.dockerVolumeConfiguration != null) {
            return dockerVolume(in, volume, podName, path + ".dockerVolumeConfiguration", draft);
        }
        if (volume.efsVolumeConfiguration != null) {
            return efsVolume(in, volume, podName, path + ".efsVolumeConfiguration", draft);
        }
        if (volume.fsxWindowsFileServerVolumeConfiguration != null) {
            draft.unsupported(path + ".fsxWindowsFileServerVolumeConfiguration",
                    "FSx for Windows File Server volumes are not mounted (an SMB CSI driver would be needed);"
                            + " the containers get an empty scratch directory (emptyDir) at its mount points instead");
            return emptyDir(podName);
        }
        if (Specs.isTrue(volume.configuredAtLaunch)) {
            draft.unsupported(path + ".configuredAtLaunch",
                    "the volume a Service or RunTask configures at launch (managed EBS) is not provisioned yet;"
                            + " the containers get an empty scratch directory (emptyDir) instead");
            return emptyDir(podName);
        }
        return emptyDir(podName);
    }

    private static io.fabric8.kubernetes.api.model.Volume hostPath(TaskInputs in, String sourcePath, String podName,
            String path, PodDraft draft) {
        if (in.capacity().serverless()) {
            draft.violation(path, "FARGATE capacity has no host paths: remove sourcePath (a task-scoped scratch volume),"
                    + " use efsVolumeConfiguration, or run the task on EC2 capacity");
            return null;
        }
        if (!in.policy().hostPathVolumes()) {
            draft.violation(path, "host paths are not allowed on this Cluster: set spec.ferry.hostPathVolumes: Allow"
                    + " on the Cluster, or remove sourcePath for a task-scoped scratch volume");
            return null;
        }
        // No hostPath type: like Docker's bind mount, an existing file, socket or directory is mounted as it is.
        return new VolumeBuilder().withName(podName).withNewHostPath().withPath(sourcePath).endHostPath().build();
    }

    private static io.fabric8.kubernetes.api.model.Volume dockerVolume(TaskInputs in, Volume volume, String podName,
            String path, PodDraft draft) {
        DockerVolumeConfiguration docker = volume.dockerVolumeConfiguration;
        if (in.capacity().serverless()) {
            draft.violation(path, "FARGATE capacity has no Docker volumes: remove dockerVolumeConfiguration"
                    + " (a task-scoped scratch volume) or use efsVolumeConfiguration");
            return null;
        }
        boolean shared = docker.scope == DockerVolumeConfiguration.Scope.SHARED;
        boolean customDriver = docker.driver != null && !docker.driver.isEmpty() && !"local".equals(docker.driver);
        if (customDriver || !Specs.map(docker.driverOpts).isEmpty()) {
            draft.unsupported(path + (customDriver ? ".driver" : ".driverOpts"), shared
                    ? "Docker volume drivers and their options have no Kubernetes equivalent: the claim Ferry"
                            + " names uses the cluster's default StorageClass"
                    : "Docker volume drivers and their options have no Kubernetes equivalent: the volume is an"
                            + " empty scratch directory (emptyDir) that lives as long as the pod");
        }
        if (!Specs.map(docker.labels).isEmpty()) {
            draft.unsupported(path + ".labels", "Docker volume labels are not kept");
        }
        if (!shared) {
            return emptyDir(podName);
        }
        String claim = Names.withHash(DOCKER_CLAIM_PREFIX, in.family() + "-" + volume.name, READABLE,
                in.family(), volume.name);
        if (Specs.isTrue(docker.autoprovision)) {
            PersistentVolumeClaim pvc = new PersistentVolumeClaimBuilder()
                    .withNewMetadata().withName(claim).withLabels(TaskLevelStep.familyLabels(in)).endMetadata()
                    .withNewSpec()
                    .withAccessModes("ReadWriteMany")
                    .withVolumeMode("Filesystem")
                    .withNewResources().addToRequests("storage", new Quantity(CLAIM_SIZE)).endResources()
                    .endSpec()
                    .build();
            draft.companion(pvc);
        }
        return new VolumeBuilder().withName(podName)
                .withNewPersistentVolumeClaim().withClaimName(claim).endPersistentVolumeClaim().build();
    }

    private static io.fabric8.kubernetes.api.model.Volume efsVolume(TaskInputs in, Volume volume, String podName,
            String path, PodDraft draft) {
        EFSVolumeConfiguration efs = volume.efsVolumeConfiguration;
        if (efs.fileSystemId == null || efs.fileSystemId.isBlank()) {
            draft.violation(path + ".fileSystemId", "fileSystemId is required (fs-0123456789abcdef0)");
            return null;
        }
        EFSAuthorizationConfig auth = efs.authorizationConfig;
        String accessPoint = auth == null || auth.accessPointId == null || auth.accessPointId.isBlank()
                ? null : auth.accessPointId;
        String root = efs.rootDirectory == null || efs.rootDirectory.isEmpty() || "/".equals(efs.rootDirectory)
                ? null : efs.rootDirectory;
        if (accessPoint != null && root != null) {
            draft.violation(path + ".rootDirectory", "with an access point rootDirectory must be omitted or /:"
                    + " the access point sets the directory");
            return null;
        }
        String handle = efs.fileSystemId
                + (root != null || accessPoint != null ? ":" + (root == null ? "" : root) : "")
                + (accessPoint != null ? ":" + accessPoint : "");
        List<String> mountOptions = new ArrayList<>();
        boolean tls = efs.transitEncryption == EFSVolumeConfiguration.TransitEncryption.ENABLED;
        if (tls) {
            mountOptions.add("tls");
            if (efs.transitEncryptionPort != null) {
                mountOptions.add("tlsport=" + efs.transitEncryptionPort);
            }
        } else if (efs.transitEncryptionPort != null) {
            draft.unsupported(path + ".transitEncryptionPort", "used only with transitEncryption ENABLED");
        }
        if (auth != null && auth.iam == EFSAuthorizationConfig.Iam.ENABLED) {
            mountOptions.add("iam");
            draft.unsupported(path + ".authorizationConfig.iam", "the EFS CSI driver mounts with the IAM identity of"
                    + " its node plugin, not the task role: grant that identity access to the file system");
        }
        String name = Names.withHash(EFS_PREFIX, in.family() + "-" + volume.name, READABLE,
                in.family(), volume.name, handle, String.join(",", mountOptions));
        PersistentVolume pv = new PersistentVolumeBuilder()
                .withNewMetadata().withName(name).withLabels(TaskLevelStep.familyLabels(in)).endMetadata()
                .withNewSpec()
                .addToCapacity("storage", new Quantity(CLAIM_SIZE))
                .withAccessModes("ReadWriteMany")
                .withVolumeMode("Filesystem")
                .withPersistentVolumeReclaimPolicy("Retain")
                .withStorageClassName("")
                .withMountOptions(mountOptions.isEmpty() ? null : mountOptions)
                .withNewCsi().withDriver(EFS_CSI_DRIVER).withVolumeHandle(handle).endCsi()
                .endSpec()
                .build();
        PersistentVolumeClaim pvc = new PersistentVolumeClaimBuilder()
                .withNewMetadata().withName(name).withLabels(TaskLevelStep.familyLabels(in)).endMetadata()
                .withNewSpec()
                .withAccessModes("ReadWriteMany")
                .withVolumeMode("Filesystem")
                .withStorageClassName("")
                .withVolumeName(name)
                .withNewResources().addToRequests("storage", new Quantity(CLAIM_SIZE)).endResources()
                .endSpec()
                .build();
        draft.companion(pv);
        draft.companion(pvc);
        return new VolumeBuilder().withName(podName)
                .withNewPersistentVolumeClaim().withClaimName(name).endPersistentVolumeClaim().build();
    }

    private static List<VolumeMount> mountPoints(ContainerDefinition definition, Map<String, String> podVolumes,
            PodDraft draft) {
        List<VolumeMount> mounts = new ArrayList<>();
        List<MountPoint> points = Specs.list(definition.mountPoints);
        for (int i = 0; i < points.size(); i++) {
            MountPoint point = points.get(i);
            String path = PodDraft.path(definition) + ".mountPoints[" + i + "]";
            String podVolume = point.sourceVolume == null ? null : podVolumes.get(point.sourceVolume);
            if (podVolume == null) {
                draft.violation(path + ".sourceVolume", "sourceVolume " + point.sourceVolume
                        + " names no volume of spec.volumes" + (podVolumes.isEmpty() ? " (there are none)"
                                : " (" + String.join(", ", podVolumes.keySet()) + ")"));
                continue;
            }
            if (point.containerPath == null || point.containerPath.isEmpty()) {
                draft.violation(path + ".containerPath", "containerPath is required");
                continue;
            }
            mounts.add(mount(podVolume, point.containerPath, Specs.isTrue(point.readOnly)));
        }
        return mounts;
    }

    /** The container's own mounts followed by those of its volumesFrom sources (transitively), first one per path wins. */
    private static List<VolumeMount> resolve(String name, Map<String, ContainerDefinition> byName,
            Map<String, List<VolumeMount>> own, Map<String, List<VolumeMount>> resolved, Set<String> visiting,
            PodDraft draft) {
        List<VolumeMount> done = resolved.get(name);
        if (done != null) {
            return done;
        }
        ContainerDefinition definition = byName.get(name);
        visiting.add(name);
        List<VolumeMount> mounts = new ArrayList<>(own.get(name));
        List<VolumeFrom> sources = Specs.list(definition.volumesFrom);
        for (int i = 0; i < sources.size(); i++) {
            VolumeFrom from = sources.get(i);
            String path = PodDraft.path(definition) + ".volumesFrom[" + i + "].sourceContainer";
            if (from.sourceContainer == null || !byName.containsKey(from.sourceContainer)) {
                draft.violation(path, "sourceContainer " + from.sourceContainer + " names no container of this task");
                continue;
            }
            if (visiting.contains(from.sourceContainer)) {
                draft.violation(path, "volumesFrom forms a cycle through " + String.join(" → ", visiting)
                        + " → " + from.sourceContainer);
                continue;
            }
            List<VolumeMount> source = resolve(from.sourceContainer, byName, own, resolved, visiting, draft);
            if (source.isEmpty()) {
                draft.unsupported(PodDraft.path(definition) + ".volumesFrom[" + i + "]", "container "
                        + from.sourceContainer + " mounts no task volume, so there is nothing to share: volumes its"
                        + " image declares (Dockerfile VOLUME) are not shared between containers in Kubernetes");
            }
            for (VolumeMount mount : source) {
                boolean readOnly = Specs.isTrue(from.readOnly) || Specs.isTrue(mount.getReadOnly());
                VolumeMount copy = mount(mount.getName(), mount.getMountPath(), readOnly);
                if (mounts.stream().noneMatch(m -> Objects.equals(m.getMountPath(), copy.getMountPath())
                        && Objects.equals(m.getName(), copy.getName()))) {
                    mounts.add(copy);
                }
            }
        }
        visiting.remove(name);
        List<VolumeMount> result = List.copyOf(mounts);
        resolved.put(name, result);
        return result;
    }

    /** linuxParameters.tmpfs and sharedMemorySize: memory-backed emptyDir volumes private to the container. */
    private static List<VolumeMount> memoryMounts(TaskInputs in, ContainerDefinition definition, PodDraft draft) {
        LinuxParameters linux = definition.linuxParameters;
        if (linux == null) {
            return List.of();
        }
        String base = PodDraft.path(definition) + ".linuxParameters";
        String container = PodDraft.containerName(definition.name);
        List<VolumeMount> mounts = new ArrayList<>();
        List<Tmpfs> tmpfs = Specs.list(linux.tmpfs);
        if (!tmpfs.isEmpty() && in.capacity().serverless()) {
            draft.violation(base + ".tmpfs", "FARGATE capacity does not support tmpfs mounts: remove linuxParameters.tmpfs"
                    + " (a task volume without host gives a scratch directory) or run on EC2 capacity");
        } else {
            for (int i = 0; i < tmpfs.size(); i++) {
                Tmpfs t = tmpfs.get(i);
                String path = base + ".tmpfs[" + i + "]";
                if (t.containerPath == null || t.containerPath.isEmpty()) {
                    draft.violation(path + ".containerPath", "containerPath is required");
                    continue;
                }
                if (!Specs.list(t.mountOptions).isEmpty()) {
                    draft.unsupported(path + ".mountOptions", "Kubernetes mounts memory-backed emptyDir volumes with"
                            + " the runtime's options; " + String.join(",", t.mountOptions) + " are not applied");
                }
                String volume = Names.withHash("tmpfs", container, 30, definition.name, t.containerPath);
                draft.pod().getVolumes().add(memoryVolume(volume, t.size));
                mounts.add(mount(volume, t.containerPath, false));
            }
        }
        if (linux.sharedMemorySize != null && linux.sharedMemorySize > 0) {
            if (in.capacity().serverless()) {
                draft.violation(base + ".sharedMemorySize", "FARGATE capacity does not support sharedMemorySize:"
                        + " remove it or run on EC2 capacity");
            } else {
                String volume = Names.withHash("shm", container, 30, definition.name);
                draft.pod().getVolumes().add(memoryVolume(volume, linux.sharedMemorySize));
                mounts.add(mount(volume, "/dev/shm", false));
            }
        }
        return mounts;
    }

    private static io.fabric8.kubernetes.api.model.Volume memoryVolume(String name, Integer sizeMiB) {
        return new VolumeBuilder().withName(name).withNewEmptyDir().withMedium("Memory")
                .withSizeLimit(sizeMiB == null ? null : new Quantity(sizeMiB + "Mi")).endEmptyDir().build();
    }

    private static io.fabric8.kubernetes.api.model.Volume emptyDir(String name) {
        return new VolumeBuilder().withName(name).withNewEmptyDir().endEmptyDir().build();
    }

    private static VolumeMount mount(String volume, String path, boolean readOnly) {
        return new VolumeMountBuilder().withName(volume).withMountPath(path).withReadOnly(readOnly ? true : null).build();
    }
}
