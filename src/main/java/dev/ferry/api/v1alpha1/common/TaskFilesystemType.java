package dev.ferry.api.v1alpha1.common;

import com.fasterxml.jackson.annotation.JsonProperty;

/** ECS {@code TaskFilesystemType}: the filesystem of an EBS volume configured at launch. */
public enum TaskFilesystemType {
    @JsonProperty("ext3")
    EXT3,
    @JsonProperty("ext4")
    EXT4,
    @JsonProperty("xfs")
    XFS,
    @JsonProperty("ntfs")
    NTFS
}
