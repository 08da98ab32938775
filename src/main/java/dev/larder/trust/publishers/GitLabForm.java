package dev.larder.trust.publishers;

import dev.larder.trust.oidc.IssuerType;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Registration of a {@link GitLabPublisher}: namespace, project, ci_file_path, environment,
 * ref_pattern, with pypi.org's rules. One deliberate difference: a one-character project or
 * namespace part is accepted, since GitLab allows it and pypi.org's pattern refuses it only
 * because it asks for distinct first and last characters.
 */
final class GitLabForm {
    static final List<String> FIELDS = List.of("namespace", "project", "ci_file_path", "environment", "ref_pattern");

    private static final Pattern NAMESPACE = Pattern.compile("[a-zA-Z0-9]([a-zA-Z0-9-_./+]*[a-zA-Z0-9])?");
    private static final Pattern PROJECT = Pattern.compile("[a-zA-Z0-9]([a-zA-Z0-9_.-]*[a-zA-Z0-9])?");
    private static final Pattern CONSECUTIVE_SPECIALS = Pattern.compile("[._\\-/+]{2}");
    private static final Pattern ENVIRONMENT = Pattern.compile("[a-zA-Z0-9\\-_/${} ]+");

    private GitLabForm() {}

    static FormResult validate(Map<String, ?> input) {
        FormInput in = new FormInput(input, IssuerType.GITLAB, FIELDS);
        String namespace = namespace(in);
        String project = project(in);
        String ciFilePath = ciFilePath(in);
        String environment = environment(in);
        String refPattern = RefPatternInput.read(in);
        return in.result(() -> new GitLabPublisher(namespace, project, ciFilePath, environment, refPattern, "", ""));
    }

    private static String namespace(FormInput in) {
        String namespace = in.required("namespace",
                "Enter the GitLab group or user that owns the project, with any subgroups, e.g. `mygroup/subgroup`.");
        if (namespace == null) {
            return null;
        }
        if (!NAMESPACE.matcher(namespace).matches()) {
            in.error("namespace", QuotedValue.of(namespace) + " is not a valid GitLab namespace: use letters, digits, `_`, `-`, `.`"
                    + " and `/` between subgroups, starting and ending with a letter or digit.");
            return null;
        }
        return pathRules(in, "namespace", namespace) ? namespace : null;
    }

    private static String project(FormInput in) {
        String project = in.required("project", "Enter the name of the GitLab project, e.g. `myproject`.");
        if (project == null) {
            return null;
        }
        if (project.contains("/")) {
            in.error("project", "Enter only the project's name; its group and subgroups go in `namespace`.");
            return null;
        }
        if (!PROJECT.matcher(project).matches()) {
            in.error("project", QuotedValue.of(project) + " is not a valid GitLab project name: use letters, digits, `_`, `-`"
                    + " and `.`, starting and ending with a letter or digit.");
            return null;
        }
        return pathRules(in, "project", project) ? project : null;
    }

    private static boolean pathRules(FormInput in, String field, String value) {
        if (value.endsWith(".git") || value.endsWith(".atom")) {
            in.error(field, "A GitLab path cannot end in `.git` or `.atom`.");
            return false;
        }
        if (CONSECUTIVE_SPECIALS.matcher(value).find()) {
            in.error(field, "A GitLab path cannot have two special characters in a row, such as `--`, `._` or `/-`.");
            return false;
        }
        return in.withinLength(field, value, 255, "A GitLab path");
    }

    private static String ciFilePath(FormInput in) {
        String path = in.required("ci_file_path", "Enter the path of the top-level pipeline file, e.g. `.gitlab-ci.yml`.");
        if (path == null) {
            return null;
        }
        if (path.startsWith("/") || path.endsWith("/")) {
            in.error("ci_file_path", "Write the pipeline file's path relative to the repository's root, without a leading"
                    + " or trailing `/`, e.g. `ci/release.yml`.");
        } else if (!FormInput.hasYamlStem(path)) {
            in.error("ci_file_path", "The pipeline file must be a path ending in `.yml` or `.yaml`, e.g. `.gitlab-ci.yml`.");
        } else if (FormInput.hasControlCharacter(path)) {
            in.error("ci_file_path", "A file path cannot contain control characters.");
        } else if (in.withinLength("ci_file_path", path, 255, "A file path")) {
            return path;
        }
        return null;
    }

    /** Case is kept: GitLab environment names are case-sensitive. */
    private static String environment(FormInput in) {
        String environment = in.optional("environment");
        if (environment.isEmpty() || !in.withinLength("environment", environment, 255, "An environment name")) {
            return "";
        }
        if (!ENVIRONMENT.matcher(environment).matches()) {
            in.error("environment", "A GitLab environment name can contain only letters, digits, spaces and `-`, `_`, `/`,"
                    + " `$`, `{`, `}`.");
            return "";
        }
        return environment;
    }
}
