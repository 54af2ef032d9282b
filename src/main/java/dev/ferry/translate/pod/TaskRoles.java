package dev.ferry.translate.pod;

import dev.ferry.translate.Arns;
import dev.ferry.translate.Names;
import dev.ferry.translate.Result;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IAM role references of a task definition ({@code taskRoleArn}) → the ServiceAccount the pods run as.
 *
 * <p>ECS accepts a role ARN ({@code arn:PARTITION:iam::ACCOUNT:role/[PATH/]NAME}) or the role's short name; a short
 * name is completed with the Cluster's partition and account. The ServiceAccount is named
 * {@code ecs-task-<role name, sanitised, at most 40 characters>-<10 hex of sha256(role ARN)>}: every task definition
 * with the same role shares one ServiceAccount per namespace.
 */
final class TaskRoles {
    /** Longest readable part of a ServiceAccount name; with prefix and hash the name stays a DNS-1123 label. */
    static final int READABLE_MAX = 40;
    private static final Pattern ARN = Pattern.compile(
            "arn:(aws(?:-[a-z]+)*):iam::(\\d{12}):role/((?:[\\x21-\\x7E]*/)?)([\\w+=,.@-]{1,64})");
    private static final Pattern NAME = Pattern.compile("[\\w+=,.@-]{1,64}");
    private static final Pattern PLACEHOLDER = Pattern.compile(".*[${}<>].*", Pattern.DOTALL);

    /** A resolved task role: its full ARN, its name and the ServiceAccount Ferry runs the pods as. */
    record TaskRole(String arn, String name, String serviceAccountName) {
    }

    private TaskRoles() {
    }

    /**
     * The role {@code value} names.
     *
     * @param field path of the field, used in violations
     */
    static Result<TaskRole> role(String field, String value, Arns.Scope scope) {
        String expected = "give the role's ARN (arn:aws:iam::123456789012:role/my-task-role) or its name";
        if (PLACEHOLDER.matcher(value).matches()) {
            return Result.invalid(field, "\"" + value + "\" looks like an unrendered template placeholder ($, { or < "
                    + "in it); render the template before applying the manifest");
        }
        String arn;
        String name;
        if (value.startsWith("arn:")) {
            Matcher m = ARN.matcher(value);
            if (!m.matches()) {
                String[] parts = value.split(":", 6);
                String why = parts.length == 6 && parts[2].equals("iam") && parts[5].startsWith("role/")
                        && !parts[4].matches("\\d{12}")
                        ? ": \"" + parts[4] + "\" is not a 12-digit AWS account id" : "";
                return Result.invalid(field, "\"" + value + "\" is not an IAM role ARN "
                        + "(arn:partition:iam::12-digit-account:role/[path/]name)" + why + "; " + expected);
            }
            arn = value;
            name = m.group(4);
        } else {
            if (!NAME.matcher(value).matches()) {
                return Result.invalid(field, "\"" + value + "\" is neither an IAM role ARN nor a role name "
                        + "(1-64 letters, digits and +=,.@_-); " + expected);
            }
            arn = "arn:" + scope.partition() + ":iam::" + scope.accountId() + ":role/" + value;
            name = value;
        }
        return Result.ok(new TaskRole(arn, name, Names.withHash("ecs-task", name, READABLE_MAX, arn)));
    }
}
