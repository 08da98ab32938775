package dev.larder.index.browse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the trusted-publisher record kept on a file (issuer name, publisher description, run
 * claims) into what the files table shows. The run link is built only for issuers that are
 * github.com's own and only from a well-formed repository and run id, so a claim cannot point it
 * anywhere else.
 */
final class PublisherRecord {
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Map<String, String> SHOWN = labels();
    private static final Pattern REPOSITORY = Pattern.compile("[A-Za-z0-9-]+/[A-Za-z0-9._-]+");
    private static final Pattern RUN_ID = Pattern.compile("[0-9]{1,20}");

    private final Set<String> githubIssuers;

    /** @param githubIssuers names of the configured issuers whose tokens come from github.com's Actions */
    PublisherRecord(Set<String> githubIssuers) {
        this.githubIssuers = Set.copyOf(githubIssuers);
    }

    PublishedBy read(String json) {
        JsonNode o = JSON.readTree(json);
        JsonNode claims = o.path("claims");
        List<PublishedBy.Claim> shown = new ArrayList<>();
        SHOWN.forEach((key, label) -> {
            if (claims.path(key).isString() && !claims.get(key).asString().isEmpty()) {
                shown.add(new PublishedBy.Claim(label, claims.get(key).asString()));
            }
        });
        Optional<String> run = Optional.empty();
        String repository = claims.path("repository").asString("");
        String runId = claims.path("run_id").asString("");
        if (githubIssuers.contains(o.path("issuer").asString("")) && REPOSITORY.matcher(repository).matches()
                && RUN_ID.matcher(runId).matches()) {
            run = Optional.of("https://github.com/" + repository + "/actions/runs/" + runId);
        }
        String description = o.path("publisher").asString("");
        return new PublishedBy(Optional.of(description.isEmpty() ? "a trusted publisher" : description), shown, run,
                Optional.empty());
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
