package dev.larder.trust;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The claims worth keeping about who published: where the run came from and which run it was.
 * Only these are stored with minted tokens, files and log entries; the rest of a token stays out.
 */
final class RecordedClaims {
    private static final List<String> KEPT = List.of(
            "repository", "repository_owner", "repository_id", "workflow_ref", "job_workflow_ref", "ref", "sha",
            "environment", "event_name", "run_id", "run_attempt", "actor",
            "project_path", "ci_config_ref_uri", "ref_path", "pipeline_id", "job_id",
            "email", "organization", "project", "sub");

    private RecordedClaims() {}

    static Map<String, String> of(Map<String, ?> claims) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String key : KEPT) {
            Object v = claims.get(key);
            if (v instanceof String || v instanceof Number || v instanceof Boolean) {
                String text = String.valueOf(v);
                out.put(key, text.length() > 300 ? text.substring(0, 300) + "..." : text);
            }
        }
        return out;
    }
}
