package dev.larder.trust.publishers;

import dev.larder.trust.oidc.IssuerType;
import java.util.List;
import java.util.Map;

/** Registration of a {@link ForgejoPublisher}: owner, repository, workflow, environment, ref_pattern. */
final class ForgejoForm {
    static final List<String> FIELDS = List.of("owner", "repository", "workflow", "environment", "ref_pattern");

    private ForgejoForm() {}

    static FormResult validate(Map<String, ?> input) {
        FormInput in = new FormInput(input, IssuerType.FORGEJO, FIELDS);
        String owner = GitHubNameInput.owner(in, IssuerType.FORGEJO);
        String repository = GitHubNameInput.repository(in);
        String workflow = GitHubNameInput.workflow(in, "release.yml");
        String environment = EnvironmentInput.readCaseInsensitive(in);
        String refPattern = RefPatternInput.read(in);
        return in.result(() -> new ForgejoPublisher(owner, repository, workflow, environment, refPattern));
    }
}
