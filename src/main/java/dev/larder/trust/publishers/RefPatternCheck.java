package dev.larder.trust.publishers;

/** Larder's optional ref pattern: the ref the job runs for must match a {@link GlobPattern}. */
final class RefPatternCheck {
    private RefPatternCheck() {}

    /**
     * @param claim the claim holding the full ref: {@code ref} (GitHub, Forgejo) or {@code ref_path} (GitLab)
     * @param ref its value, {@code null} if it was absent or not a string (already a reason)
     */
    static void apply(ClaimInspection in, String claim, String ref, String pattern) {
        if (pattern.isEmpty() || ref == null) {
            return;
        }
        if (ref.isEmpty()) {
            in.fail("the token's " + QuotedValue.of(claim) + " claim is empty, but this publisher only allows refs matching "
                    + QuotedValue.of(pattern));
        } else if (!new GlobPattern(pattern).matches(ref)) {
            in.fail(claim + " " + QuotedValue.of(ref) + " does not match the allowed pattern " + QuotedValue.of(pattern));
        }
    }
}
