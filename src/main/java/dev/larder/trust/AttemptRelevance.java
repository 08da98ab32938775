package dev.larder.trust;

import dev.larder.trust.publishers.ActiveStatePublisher;
import dev.larder.trust.publishers.ClaimRule;
import dev.larder.trust.publishers.ForgejoPublisher;
import dev.larder.trust.publishers.GitHubPublisher;
import dev.larder.trust.publishers.GitLabPublisher;
import dev.larder.trust.publishers.GooglePublisher;
import dev.larder.trust.publishers.OidcRulePublisher;
import dev.larder.trust.publishers.PublisherSpec;
import java.util.Map;

/**
 * Decides whose log a refused exchange belongs in: a project hears about a token only when the
 * token claims to come from that project's own repository (or account, or workload). Tokens from
 * unrelated repositories never show up in a project's log, so a log reveals nothing about others.
 */
final class AttemptRelevance {
    private AttemptRelevance() {}

    static boolean relates(PublisherSpec spec, Map<String, ?> claims) {
        if (spec instanceof GitHubPublisher g) {
            return same(claims.get("repository"), g.owner() + "/" + g.repository());
        }
        if (spec instanceof ForgejoPublisher f) {
            return same(claims.get("repository"), f.owner() + "/" + f.repository());
        }
        if (spec instanceof GitLabPublisher g) {
            return same(claims.get("project_path"), g.namespace() + "/" + g.project());
        }
        if (spec instanceof GooglePublisher g) {
            return same(claims.get("email"), g.email());
        }
        if (spec instanceof ActiveStatePublisher a) {
            return same(claims.get("organization"), a.organization()) && same(claims.get("project"), a.project());
        }
        if (spec instanceof OidcRulePublisher o) {
            if (!o.pinnedIds().isEmpty()) {
                return o.pinnedIds().entrySet().stream().allMatch(e -> e.getValue().equals(claims.get(e.getKey())));
            }
            return o.rules().entrySet().stream()
                    .filter(e -> e.getValue().type() == ClaimRule.Type.EXACT)
                    .anyMatch(e -> e.getValue().value().equals(claims.get(e.getKey())));
        }
        return false;
    }

    private static boolean same(Object claim, String configured) {
        return claim instanceof String s && s.equalsIgnoreCase(configured);
    }
}
