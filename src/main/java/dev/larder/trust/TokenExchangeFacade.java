package dev.larder.trust;

import dev.larder.trust.oidc.IssuerConfig;
import dev.larder.trust.oidc.OidcTokenVerifier;
import dev.larder.trust.oidc.TokenRejected;
import dev.larder.trust.oidc.VerifiedToken;
import dev.larder.trust.publishers.Candidate;
import dev.larder.trust.oidc.IssuerType;
import dev.larder.trust.publishers.PublisherSelector;
import dev.larder.trust.publishers.Selection;
import dev.larder.trust.publishers.TokenIssuer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /_/oidc/mint-token}: a CI job's OIDC token in, a short-lived upload token out, in
 * pypi.org's order: parse, verify the JWT, try pending publishers (creating their project), then
 * the registered publishers, claim the token id once, mint. Every exchange whose token was
 * genuine is written to the log of the projects it concerns, accepted or not.
 */
public final class TokenExchangeFacade {
    static final Duration PENDING_LIFETIME = Duration.ofDays(30);
    /** The token id is remembered past the verifier's leeway, so a token is never accepted twice. */
    private static final Duration JTI_MARGIN = Duration.ofSeconds(35);
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Duration HOUSEKEEPING_INTERVAL = Duration.ofMinutes(1);

    private final TrustSettings settings;
    private final OidcTokenVerifier verifier;
    private final TrustRepository repository;
    private final PublisherTokens tokens;
    private final PublisherSelector selector = new PublisherSelector();
    private final Clock clock;
    private final AtomicLong lastHousekeeping = new AtomicLong(Long.MIN_VALUE / 2);

    public TokenExchangeFacade(TrustSettings settings, OidcTokenVerifier verifier, TrustRepository repository,
                               PublisherTokens tokens, Clock clock) {
        this.settings = settings;
        this.verifier = verifier;
        this.repository = repository;
        this.tokens = tokens;
        this.clock = clock;
    }

    public String audience() {
        return settings.audience();
    }

    public MintedToken exchange(byte[] body) throws ExchangeRefused {
        String jwt = tokenFrom(body);
        VerifiedToken verified;
        try {
            verified = verifier.verify(jwt);
        } catch (TokenRejected e) {
            throw new ExchangeRefused(e.code(), e.description());
        }
        IssuerConfig issuer = verified.issuer();
        TokenIssuer tokenIssuer = new TokenIssuer(issuer.type(), issuer.name(), issuer.url());
        Map<String, Object> claims = verified.claims();
        housekeeping();

        tryPending(verified, tokenIssuer);

        List<TrustedPublisher> publishers = repository.publishersOfIssuer(issuer.name());
        List<Candidate> candidates = publishers.stream().map(p -> new Candidate(p.id(), p.spec())).toList();
        Selection selection = selector.select(candidates, tokenIssuer, claims);
        if (selection instanceof Selection.NoneMatched none) {
            logRefusal(none, publishers, issuer.name(), claims);
            throw new ExchangeRefused("invalid-publisher",
                    "valid token, but no corresponding publisher (" + none.summary(c -> false) + ")");
        }
        Selection.Selected selected = (Selection.Selected) selection;
        List<TrustedPublisher> chosen = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        for (Selection.Accepted a : selected.chosen()) {
            TrustedPublisher p = publishers.stream().filter(x -> x.id().equals(a.candidate().id())).findFirst().orElseThrow();
            if (!a.match().idsToPin().isEmpty()) {
                repository.updateSpec(p.id(), a.match().pinnedSpec());
            }
            notices.addAll(a.match().notices());
            chosen.add(p);
        }
        Map<String, List<Long>> projectsOf = repository.projectsOf(chosen.stream().map(TrustedPublisher::id).toList());
        Set<Long> projects = new LinkedHashSet<>();
        chosen.forEach(p -> projects.addAll(projectsOf.getOrDefault(p.id(), List.of())));
        if (projects.isEmpty()) {
            throw new ExchangeRefused("invalid-publisher", "valid token, but its publisher no longer belongs to any project");
        }
        claimTokenId(verified);
        Instant now = clock.instant();
        Instant expires = now.plus(settings.tokenLifetime());
        Map<String, String> recorded = RecordedClaims.of(claims);
        MintedToken minted = tokens.mint(chosen, List.copyOf(projects), recorded, now, expires);
        String reason = "accepted: " + chosen.get(0).spec().describe() + "; upload token valid until " + expires
                + (notices.isEmpty() ? "" : ". Note: " + String.join(" ", notices));
        for (long project : projects) {
            repository.logAttempt(project, issuer.name(), true, Optional.of(chosen.get(0).id()), reason, recorded);
        }
        return minted;
    }

