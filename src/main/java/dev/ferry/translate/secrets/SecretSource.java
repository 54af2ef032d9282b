package dev.ferry.translate.secrets;

import java.util.Objects;

/**
 * The AWS object a secret reference points at, parsed from an ARN or a bare name. Parts the
 * reference does not give (region and account of a bare SSM parameter name) are empty strings.
 *
 * @param store        Secrets Manager or SSM Parameter Store
 * @param partition    {@code aws}, {@code aws-cn}, {@code aws-us-gov}, ...; empty for a bare name
 * @param region       e.g. {@code us-east-1}; empty for a bare name
 * @param account      12-digit account id; empty for a bare name
 * @param name         secret name as written in the ARN (with its random suffix, if given) or the
 *                     parameter name ({@code /a/b} or {@code name})
 * @param versionStage Secrets Manager version stage; {@code AWSCURRENT} when neither stage nor id is given;
 *                     empty for SSM and when a version id is given
 * @param versionId    Secrets Manager version id, or empty
 */
public record SecretSource(Store store, String partition, String region, String account, String name,
                           String versionStage, String versionId) {
    public enum Store {
        SECRETS_MANAGER,
        SSM_PARAMETER
    }

    public SecretSource {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(partition, "partition");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(versionStage, "versionStage");
        Objects.requireNonNull(versionId, "versionId");
    }
}
