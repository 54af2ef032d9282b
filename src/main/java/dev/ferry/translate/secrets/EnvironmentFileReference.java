package dev.ferry.translate.secrets;

import java.util.Objects;

/**
 * The ConfigMap Ferry expects to hold the variables of one ECS environment file.
 *
 * @param partition     ARN partition of the S3 object
 * @param bucket        S3 bucket
 * @param key           S3 object key (ends in {@code .env})
 * @param configMapName name of the ConfigMap the container gets through {@code envFrom}
 */
public record EnvironmentFileReference(String partition, String bucket, String key, String configMapName) {
    public EnvironmentFileReference {
        Objects.requireNonNull(partition, "partition");
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(configMapName, "configMapName");
    }
}
