package dev.ferry.api.v1alpha1.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.ferry.api.v1alpha1.common.EbsTagSpecification;
import dev.ferry.api.v1alpha1.common.TaskFilesystemType;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import java.util.List;

/** ECS {@code ServiceVolumeConfiguration}: a configuredAtLaunch volume of the task definition. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class ServiceVolumeConfiguration {
    @Required
    @Size(max = 255)
    @JsonPropertyDescription("Name of a task definition volume with configuredAtLaunch: true.")
    public String name;

    @JsonPropertyDescription("The EBS volume ECS creates for each task → a generic ephemeral volume (volumeClaimTemplate) per pod.")
    public ServiceManagedEbsVolumeConfiguration managedEBSVolume;

    /** ECS {@code ServiceManagedEBSVolumeConfiguration}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class ServiceManagedEbsVolumeConfiguration {
        @JsonPropertyDescription("Encrypt the volume. Encryption is the StorageClass's concern on Kubernetes: reported when it cannot be honoured.")
        public Boolean encrypted;

        @Size(max = 1600)
        @JsonPropertyDescription("KMS key for EBS encryption (needs a StorageClass with that key): kept as an annotation.")
        public String kmsKeyId;

        @Size(max = 64)
        @JsonPropertyDescription("EBS volume type (gp2, gp3, io1, io2, st1, sc1, standard; default gp3) → the StorageClass chosen by Ferry's documented mapping.")
        public String volumeType;

        @Min(1)
        @JsonPropertyDescription("Size in GiB (required unless snapshotId is set; gp2/gp3 1-16384) → the claim's storage request.")
        public Integer sizeInGiB;

        @Size(max = 64)
        @JsonPropertyDescription("EBS snapshot to create the volume from → a VolumeSnapshot data source where one exists, else reported.")
        public String snapshotId;

        @Min(0)
        @JsonPropertyDescription("Rate in MiB/s at which snapshot blocks are fetched. No Kubernetes equivalent: reported.")
        public Integer volumeInitializationRate;

        @Min(0)
        @JsonPropertyDescription("Provisioned IOPS (gp3 3000-16000, io1 100-64000, io2 100-256000) → StorageClass parameter where supported.")
        public Integer iops;

        @Min(0)
        @JsonPropertyDescription("Provisioned throughput in MiB/s (gp3 only, up to 1000) → StorageClass parameter where supported.")
        public Integer throughput;

        @JsonPropertyDescription("Tags for the created volumes.")
        public List<EbsTagSpecification> tagSpecifications;

        @Required
        @Size(max = 1600)
        @JsonPropertyDescription("IAM role ECS uses to manage the volume (required by ECS). No Kubernetes meaning: accepted.")
        public String roleArn;

        @JsonPropertyDescription("Filesystem of the volume: ext3, ext4, xfs (default) or ntfs → the claim's csi.storage.k8s.io/fstype where the StorageClass allows it.")
        public TaskFilesystemType filesystemType;
    }
}