    /** Expired pending publishers, token ids and tokens go, at most once a minute rather than on every exchange. */
    private void housekeeping() {
        Instant now = clock.instant();
        long last = lastHousekeeping.get();
        if (now.toEpochMilli() - last < HOUSEKEEPING_INTERVAL.toMillis() || !lastHousekeeping.compareAndSet(last, now.toEpochMilli())) {
            return;
        }
        repository.deletePendingCreatedBefore(now.minus(PENDING_LIFETIME));
        repository.forgetExpired(now);
    }

    /**
     * {@code POST /_/oidc/burn-token}: the client is done with its upload token, so it stops
     * working now rather than when it expires. The answer does not say whether the token was
     * valid, so this cannot be used to test tokens.
     *
     * @return whether a token was burnt, for the server's log only
     * @throws ExchangeRefused {@code invalid-payload} if the body is not {@code {"token": "pypi-..."}}
     */
    public boolean burn(byte[] body) throws ExchangeRefused {
        return tokens.burn(tokenField(body, "the upload token as a string: {\"token\": \"pypi-...\"}"));
    }

    /** pypi.org's step 6: a matching pending publisher creates its project now. Mismatches are not errors here. */
    private void tryPending(VerifiedToken verified, TokenIssuer tokenIssuer) throws ExchangeRefused {
        List<PendingPublisher> pending = repository.pendingOfIssuer(verified.issuer().name());
        if (pending.isEmpty()) {
            return;
        }
        List<Candidate> candidates = pending.stream().map(p -> new Candidate(p.id(), p.spec())).toList();
        if (!(selector.select(candidates, tokenIssuer, verified.claims()) instanceof Selection.Selected selected)) {
            return;
        }
        String id = selected.best().candidate().id();
        PendingPublisher chosen = pending.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
        try {
            repository.reify(chosen, "trusted publisher " + chosen.spec().describe());
        } catch (TrustException e) {
            throw new ExchangeRefused("invalid-pending-publisher", "valid token, but the project '" + chosen.projectName()
                    + "' already exists; a pending publisher can only create a new project, so add this publisher "
                    + "to the existing project instead");
        }
    }

    private void claimTokenId(VerifiedToken verified) throws ExchangeRefused {
        Optional<String> jti = verified.jti();
        if (jti.isPresent() && !jti.get().isEmpty()
                && !repository.claimTokenId(verified.issuer().url(), jti.get(), verified.expiresAt().plus(JTI_MARGIN))) {
            throw new ExchangeRefused("invalid-reuse-token", "invalid token: already used; request a new OIDC token for each exchange");
        }
    }

    private void logRefusal(Selection.NoneMatched none, List<TrustedPublisher> publishers, String issuerName,
                            Map<String, Object> claims) {
        List<TrustedPublisher> related = publishers.stream().filter(p -> AttemptRelevance.relates(p.spec(), claims)).toList();
        if (related.isEmpty()) {
            return;
        }
        Map<String, List<Long>> projectsOf = repository.projectsOf(related.stream().map(TrustedPublisher::id).toList());
        Set<Long> projects = projectsOf.values().stream().flatMap(List::stream).collect(Collectors.toCollection(LinkedHashSet::new));
        Map<String, String> recorded = RecordedClaims.of(claims);
        for (long project : projects) {
            Set<String> own = projectsOf.entrySet().stream().filter(e -> e.getValue().contains(project))
                    .map(Map.Entry::getKey).collect(Collectors.toSet());
            repository.logAttempt(project, issuerName, false, Optional.empty(),
                    "refused: " + none.summary(c -> own.contains(c.id())), recorded);
        }
    }

    private static String tokenFrom(byte[] body) throws ExchangeRefused {
        return tokenField(body, "the OIDC token as a string: {\"token\": \"<JWT>\"}");
    }

    /** The {@code token} member of a JSON object body, as both exchange endpoints take it. */
    private static String tokenField(byte[] body, String expected) throws ExchangeRefused {
        JsonNode node;
        try {
            node = JSON.readTree(body);
        } catch (RuntimeException e) {
            node = null;
        }
        if (node == null || !node.isObject() || node.get("token") == null || !node.get("token").isString()) {
            throw new ExchangeRefused("invalid-payload", "the request body must be a JSON object with " + expected);
        }
        return node.get("token").asString();
    }
}
