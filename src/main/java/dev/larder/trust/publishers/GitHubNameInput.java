package dev.larder.trust.publishers;

import dev.larder.trust.oidc.IssuerType;
import java.util.regex.Pattern;

/**
 * The owner, repository and workflow fields shared by GitHub and Forgejo registrations,
 * with GitHub's naming rules (which Forgejo's names also satisfy, apart from a few it allows
 * in addition: {@code _} and {@code .} in owner names).
 */
final class GitHubNameInput {
    private static final Pattern GITHUB_OWNER = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9-]*");
    private static final Pattern FORGEJO_OWNER = Pattern.compile("[a-zA-Z0-9_][a-zA-Z0-9_.-]*");
    private static final Pattern REPOSITORY = Pattern.compile("[a-zA-Z0-9-_.]+");

    private GitHubNameInput() {}

    static String owner(FormInput in, IssuerType kind) {
        String owner = in.required("owner", "Enter the " + kind.displayName()
                + " user or organization that owns the repository.");
        if (owner == null) {
            return null;
        }
        if (owner.contains("/")) {
            in.error("owner", "Enter only the owner's name, e.g. `myorg`; the repository's name goes in `repository`.");
            return null;
        }
        boolean github = kind == IssuerType.GITHUB;
        if (!(github ? GITHUB_OWNER : FORGEJO_OWNER).matcher(owner).matches()) {
            in.error("owner", QuotedValue.of(owner) + " is not a valid " + kind.displayName() + " user or organization name:"
                    + (github ? " use letters, digits and hyphens, starting with a letter or digit."
                            : " use letters, digits, `-`, `_` and `.`, starting with a letter, digit or `_`."));
            return null;
        }
        return in.withinLength("owner", owner, github ? 39 : 40, "A user or organization name") ? owner : null;
    }

    static String repository(FormInput in) {
        String repository = in.required("repository", "Enter the name of the repository, e.g. `myproject`.");
        if (repository == null) {
            return null;
        }
        if (repository.contains("/")) {
            in.error("repository", "Enter only the repository's name, e.g. `myproject`; its owner goes in `owner`.");
        } else if (!REPOSITORY.matcher(repository).matches()) {
            in.error("repository", QuotedValue.of(repository)
                    + " is not a valid repository name: use letters, digits, `-`, `_` and `.`.");
        } else if (repository.equals(".") || repository.equals("..")) {
            in.error("repository", QuotedValue.of(repository) + " is not a repository name.");
        } else if (repository.endsWith(".git")) {
            in.error("repository", "Enter the repository's name without `.git`.");
        } else if (in.withinLength("repository", repository, 100, "A repository name")) {
            return repository;
        }
        return null;
    }

    static String workflow(FormInput in, String example) {
        String workflow = in.required("workflow", "Enter the file name of the workflow that publishes, e.g. `" + example + "`.");
        if (workflow == null) {
            return null;
        }
        if (workflow.contains("/")) {
            in.error("workflow", "Enter only the workflow's file name, e.g. `" + example + "`, not its path.");
        } else if (!FormInput.hasYamlStem(workflow)) {
            in.error("workflow", "The workflow must be a file name ending in `.yml` or `.yaml`, e.g. `" + example + "`.");
        } else if (FormInput.hasControlCharacter(workflow)) {
            in.error("workflow", "A workflow file name cannot contain control characters.");
        } else if (in.withinLength("workflow", workflow, 255, "A workflow file name")) {
            return workflow;
        }
        return null;
    }
}
