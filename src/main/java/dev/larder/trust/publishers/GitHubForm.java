package dev.larder.trust.publishers;

import dev.larder.trust.oidc.IssuerType;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Registration of a {@link GitHubPublisher}: owner, repository, workflow, environment, ref_pattern, reusable_workflow. */
final class GitHubForm {
    static final List<String> FIELDS = List.of("owner", "repository", "workflow", "environment", "ref_pattern", "reusable_workflow");

    private static final Pattern REUSABLE = Pattern.compile(
            "([a-zA-Z0-9][a-zA-Z0-9-]*)/([a-zA-Z0-9-_.]+)/\\.github/workflows/([^/@\\s]+)");

    private GitHubForm() {}

    static FormResult validate(Map<String, ?> input) {
        FormInput in = new FormInput(input, IssuerType.GITHUB, FIELDS);
        String owner = GitHubNameInput.owner(in, IssuerType.GITHUB);
        String repository = GitHubNameInput.repository(in);
        String workflow = GitHubNameInput.workflow(in, "release.yml");
        String environment = EnvironmentInput.readCaseInsensitive(in);
        String refPattern = RefPatternInput.read(in);
        String reusable = reusableWorkflow(in, owner, repository, workflow);
        return in.result(() -> new GitHubPublisher(owner, repository, workflow, environment, refPattern, reusable, "", ""));
    }

    private static String reusableWorkflow(FormInput in, String owner, String repository, String workflow) {
        String field = "reusable_workflow";
        String value = in.optional(field);
        if (value.isEmpty() || !in.withinLength(field, value, 400, "A reusable workflow")) {
            return "";
        }
        if (value.startsWith("./")) {
            in.error(field, "Write a reusable workflow of the same repository with its owner and repository too, e.g. `"
                    + (owner == null ? "myorg" : owner) + "/" + (repository == null ? "myproject" : repository)
                    + "/.github/workflows/publish.yml`.");
            return "";
        }
        if (value.contains("@")) {
            in.error(field, "Leave out the `@ref`: the configured workflow decides which version of the reusable workflow it calls.");
            return "";
        }
        Matcher m = REUSABLE.matcher(value);
        if (!m.matches() || !FormInput.hasYamlStem(m.group(3))) {
            in.error(field, "A reusable workflow must look like `owner/repository/.github/workflows/file.yml`.");
            return "";
        }
        if (owner != null && repository != null && m.group(3).equals(workflow)
                && CaseRule.ASCII_CASE_INSENSITIVE.same(owner + "/" + repository, m.group(1) + "/" + m.group(2))) {
            in.error(field, "This is the publisher's own workflow; leave the reusable workflow empty.");
            return "";
        }
        return value;
    }
}
