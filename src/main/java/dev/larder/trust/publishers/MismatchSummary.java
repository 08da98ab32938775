package dev.larder.trust.publishers;

import dev.larder.trust.oidc.IssuerType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Writes {@link Selection.NoneMatched#summary}: the token's own identity, then the closest of
 * the publishers the reader may see, each with its reasons.
 *
 * <p>Reasons quote configured values ("does not match the configured `release`"), so a
 * publisher of another project must never appear: neither its description, nor its reasons,
 * nor the fact that it exists. What the token says about itself is always safe to repeat.
 */
final class MismatchSummary {
    private MismatchSummary() {}

    static String of(Selection.NoneMatched none, Predicate<Candidate> shownInThisLog) {
        List<Selection.Rejected> visible = none.rejected().stream()
                .filter(r -> shownInThisLog.test(r.candidate()))
                .collect(Collectors.toList());
        StringBuilder out = new StringBuilder("No trusted publisher matches this ")
                .append(none.issuer().kind().displayName()).append(" token");
        if (!none.token().isEmpty()) {
            out.append(" (").append(none.token()).append(')');
        }
        out.append('.');
        if (visible.isEmpty()) {
            return out.append(" Compare these values with the project's trusted publishers.").toString();
        }
        List<Selection.Rejected> closest = closest(visible, none.issuer().kind());
        out.append(closest.size() == 1 ? " The closest publisher:" : " The closest publishers:");
        for (Selection.Rejected rejected : closest) {
            out.append('\n').append(rejected.candidate().spec().describe()).append(':');
            for (String reason : rejected.reasons()) {
                out.append("\n  - ").append(reason);
            }
        }
        return out.toString();
    }

    /**
     * How far a rejected candidate was from matching: its number of reasons, or as far as
     * possible when it is for another kind of issuer (one reason, but not close at all).
     */
    static int distance(Selection.Rejected rejected, IssuerType issuerKind) {
        return rejected.candidate().spec().kind() == issuerKind ? rejected.reasons().size() : Integer.MAX_VALUE;
    }

    /** All rejections at the smallest distance; {@code rejected} must be sorted closest first. */
    static List<Selection.Rejected> closest(List<Selection.Rejected> rejected, IssuerType issuerKind) {
        List<Selection.Rejected> closest = new ArrayList<>();
        for (Selection.Rejected r : rejected) {
            if (!closest.isEmpty() && distance(r, issuerKind) > distance(closest.get(0), issuerKind)) {
                break;
            }
            closest.add(r);
        }
        return closest;
    }
}
