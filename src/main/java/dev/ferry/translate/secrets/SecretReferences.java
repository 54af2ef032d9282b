package dev.ferry.translate.secrets;

import dev.ferry.translate.Names;
import dev.ferry.translate.Result;
import dev.ferry.translate.secrets.SecretSource.Store;

import java.util.regex.Pattern;

/**
 * ECS secret references to the Kubernetes Secrets and ConfigMaps Ferry expects them in, by the
 * deterministic rule of ecs-reference.md §7 and docs/mapping/secrets.md. Ferry never reads a
 * secret value: it only decides where the value must be.
 *
 * <ul>
 *   <li>{@code secrets[].valueFrom}: a Secrets Manager ARN
 *       ({@code arn:P:secretsmanager:R:A:secret:NAME[:json-key:version-stage:version-id]}), an SSM
 *       parameter ARN ({@code arn:P:ssm:R:A:parameter/NAME}) or a bare SSM parameter name
 *       ({@code /a/b} or {@code name}) → {@code ecs-sm-...} or {@code ecs-ssm-...} Secret and a key.</li>
 *   <li>{@code repositoryCredentials.credentialsParameter}: a Secrets Manager ARN or name →
 *       {@code ecs-pull-...} Secret of type {@code kubernetes.io/dockerconfigjson}.</li>
 *   <li>{@code environmentFiles[].value}: an S3 object ARN → {@code ecs-env-...} ConfigMap.</li>
 * </ul>
 */
public final class SecretReferences {
    /** Data key holding a whole secret or parameter value. */
    public static final String WHOLE_VALUE_KEY = "value";
    /** Data key of a {@code kubernetes.io/dockerconfigjson} Secret. */
    public static final String DOCKER_CONFIG_JSON_KEY = ".dockerconfigjson";
    /** The version stage ECS uses when a reference names neither a stage nor an id. */
    public static final String DEFAULT_VERSION_STAGE = "AWSCURRENT";
    /** Longest readable part of a generated name; with prefix and hash the name stays a DNS-1123 label. */
    public static final int READABLE_MAX = 40;

    private static final int MAX_SECRETS_MANAGER_PARTS = 10;
    private static final Pattern PARTITION = Pattern.compile("aws(-[a-z]+)*");
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d{1,2}");
    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
    private static final Pattern SECRET_NAME = Pattern.compile("[A-Za-z0-9/_+=.@-]{1,512}");
    private static final Pattern PARAMETER_NAME = Pattern.compile("[A-Za-z0-9/_.-]{1,2048}");
    private static final Pattern SECRET_DATA_KEY = Pattern.compile("[-._a-zA-Z0-9]{1,253}");
    private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
    private static final Pattern PLACEHOLDER = Pattern.compile(".*[${}<>].*", Pattern.DOTALL);

    private SecretReferences() {
    }

    /**
     * A container's {@code secrets[].valueFrom}.
     *
     * @param field path of the valueFrom field, used in violations
     */
    public static Result<SecretKeyReference> secret(String field, String valueFrom) {
        String expected = "give a Secrets Manager secret ARN, an SSM parameter ARN or an SSM parameter name";
        if (valueFrom == null || valueFrom.isBlank()) {
            return Result.invalid(field, "is empty; " + expected);
        }
        if (PLACEHOLDER.matcher(valueFrom).matches()) {
            return Result.invalid(field, placeholder(valueFrom));
        }
        if (!valueFrom.startsWith("arn:")) {
            return parameterName(field, valueFrom);
        }
        String[] parts = valueFrom.split(":", -1);
        if (parts.length < 6) {
            return Result.invalid(field, "\"" + valueFrom + "\" is not a complete ARN; " + expected);
        }
        return switch (parts[2]) {
            case "secretsmanager" -> secretsManager(field, valueFrom, parts);
            case "ssm" -> parameterArn(field, valueFrom, parts);
            default -> Result.invalid(field, "\"" + valueFrom + "\" is an ARN of service \"" + parts[2]
                    + "\"; ECS reads secrets only from Secrets Manager (secretsmanager) and SSM Parameter Store (ssm)");
        };
    }

