package dev.ferry.translate.secrets;

import java.util.Objects;

/**
 * Where Ferry expects a secret value: key {@link #key()} of the Kubernetes Secret
 * {@link #secretName()}, which users (or External Secrets Operator) fill from {@link #source()}.
 *
 * @param source     the AWS secret or parameter
 * @param jsonKey    the Secrets Manager json-key the reference selects, or empty for the whole value
 * @param secretName name of the Kubernetes Secret
 * @param key        data key in that Secret: the json-key when it is a valid Secret key, {@code k-<hash>}
 *                   when it is not, {@code value} for the whole value, {@code .dockerconfigjson} for
 *                   registry credentials
 */
public record SecretKeyReference(SecretSource source, String jsonKey, String secretName, String key) {
    public SecretKeyReference {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(jsonKey, "jsonKey");
        Objects.requireNonNull(secretName, "secretName");
        Objects.requireNonNull(key, "key");
    }

    /** True when the json-key is not a valid Secret data key and {@link #key()} is its hashed stand-in. */
    public boolean keyRenamed() {
        return !jsonKey.isEmpty() && !jsonKey.equals(key);
    }
}
