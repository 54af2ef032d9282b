package dev.ferry.api.v1alpha1.taskdefinition;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** ECS {@code RuntimePlatform}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class RuntimePlatform {

    /** ECS {@code CPUArchitecture}. */
    public enum CpuArchitecture {
        X86_64, ARM64
    }

    /** ECS {@code OSFamily}. */
    public enum OperatingSystemFamily {
        LINUX,
        WINDOWS_SERVER_2016_FULL,
        WINDOWS_SERVER_2019_FULL,
        WINDOWS_SERVER_2019_CORE,
        WINDOWS_SERVER_2004_CORE,
        WINDOWS_SERVER_20H2_CORE,
        WINDOWS_SERVER_2022_FULL,
        WINDOWS_SERVER_2022_CORE,
        WINDOWS_SERVER_2025_FULL,
        WINDOWS_SERVER_2025_CORE
    }

    @JsonPropertyDescription("X86_64 or ARM64 → nodeSelector kubernetes.io/arch amd64 or arm64.")
    public CpuArchitecture cpuArchitecture;

    @JsonPropertyDescription("LINUX or a WINDOWS_SERVER_* family → nodeSelector kubernetes.io/os linux or windows "
            + "(and the Windows build where Ferry knows it).")
    public OperatingSystemFamily operatingSystemFamily;
}
