package dev.larder.trust.publishers;

import java.util.Locale;

/**
 * GitLab's {@code ci_config_ref_uri}: {@code HOST/NAMESPACE/PROJECT//PATH@REF}, e.g.
 * {@code gitlab.com/group/proj//.gitlab-ci.yml@refs/heads/main}, which names the top-level
 * pipeline file of the job.
 *
 * <p>It matches when HOST is the issuer URL without its scheme (as on pypi.org), NAMESPACE
 * and PROJECT are the configured ones ignoring ASCII case, PATH is the configured CI file
 * exactly, and REF is the token's {@code ref_path} or {@code sha}. The first {@code //}
 * separates project from path: GitLab paths and host names never contain one.
 */
final class CiConfigRefCheck {
    private CiConfigRefCheck() {}

    /**
     * @param issuerUrl the issuer's URL, {@code null} if unknown (already a reason)
     * @param projectAlreadyReported whether {@code project_path} already failed, so the same
     *     wrong project is not reported twice
     */
    static void apply(ClaimInspection in, GitLabPublisher spec, String issuerUrl, AllowedRefs refs, boolean projectAlreadyReported) {
        String uri = in.requiredNonEmpty("ci_config_ref_uri");
        if (uri == null || issuerUrl == null) {
            return;
        }
        if (refs.values().isEmpty()) {
            if (refs.bothEmpty()) {
                in.fail(refs.bothEmptyReason("CI configuration"));
            }
            return;
        }
        String shown = "ci_config_ref_uri " + QuotedValue.of(uri);
        int split = uri.indexOf("//");
        if (split < 0) {
            in.fail(shown + " is not of the form host/namespace/project//path@ref");
            return;
        }
        String host = hostOf(issuerUrl);
        String where = uri.substring(0, split);
        String what = uri.substring(split + 2);
        boolean whereMatches = CaseRule.ASCII_CASE_INSENSITIVE.same(host + "/" + spec.projectPath(), where);
        boolean whatMatches = refs.values().stream().anyMatch(r -> what.equals(spec.ciFilePath() + "@" + r));
        if (!whereMatches) {
            if (!CaseRule.fold(where).startsWith(CaseRule.fold(host) + "/")) {
                in.fail(shown + " is not on the issuer's host " + QuotedValue.of(host));
            } else if (!projectAlreadyReported) {
                in.fail(shown + " names project " + QuotedValue.of(where.substring(host.length() + 1)) + ", not the configured "
                        + QuotedValue.of(spec.projectPath()) + " (is the pipeline configuration kept in another project?)");
            }
        }
        if (!whatMatches) {
            int at = WorkflowRef.refSeparator(what);
            if (at <= 0) {
                in.fail(shown + " is not of the form host/namespace/project//path@ref");
            } else if (!what.substring(0, at).equals(spec.ciFilePath())) {
                String path = what.substring(0, at);
                in.fail("CI configuration file " + QuotedValue.of(path) + " (from " + shown + ") does not match the configured "
                        + QuotedValue.of(spec.ciFilePath())
                        + (path.equalsIgnoreCase(spec.ciFilePath()) ? " (file paths are case-sensitive)" : ""));
            } else {
                in.fail(shown + " is at " + QuotedValue.of(what.substring(at + 1)) + ", which is " + refs.describe());
            }
        }
    }

    /** {@code https://gitlab.example.com/} becomes {@code gitlab.example.com}. */
    static String hostOf(String issuerUrl) {
        String host = issuerUrl;
        String lower = host.toLowerCase(Locale.ROOT);
        if (lower.startsWith("https://")) {
            host = host.substring("https://".length());
        } else if (lower.startsWith("http://")) {
            host = host.substring("http://".length());
        }
        while (host.endsWith("/")) {
            host = host.substring(0, host.length() - 1);
        }
        return host;
    }
}
