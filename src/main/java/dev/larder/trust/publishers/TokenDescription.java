package dev.larder.trust.publishers;

import dev.larder.trust.oidc.IssuerType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a token says about the workload that presented it, in a few words, e.g.
 * {@code repository `myorg/x`, workflow `build.yml`, ref `refs/heads/main`, environment `staging`}.
 * Built from the token's own claims only, so it can be shown to anyone who sees the token's
 * failure; claims that are absent or not strings are left out.
 */
final class TokenDescription {
    private final Map<String, ?> claims;
    private final List<String> parts = new ArrayList<>();

    private TokenDescription(Map<String, ?> claims) {
        this.claims = claims;
    }

    static String of(IssuerType kind, Map<String, ?> claims) {
        TokenDescription d = new TokenDescription(claims);
        switch (kind) {
            case GITHUB:
            case FORGEJO:
                d.add("repository", "repository");
                d.workflow();
                d.add("ref", "ref");
                d.add("environment", "environment");
                d.add("event", "event_name");
                break;
            case GITLAB:
                d.add("project", "project_path");
                d.text("ci_config_ref_uri").map(TokenDescription::ciFile).ifPresent(f -> d.part("CI file", f));
                d.add("ref", "ref_path");
                d.add("environment", "environment");
                break;
            case GOOGLE:
                d.add("email", "email");
                d.add("subject", "sub");
                break;
            case ACTIVESTATE:
                d.add("organization", "organization");
                d.add("project", "project");
                d.add("actor", "actor");
                break;
            case OIDC:
                d.add("subject", "sub");
                break;
            default:
                throw new AssertionError(kind);
        }
        return String.join(", ", d.parts);
    }

    private void workflow() {
        Optional<String> job = text("job_workflow_ref");
        Optional<String> caller = text("workflow_ref");
        job.or(() -> caller).flatMap(WorkflowRef::parse).ifPresent(w -> part("workflow", w.fileName()));
        if (job.isPresent() && caller.isPresent() && !job.equals(caller)) {
            WorkflowRef.parse(caller.get()).ifPresent(w -> part("called from workflow", w.fileName()));
        }
    }

    private static String ciFile(String uri) {
        int split = uri.indexOf("//");
        String what = split < 0 ? uri : uri.substring(split + 2);
        int at = WorkflowRef.refSeparator(what);
        return at > 0 ? what.substring(0, at) : what;
    }

    private void add(String label, String claim) {
        text(claim).ifPresent(v -> part(label, v));
    }

    private void part(String label, String value) {
        parts.add(label + " " + QuotedValue.of(value));
    }

    private Optional<String> text(String claim) {
        Object value = claims.get(claim);
        return value instanceof String s && !s.isEmpty() ? Optional.of(s) : Optional.empty();
    }
}
