package dev.larder.trust.publishers;

import java.util.Set;

/**
 * Validates a ref pattern as typed: a {@link GlobPattern} over full git refs, as the
 * {@code ref} (GitHub, Forgejo) and {@code ref_path} (GitLab) claims carry them.
 */
final class RefPatternInput {
    static final String FIELD = "ref_pattern";

    private RefPatternInput() {}

    /** The pattern ({@code ""} for none); on a problem, an error is recorded and {@code ""} returned. */
    static String read(FormInput in) {
        String pattern = in.optional(FIELD);
        if (pattern.isEmpty() || !in.withinLength(FIELD, pattern, 255, "A ref pattern")) {
            return "";
        }
        if (!pattern.startsWith("refs/")) {
            in.error(FIELD, "A ref pattern must start with `refs/`, e.g. `refs/tags/v*` for version tags or"
                    + " `refs/heads/main` for one branch" + (pattern.contains("/") ? "." : "; " + QuotedValue.of(pattern)
                    + " alone would never match."));
            return "";
        }
        Set<String> forbidden = FormInput.forbiddenIn(pattern, " ~^:\\[");
        if (!forbidden.isEmpty() || FormInput.hasControlCharacter(pattern) || pattern.contains("..")) {
            in.error(FIELD, "A ref pattern cannot contain spaces, control characters, `..` or any of `~ ^ : \\ [`,"
                    + " which git does not allow in refs; use `*`, `**` and `?` as wildcards.");
            return "";
        }
        return pattern;
    }
}
