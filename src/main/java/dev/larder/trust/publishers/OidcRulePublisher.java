package dev.larder.trust.publishers;

import dev.larder.trust.oidc.IssuerType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A publisher for a generic OIDC issuer, described by rules on named claims.
 *
 * <ul>
 *   <li>{@code rules}: each claim named must be present and satisfy its {@link ClaimRule}
 *       (exact value or glob, always case-sensitive). At least one rule is required, since a
 *       publisher without rules would accept every token of its issuer.</li>
 *   <li>{@code immutableIdClaims}: claims that identify the workload for good, such as
 *       {@code repository_id}. At least one is required, because only immutable ids protect
 *       against a deleted name being registered again by someone else. Each must be present
 *       in every token; the values of the first matching token are pinned in
 *       {@code pinnedIds}, and later tokens must carry the same values. With a glob rule this
 *       binds the publisher to the first workload that used it.</li>
 * </ul>
 * Claim values are compared as text: a string as it is, a whole number in decimal and a
 * boolean as {@code true}/{@code false}, since generic issuers differ in how they type ids.
 * Fractional numbers, lists, objects and {@code null} never match a rule or an id.
 *
 * <p>{@code pinnedIds} is a third component beyond the two of the original design: the
 * pinned values have to live somewhere, and keeping them in the record makes pinning work
 * the same way for every kind of publisher.
 */
public record OidcRulePublisher(Map<String, ClaimRule> rules, List<String> immutableIdClaims, Map<String, String> pinnedIds)
        implements PublisherSpec {

    public OidcRulePublisher {
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("a generic OIDC publisher needs at least one claim rule");
        }
        if (immutableIdClaims.isEmpty()) {
            throw new IllegalArgumentException("a generic OIDC publisher needs at least one immutable-id claim");
        }
        rules = sortedCopy(rules);
        immutableIdClaims = List.copyOf(immutableIdClaims.stream().distinct().collect(Collectors.toList()));
        pinnedIds = sortedCopy(pinnedIds);
        for (String claim : pinnedIds.keySet()) {
            if (!immutableIdClaims.contains(claim)) {
                throw new IllegalArgumentException("pinned id for " + claim + ", which is not an immutable-id claim");
            }
        }
    }

    /** A publisher with nothing pinned yet. */
    public OidcRulePublisher(Map<String, ClaimRule> rules, List<String> immutableIdClaims) {
        this(rules, immutableIdClaims, Map.of());
    }

    @Override
    public IssuerType kind() {
        return IssuerType.OIDC;
    }

    /** This publisher with {@code ids} pinned in addition to those pinned already. */
    public OidcRulePublisher withPinnedIds(Map<String, String> ids) {
        Map<String, String> all = new TreeMap<>(pinnedIds);
        all.putAll(ids);
        return new OidcRulePublisher(rules, immutableIdClaims, all);
    }

    @Override
    public String describe() {
        String conditions = rules.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue().describe())
                .collect(Collectors.joining(", "));
        return "OIDC claims " + conditions + "; immutable ids " + String.join(", ", immutableIdClaims);
    }

    @Override
    public String configurationKey() {
        List<String> parts = new ArrayList<>();
        rules.forEach((claim, rule) -> {
            parts.add(claim);
            parts.add(rule.type().wireName());
            parts.add(rule.value());
        });
        parts.add("immutable ids:");
        parts.addAll(immutableIdClaims.stream().sorted().collect(Collectors.toList()));
        return ConfigurationKey.of(kind(), parts.toArray(String[]::new));
    }

    private static <V> SortedMap<String, V> sortedCopy(Map<String, V> map) {
        return Collections.unmodifiableSortedMap(new TreeMap<>(Map.copyOf(map)));
    }
}
