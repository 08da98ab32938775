package dev.larder.trust.publishers;

import dev.larder.trust.oidc.IssuerType;
import java.util.Map;
import java.util.Objects;

/**
 * Decides whether a verified token's claims match a trusted publisher.
 *
 * <p>The claims are the payload of a token whose signature, issuer, audience and lifetime
 * have already been verified, as JSON values: {@code String}, {@code Boolean},
 * {@code Long}/{@code Double}, {@code List}, {@code Map}, or {@code null}. Nothing here
 * throws because of what a token contains: an absent claim, a claim of the wrong type, a
 * repository without {@code /} and so on each become a reason in the {@link MatchResult.Mismatch}.
 * All problems are reported at once, each naming the claim, its value and what was expected.
 *
 * <p>Replay protection ({@code jti}) belongs to token verification; here GitHub and GitLab
 * tokens are only required to carry a {@code jti}, as on pypi.org. Each provider's checks
 * and the reasons for them are described on its publisher record.
 *
 * <p>Stateless and thread-safe.
 */
public final class PublisherMatcher {
    /**
     * Checks claims against a publisher, taking the issuer URL (needed for GitLab's
     * {@code ci_config_ref_uri}) from the {@code iss} claim. Does not check that the token's
     * issuer is of the publisher's kind: use the other overload when that is not known.
     */
    public MatchResult check(PublisherSpec spec, Map<String, ?> claims) {
        return checkClaims(spec, null, claims);
    }

    /**
     * Checks claims from {@code issuer} against a publisher. A publisher of another kind than
     * the issuer never matches.
     */
    public MatchResult check(PublisherSpec spec, TokenIssuer issuer, Map<String, ?> claims) {
        Objects.requireNonNull(issuer, "issuer");
        if (spec.kind() != issuer.kind()) {
            return new MatchResult.Mismatch(spec, java.util.List.of("this publisher is for " + spec.kind().displayName()
                    + ", but the token was issued by " + QuotedValue.of(issuer.name()) + " (" + QuotedValue.of(issuer.url())
                    + "), which is " + article(issuer.kind()) + " " + issuer.kind().displayName() + " issuer"));
        }
        return checkClaims(spec, issuer, claims);
    }

    private static MatchResult checkClaims(PublisherSpec spec, TokenIssuer issuer, Map<String, ?> claims) {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(claims, "claims");
        ClaimInspection in = new ClaimInspection(claims);
        if (spec instanceof GitHubPublisher p) {
            return GitHubClaimCheck.check(p, in);
        } else if (spec instanceof GitLabPublisher p) {
            String issuerUrl = issuer != null ? issuer.url() : in.requiredNonEmpty("iss");
            return GitLabClaimCheck.check(p, in, issuerUrl);
        } else if (spec instanceof GooglePublisher p) {
            return GoogleClaimCheck.check(p, in);
        } else if (spec instanceof ActiveStatePublisher p) {
            return ActiveStateClaimCheck.check(p, in);
        } else if (spec instanceof ForgejoPublisher p) {
            return ForgejoClaimCheck.check(p, in);
        } else if (spec instanceof OidcRulePublisher p) {
            return OidcRuleClaimCheck.check(p, in);
        }
        throw new AssertionError("unknown publisher kind " + spec.getClass());
    }

    private static String article(IssuerType kind) {
        return kind == IssuerType.ACTIVESTATE || kind == IssuerType.OIDC ? "an" : "a";
    }
}
