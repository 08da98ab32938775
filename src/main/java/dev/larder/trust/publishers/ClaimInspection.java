package dev.larder.trust.publishers;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One token's claims being checked against one publisher: reads claims by the type the
 * provider documents and collects reasons, ids to pin and notices on the way.
 *
 * <p>Reading never throws. A claim that is absent (or JSON {@code null}) or of the wrong JSON
 * type is recorded as a reason and read as {@code null}, so each check can carry on and report
 * everything that is wrong at once. This is Larder's answer to pypi.org's unguarded
 * non-string claims (spec §7 item 6), which fail there with a server error.
 */
final class ClaimInspection {
    private final Map<String, ?> claims;
    private final List<String> reasons = new ArrayList<>();
    private final Map<String, String> pins = new LinkedHashMap<>();
    private final List<String> notices = new ArrayList<>();

    ClaimInspection(Map<String, ?> claims) {
        this.claims = claims;
    }

    boolean isPresent(String claim) {
        return claims.get(claim) != null;
    }

    /** The claim as a string (possibly empty); {@code null}, with a reason, if absent or not a string. */
    String requiredString(String claim) {
        Object value = claims.get(claim);
        if (value == null) {
            fail("the token has no " + QuotedValue.of(claim) + " claim");
            return null;
        }
        return asString(claim, value);
    }

    /** Like {@link #requiredString}, and an empty string is a reason too. */
    String requiredNonEmpty(String claim) {
        String value = requiredString(claim);
        if (value != null && value.isEmpty()) {
            fail("the token's " + QuotedValue.of(claim) + " claim is empty");
            return null;
        }
        return value;
    }

    /** The claim as a string; {@code null} without a reason if absent, with one if not a string. */
    String optionalString(String claim) {
        Object value = claims.get(claim);
        return value == null ? null : asString(claim, value);
    }

    /** The claim as a boolean; {@code null}, with a reason, if absent or not a JSON boolean. */
    Boolean requiredBoolean(String claim) {
        Object value = claims.get(claim);
        if (value == null) {
            fail("the token has no " + QuotedValue.of(claim) + " claim");
            return null;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        fail(typeReason(claim, value, "a boolean"));
        return null;
    }

    /**
     * The claim as text for generic rules: a string as it is, a whole number in decimal, a
     * boolean as {@code true}/{@code false}. {@code null}, with a reason, if absent, empty or
     * anything else.
     */
    String requiredScalarText(String claim) {
        Object value = claims.get(claim);
        if (value == null) {
            fail("the token has no " + QuotedValue.of(claim) + " claim");
            return null;
        }
        String text;
        if (value instanceof String s) {
            text = s;
        } else if (value instanceof Boolean || value instanceof Long || value instanceof Integer
                || value instanceof Short || value instanceof Byte || value instanceof BigInteger) {
            text = value.toString();
        } else {
            fail(typeReason(claim, value, "a string, a whole number or a boolean"));
            return null;
        }
        if (text.isEmpty()) {
            fail("the token's " + QuotedValue.of(claim) + " claim is empty");
            return null;
        }
        return text;
    }

    /**
     * Checks an immutable id: requires the claim, pins it when {@code pinned} is empty,
     * otherwise requires it to equal {@code pinned}.
     *
     * @param label how people call the id, e.g. {@code repository owner id}
     * @param question what probably happened if it differs, e.g. {@code was the account deleted and re-created?}
     */
    void checkPinnedId(String claim, String pinned, String label, String question) {
        String value = requiredNonEmpty(claim);
        if (value == null) {
            return;
        }
        if (pinned.isEmpty()) {
            pin(claim, value);
        } else if (!pinned.equals(value)) {
            fail(label + " " + QuotedValue.of(value) + " differs from the id " + QuotedValue.of(pinned)
                    + " pinned when this publisher was first used (" + question + ")");
        }
    }

    /**
     * Like {@link #checkPinnedId} for ids that older issuers do not send: an absent or empty
     * claim is fine while nothing is pinned, and a reason once something is.
     */
    void checkPinnedIdIfPresent(String claim, String pinned, String label, String question) {
        String value = optionalString(claim);
        if (value != null && !value.isEmpty()) {
            checkPinnedId(claim, pinned, label, question);
        } else if (!pinned.isEmpty() && (value != null || !isPresent(claim))) {
            fail("the token has no " + QuotedValue.of(claim) + " claim, but this publisher has pinned the " + label + " "
                    + QuotedValue.of(pinned));
        }
    }

    /** Records a reason; the same reason twice (e.g. one claim read by two checks) is kept once. */
    void fail(String reason) {
        if (!reasons.contains(reason)) {
            reasons.add(reason);
        }
    }

    void pin(String claim, String value) {
        pins.put(claim, value);
    }

    void notice(String text) {
        notices.add(text);
    }

    int reasonCount() {
        return reasons.size();
    }

    /** The value to store for {@code claim}: the newly pinned one, else {@code current}. */
    String pinnedOr(String claim, String current) {
        return pins.getOrDefault(claim, current);
    }

    Map<String, String> pins() {
        return pins;
    }

    MatchResult result(PublisherSpec spec, PublisherSpec pinnedSpec) {
        if (!reasons.isEmpty()) {
            return new MatchResult.Mismatch(spec, reasons);
        }
        return new MatchResult.Match(spec, pins, pins.isEmpty() ? spec : pinnedSpec, notices);
    }

    private String asString(String claim, Object value) {
        if (value instanceof String s) {
            return s;
        }
        fail(typeReason(claim, value, "a string"));
        return null;
    }

    private static String typeReason(String claim, Object value, String expected) {
        return "the token's " + QuotedValue.of(claim) + " claim is " + jsonType(value)
                + " (" + QuotedValue.of(String.valueOf(value)) + "), not " + expected;
    }

    private static String jsonType(Object value) {
        if (value instanceof String) {
            return "a string";
        } else if (value instanceof Boolean) {
            return "a boolean";
        } else if (value instanceof Number) {
            return "a number";
        } else if (value instanceof List) {
            return "a list";
        } else if (value instanceof Map) {
            return "an object";
        }
        return "a " + value.getClass().getSimpleName();
    }
}