    /**
     * A container's {@code repositoryCredentials.credentialsParameter}: a Secrets Manager secret
     * (ARN, or name in the task's region) holding {@code {"username","password"}}. Ferry expects
     * a {@code kubernetes.io/dockerconfigjson} Secret built from it, for {@code imagePullSecrets}.
     *
     * @param field path of the credentialsParameter field, used in violations
     */
    public static Result<SecretKeyReference> repositoryCredentials(String field, String credentialsParameter) {
        String expected = "give the ARN or name of the Secrets Manager secret that holds the registry credentials";
        if (credentialsParameter == null || credentialsParameter.isBlank()) {
            return Result.invalid(field, "is empty; " + expected);
        }
        if (PLACEHOLDER.matcher(credentialsParameter).matches()) {
            return Result.invalid(field, placeholder(credentialsParameter));
        }
        String partition = "";
        String region = "";
        String account = "";
        String name = credentialsParameter;
        if (credentialsParameter.startsWith("arn:")) {
            String[] parts = credentialsParameter.split(":", -1);
            if (parts.length < 7 || !parts[2].equals("secretsmanager") || !parts[5].equals("secret")) {
                return Result.invalid(field, "\"" + credentialsParameter + "\" is not a Secrets Manager secret ARN "
                        + "(arn:partition:secretsmanager:region:account:secret:name); " + expected);
            }
            if (parts.length > 7) {
                return Result.invalid(field, "\"" + credentialsParameter + "\" has a json-key or version suffix; "
                        + "credentialsParameter names the whole secret: drop everything after the secret name");
            }
            String arnProblem = arnParts(parts);
            if (arnProblem != null) {
                return Result.invalid(field, "\"" + credentialsParameter + "\": " + arnProblem);
            }
            partition = parts[1];
            region = parts[3];
            account = parts[4];
            name = parts[6];
        }
        if (!SECRET_NAME.matcher(name).matches()) {
            return Result.invalid(field, "\"" + name + "\" is not a valid Secrets Manager secret name "
                    + "(1-512 of letters, digits and /_+=.@-); " + expected);
        }
        SecretSource source = new SecretSource(Store.SECRETS_MANAGER, partition, region, account, name,
                DEFAULT_VERSION_STAGE, "");
        return Result.ok(new SecretKeyReference(source, "", secretName("ecs-pull", source), DOCKER_CONFIG_JSON_KEY));
    }

    /**
     * A container's {@code environmentFiles[].value}: {@code arn:PARTITION:s3:::bucket/key.env}.
     *
     * @param field path of the value field, used in violations
     */
    public static Result<EnvironmentFileReference> environmentFile(String field, String value) {
        String expected = "give the ARN of an S3 object, as in arn:aws:s3:::my-bucket/app.env";
        if (value == null || value.isBlank()) {
            return Result.invalid(field, "is empty; " + expected);
        }
        if (PLACEHOLDER.matcher(value).matches()) {
            return Result.invalid(field, placeholder(value));
        }
        // S3 object keys may contain ':', so split off only the five ARN prefix fields.
        String[] parts = value.split(":", 6);
        if (parts.length < 6 || !parts[0].equals("arn") || !parts[2].equals("s3")
                || !parts[3].isEmpty() || !parts[4].isEmpty()) {
            return Result.invalid(field, "\"" + value + "\" is not an S3 object ARN; " + expected);
        }
        if (!PARTITION.matcher(parts[1]).matches()) {
            return Result.invalid(field, "\"" + value + "\": \"" + parts[1] + "\" is not an AWS partition "
                    + "(aws, aws-cn, aws-us-gov)");
        }
        int slash = parts[5].indexOf('/');
        String bucket = slash < 0 ? parts[5] : parts[5].substring(0, slash);
        String key = slash < 0 ? "" : parts[5].substring(slash + 1);
        if (!BUCKET.matcher(bucket).matches()) {
            return Result.invalid(field, "\"" + value + "\": \"" + bucket + "\" is not a valid S3 bucket name; "
                    + expected);
        }
        if (key.isEmpty()) {
            return Result.invalid(field, "\"" + value + "\" names a bucket, not an object; " + expected);
        }
        if (!key.endsWith(".env")) {
            return Result.invalid(field, "\"" + value + "\": ECS environment files must have the .env extension");
        }
        String configMapName = Names.withHash("ecs-env", key, READABLE_MAX, parts[1], bucket, key);
        return Result.ok(new EnvironmentFileReference(parts[1], bucket, key, configMapName));
    }

