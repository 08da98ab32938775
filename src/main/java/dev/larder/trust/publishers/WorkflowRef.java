package dev.larder.trust.publishers;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code workflow_ref} or {@code job_workflow_ref} claim taken apart:
 * {@code OWNER/REPO/PATH@REF}, e.g. {@code o/r/.github/workflows/build.yml@refs/heads/main}.
 *
 * <p>Only used to <em>explain</em> a mismatch. Deciding a match never parses: it compares
 * the claim with the exact texts the publisher allows, because a file name may itself contain
 * {@code @} ({@code nested@evil.yml@refs/heads/main}), which makes any split a guess. The
 * guess here is the best one available: GitHub writes the ref as {@code refs/...} or as a
 * commit sha, and a file name cannot contain {@code /}, so the first {@code @refs/} (or a
 * final {@code @} plus sha) is where the ref starts; failing both, the last {@code @}.
 */
record WorkflowRef(String owner, String repository, String path, String ref) {
    private static final Pattern SHA_SUFFIX = Pattern.compile("@([0-9a-fA-F]{40}|[0-9a-fA-F]{64})$");

    static Optional<WorkflowRef> parse(String value) {
        String[] parts = value.split("/", 3);
        if (parts.length < 3 || parts[0].isEmpty() || parts[1].isEmpty()) {
            return Optional.empty();
        }
        String rest = parts[2];
        int at = refSeparator(rest);
        if (at <= 0) {
            return Optional.empty();
        }
        return Optional.of(new WorkflowRef(parts[0], parts[1], rest.substring(0, at), rest.substring(at + 1)));
    }

    /**
     * Where the ref starts in {@code PATH@REF}: the {@code @} before the first {@code refs/},
     * else before a final commit sha, else the last {@code @}; -1 if there is none.
     */
    static int refSeparator(String pathAtRef) {
        int at = pathAtRef.indexOf("@refs/");
        if (at >= 0) {
            return at;
        }
        Matcher sha = SHA_SUFFIX.matcher(pathAtRef);
        return sha.find() ? sha.start() : pathAtRef.lastIndexOf('@');
    }

    String repositoryPath() {
        return owner + "/" + repository;
    }

    /** The directory of the file, e.g. {@code .github/workflows}; {@code ""} if the path has none. */
    String directory() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    String fileName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** {@code OWNER/REPO/PATH} without the ref. */
    String withoutRef() {
        return repositoryPath() + "/" + path;
    }
}
