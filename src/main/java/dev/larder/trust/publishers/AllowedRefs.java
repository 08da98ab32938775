package dev.larder.trust.publishers;

import java.util.ArrayList;
import java.util.List;

/**
 * What may follow the {@code @} of a workflow or CI-configuration reference: the token's
 * ref ({@code ref} on GitHub and Forgejo, {@code ref_path} on GitLab) or its commit sha,
 * whichever are non-empty. pypi.org accepts either for GitHub and Larder does the same
 * everywhere (pypi.org demands both for GitLab, which always sends both anyway).
 *
 * @param refClaim the name of the ref claim, for messages
 * @param ref its value, {@code null} if it was absent or not a string
 * @param sha the {@code sha} claim, {@code null} if it was absent or not a string
 */
record AllowedRefs(String refClaim, String ref, String sha) {
    List<String> values() {
        List<String> values = new ArrayList<>(2);
        if (ref != null && !ref.isEmpty()) {
            values.add(ref);
        }
        if (sha != null && !sha.isEmpty()) {
            values.add(sha);
        }
        return values;
    }

    /** True when both claims were readable and both are empty: nothing can be compared. */
    boolean bothEmpty() {
        return ref != null && sha != null && values().isEmpty();
    }

    String bothEmptyReason(String what) {
        return "the token's " + QuotedValue.of(refClaim) + " and `sha` claims are both empty, so the " + what
                + "'s ref cannot be checked";
    }

    /** The end of "… is at X, which is …": the refs X should have been. */
    String describe() {
        boolean hasRef = ref != null && !ref.isEmpty();
        boolean hasSha = sha != null && !sha.isEmpty();
        if (hasRef && hasSha) {
            return "neither the token's " + refClaim + " " + QuotedValue.of(ref) + " nor its sha " + QuotedValue.of(sha);
        }
        return hasRef ? "not the token's " + refClaim + " " + QuotedValue.of(ref) : "not the token's sha " + QuotedValue.of(sha);
    }
}