    private static Result<SecretKeyReference> secretsManager(String field, String valueFrom, String[] parts) {
        if (parts.length > MAX_SECRETS_MANAGER_PARTS) {
            return Result.invalid(field, "\"" + valueFrom + "\" has " + parts.length + " colon-separated parts; a "
                    + "Secrets Manager reference has at most 10: "
                    + "arn:partition:secretsmanager:region:account:secret:name:json-key:version-stage:version-id");
        }
        if (parts.length < 7 || !parts[5].equals("secret")) {
            return Result.invalid(field, "\"" + valueFrom + "\" is not a Secrets Manager secret ARN; write "
                    + "arn:partition:secretsmanager:region:account:secret:name[:json-key:version-stage:version-id]");
        }
        String arnProblem = arnParts(parts);
        if (arnProblem != null) {
            return Result.invalid(field, "\"" + valueFrom + "\": " + arnProblem);
        }
        String name = parts[6];
        if (!SECRET_NAME.matcher(name).matches()) {
            return Result.invalid(field, "\"" + valueFrom + "\": \"" + name + "\" is not a valid Secrets Manager "
                    + "secret name (1-512 of letters, digits and /_+=.@-)");
        }
        String jsonKey = parts.length > 7 ? parts[7] : "";
        String stage = parts.length > 8 ? parts[8] : "";
        String id = parts.length > 9 ? parts[9] : "";
        if (!stage.isEmpty() && !id.isEmpty()) {
            return Result.invalid(field, "\"" + valueFrom + "\" gives both a version stage (" + stage
                    + ") and a version id (" + id + "); give only one of them");
        }
        if (stage.isEmpty() && id.isEmpty()) {
            stage = DEFAULT_VERSION_STAGE;
        }
        SecretSource source = new SecretSource(Store.SECRETS_MANAGER, parts[1], parts[3], parts[4], name, stage, id);
        return Result.ok(new SecretKeyReference(source, jsonKey, secretName("ecs-sm", source), dataKey(jsonKey)));
    }

    private static Result<SecretKeyReference> parameterArn(String field, String valueFrom, String[] parts) {
        if (!parts[5].startsWith("parameter/")) {
            return Result.invalid(field, "\"" + valueFrom + "\" is not an SSM parameter ARN; write "
                    + "arn:partition:ssm:region:account:parameter/name");
        }
        if (parts.length > 6) {
            return Result.invalid(field, "\"" + valueFrom + "\" has a suffix after the parameter name; Ferry maps "
                    + "the parameter itself: drop everything after the name");
        }
        String arnProblem = arnParts(parts);
        if (arnProblem != null) {
            return Result.invalid(field, "\"" + valueFrom + "\": " + arnProblem);
        }
        // parameter/a/b is the parameter /a/b; parameter/name is the parameter name.
        String path = parts[5].substring("parameter/".length());
        String name = path.contains("/") && !path.startsWith("/") ? "/" + path : path;
        if (!PARAMETER_NAME.matcher(name).matches()) {
            return Result.invalid(field, "\"" + valueFrom + "\": \"" + name + "\" is not a valid SSM parameter "
                    + "name (letters, digits and _.-/)");
        }
        return Result.ok(parameter(new SecretSource(Store.SSM_PARAMETER, parts[1], parts[3], parts[4], name, "", "")));
    }

    private static Result<SecretKeyReference> parameterName(String field, String name) {
        if (name.contains(":")) {
            return Result.invalid(field, "\"" + name + "\" is neither an ARN nor an SSM parameter name; an SSM "
                    + "parameter name has no ':' (Ferry does not map version selectors such as name:3)");
        }
        if (!PARAMETER_NAME.matcher(name).matches()) {
            return Result.invalid(field, "\"" + name + "\" is not a valid SSM parameter name (letters, digits and "
                    + "_.-/); a Secrets Manager secret must be given by its full ARN");
        }
        return Result.ok(parameter(new SecretSource(Store.SSM_PARAMETER, "", "", "", name, "", "")));
    }

    private static SecretKeyReference parameter(SecretSource source) {
        return new SecretKeyReference(source, "", secretName("ecs-ssm", source), WHOLE_VALUE_KEY);
    }

    /** Partition, region and account of a split ARN, or a problem. */
    private static String arnParts(String[] parts) {
        if (!PARTITION.matcher(parts[1]).matches()) {
            return "\"" + parts[1] + "\" is not an AWS partition (aws, aws-cn, aws-us-gov)";
        }
        if (!REGION.matcher(parts[3]).matches()) {
            return "\"" + parts[3] + "\" is not an AWS region such as us-east-1";
        }
        if (!ACCOUNT.matcher(parts[4]).matches()) {
            return "\"" + parts[4] + "\" is not a 12-digit AWS account id";
        }
        return null;
    }

    private static String secretName(String prefix, SecretSource source) {
        return Names.withHash(prefix, source.name(), READABLE_MAX, source.partition(), source.region(),
                source.account(), source.name(), source.versionStage(), source.versionId());
    }

    /** The json-key if it is a valid Secret data key (as Kubernetes' IsConfigMapKey checks it), {@code k-<hash>} if not, {@code value} without one. */
    private static String dataKey(String jsonKey) {
        if (jsonKey.isEmpty()) {
            return WHOLE_VALUE_KEY;
        }
        boolean valid = SECRET_DATA_KEY.matcher(jsonKey).matches() && !jsonKey.equals(".") && !jsonKey.startsWith("..");
        return valid ? jsonKey : "k-" + Names.hash(jsonKey);
    }

    private static String placeholder(String value) {
        return "\"" + value + "\" looks like an unrendered template placeholder ($, { or < in it); "
                + "render the template before applying the manifest";
    }
}
