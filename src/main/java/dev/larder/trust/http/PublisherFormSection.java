package dev.larder.trust.http;

import dev.larder.trust.oidc.IssuerConfig;
import dev.larder.trust.oidc.IssuerRegistry;
import dev.larder.trust.oidc.IssuerType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One "add a publisher" form on the publishing pages: an issuer type this index trusts, the
 * configured issuers of that type, and the fields to fill in, named as the JSON API names them.
 */
public record PublisherFormSection(IssuerType type, List<IssuerConfig> issuers, List<Field> fields) {

    /** A form field: the input's name (the API's field), its label, an example, and whether it is a text area. */
    public record Field(String name, String label, String hint, boolean multiline) {}

    public String id() {
        return type.configName();
    }

    /** One section per issuer type, in the order the issuers are configured. */
    public static List<PublisherFormSection> of(IssuerRegistry registry) {
        Map<IssuerType, List<IssuerConfig>> byType = new LinkedHashMap<>();
        for (IssuerConfig issuer : registry.all()) {
            byType.computeIfAbsent(issuer.type(), t -> new ArrayList<>()).add(issuer);
        }
        List<PublisherFormSection> out = new ArrayList<>();
        byType.forEach((type, issuers) -> out.add(new PublisherFormSection(type, issuers, fields(type))));
        return out;
    }

    private static List<Field> fields(IssuerType type) {
        return switch (type) {
            case GITHUB -> List.of(
                    line("owner", "Owner", "The user or organization that owns the repository, e.g. myorg"),
                    line("repository", "Repository name", "e.g. myproject"),
                    line("workflow", "Workflow name", "The workflow's file name in .github/workflows, e.g. release.yml"),
                    line("environment", "Environment name (optional)", "The GitHub environment the job runs in, e.g. release"),
                    line("ref_pattern", "Ref (optional)", "Only tokens of this ref may publish, e.g. refs/tags/v*"),
                    line("reusable_workflow", "Reusable workflow (optional)",
                            "When the workflow calls a reusable one that publishes: owner/repository/.github/workflows/file.yml"));
            case FORGEJO -> List.of(
                    line("owner", "Owner", "The user or organization that owns the repository"),
                    line("repository", "Repository name", "e.g. myproject"),
                    line("workflow", "Workflow name", "The workflow's file name, e.g. release.yml"),
                    line("environment", "Environment name (optional)", ""),
                    line("ref_pattern", "Ref (optional)", "e.g. refs/tags/v*"));
            case GITLAB -> List.of(
                    line("namespace", "Namespace", "The group or user with any subgroups, e.g. mygroup/subgroup"),
                    line("project", "GitLab project", "e.g. myproject"),
                    line("ci_file_path", "Top-level pipeline file path", "e.g. .gitlab-ci.yml"),
                    line("environment", "Environment (optional)", "The GitLab environment the job deploys to"),
                    line("ref_pattern", "Ref pattern (optional)", "e.g. refs/tags/v*"));
            case GOOGLE -> List.of(
                    line("email", "Service account email", "e.g. publisher@my-project.iam.gserviceaccount.com"),
                    line("subject", "Subject (optional)", "The service account's unique ID, a number"));
            case ACTIVESTATE -> List.of(
                    line("organization", "Organization", "The ActiveState organization"),
                    line("project", "ActiveState project", ""),
                    line("actor", "Actor", "The ActiveState user who publishes"));
            case OIDC -> List.of(
                    new Field("rules", "Claim rules (JSON)", "e.g. {\"repository\": \"myorg/myproject\", \"ref\": {\"glob\": \"refs/tags/*\"}}",
                            true),
                    line("immutable_id_claims", "Claims that never change", "Separated by commas, e.g. repository_id"));
        };
    }

    private static Field line(String name, String label, String hint) {
        return new Field(name, label, hint, false);
    }
}
