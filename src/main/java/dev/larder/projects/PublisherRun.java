package dev.larder.projects;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The trusted-publisher record kept on a file: which configured issuer, the publisher's
 * description, and the claims of the CI run that uploaded it, in the order and with the labels
 * pages show them (repository, workflow, ref, commit, environment, run, ...).
 */
public record PublisherRun(String issuer, String publisher, List<Claim> claims) {
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Map<String, String> SHOWN = labels();

    /** One claim: its name in the token, its label for people, its value. */
    public record Claim(String name, String label, String value) {}

    /** Reads the JSON stored in {@code files.publisher_claims}. */
    public static PublisherRun parse(String json) {
        JsonNode o = JSON.readTree(json);
        JsonNode claims = o.path("claims");
        List<Claim> shown = new ArrayList<>();
        SHOWN.forEach((key, label) -> {
            if (claims.path(key).isString() && !claims.get(key).asString().isEmpty()) {
                shown.add(new Claim(key, label, claims.get(key).asString()));
            }
        });
        return new PublisherRun(o.path("issuer").asString(""), o.path("publisher").asString(""), List.copyOf(shown));
    }

    public Optional<String> claim(String name) {
        return claims.stream().filter(c -> c.name().equals(name)).map(Claim::value).findFirst();
    }

    /** One line for history pages: "GitHub myorg/app ... (Repository myorg/app, Ref refs/tags/v1, Run 42)". */
    public String summary() {
        StringBuilder b = new StringBuilder(publisher.isEmpty() ? "a trusted publisher" : publisher);
        if (!claims.isEmpty()) {
            b.append(" (");
            for (int i = 0; i < claims.size(); i++) {
                b.append(i == 0 ? "" : ", ").append(claims.get(i).label()).append(' ').append(claims.get(i).value());
            }
            b.append(')');
        }
        return b.toString();
    }

    private static Map<String, String> labels() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("repository", "Repository");
        m.put("project_path", "Project");
        m.put("workflow_ref", "Workflow");
        m.put("ci_config_ref_uri", "Pipeline");
        m.put("ref", "Ref");
        m.put("sha", "Commit");
        m.put("environment", "Environment");
        m.put("run_id", "Run");
        m.put("pipeline_id", "Pipeline run");
        m.put("email", "Service account");
        return m;
    }
}
