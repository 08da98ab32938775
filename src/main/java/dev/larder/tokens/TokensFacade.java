package dev.larder.tokens;

import dev.larder.packaging.ProjectName;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Issuing, reading and revoking API tokens. */
public final class TokensFacade {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private final TokenRepository tokens;
    private final ApiTokenCodec codec;
    private final String location;
    private final Clock clock;

    public TokensFacade(TokenRepository tokens, ApiTokenCodec codec, String location, Clock clock) {
        this.tokens = tokens;
        this.codec = codec;
        this.location = location;
        this.clock = clock;
    }

    /** Creates a token for the user and returns its secret text, which is shown once and never stored. */
    public String create(long userId, String description, List<String> projectNames, Optional<Duration> lifetime) {
        LinkedHashSet<String> scope = new LinkedHashSet<>();
        for (String p : projectNames) {
            if (!ProjectName.isValid(p)) {
                throw new IllegalArgumentException("'" + p + "' is not a valid project name");
            }
            scope.add(ProjectName.normalize(p));
        }
        Instant now = clock.instant();
        Optional<Instant> expires = lifetime.map(d -> {
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("a token's lifetime must be positive");
            }
            return now.plus(d);
        });
        String id = UUID.randomUUID().toString();
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        String rootKey = HexFormat.of().formatHex(key);
        ApiToken token = new ApiToken(id, userId, description, List.copyOf(scope), now, expires, Optional.empty());
        tokens.insert(token, rootKey);

        List<String> caveats = new ArrayList<>();
        caveats.add(new TokenCaveat.RequestUser(String.valueOf(userId)).toJson());
        if (!scope.isEmpty()) {
            caveats.add(new TokenCaveat.ProjectNames(List.copyOf(scope)).toJson());
        }
        expires.ifPresent(e -> caveats.add(new TokenCaveat.Expiry(e.getEpochSecond(), now.getEpochSecond()).toJson()));
        return codec.mint(location, id, rootKey, caveats);
    }

    /**
     * The principal behind a token whose signature is valid and whose row still exists; empty for
     * anything else (malformed, forged, revoked). Caveats are judged later, per request.
     */
    public Optional<TokenPrincipal> identify(String token) {
        Optional<ApiTokenCodec.DecodedToken> decoded = codec.decode(token);
        if (decoded.isEmpty()) {
            return Optional.empty();
        }
        Optional<TokenRepository.StoredToken> stored = tokens.byId(decoded.get().identifier());
        if (stored.isEmpty() || !codec.signatureValid(token, stored.get().rootKey())) {
            return Optional.empty();
        }
        List<TokenCaveat> caveats = new ArrayList<>();
        for (String c : decoded.get().caveats()) {
            Optional<TokenCaveat> parsed = TokenCaveat.parse(c);
            if (parsed.isEmpty()) {
                return Optional.empty();
            }
            caveats.add(parsed.get());
        }
        // Last use is kept at minute precision; the row just read says whether a write is due, so
        // most requests with a busy token take no write transaction at all.
        Instant now = clock.instant();
        if (stored.get().token().lastUsedAt().map(t -> t.isBefore(now.minus(LAST_USED_PRECISION))).orElse(true)) {
            tokens.markUsed(stored.get().token().id(), now);
        }
        return Optional.of(new TokenPrincipal(stored.get().token(), List.copyOf(caveats)));
    }

    /** The first caveat that forbids using the token on this project now, if any. */
    public Optional<String> caveatFailure(TokenPrincipal principal, String normalizedProject) {
        TokenCaveat.CaveatContext context = new TokenCaveat.CaveatContext(
                clock.instant(), Optional.of(normalizedProject), Optional.of(principal.userId()));
        for (TokenCaveat c : principal.caveats()) {
            Optional<String> f = c.failure(context);
            if (f.isPresent()) {
                return f;
            }
        }
        return Optional.empty();
    }

    /** Why the token is not valid at this moment (expired, not yet valid), whatever it is used for. */
    public Optional<String> timeFailure(TokenPrincipal principal) {
        TokenCaveat.CaveatContext context = new TokenCaveat.CaveatContext(clock.instant(), Optional.empty(), Optional.empty());
        return principal.caveats().stream().filter(c -> c instanceof TokenCaveat.Expiry)
                .map(c -> c.failure(context)).flatMap(Optional::stream).findFirst();
    }

    public List<ApiToken> list(long userId) {
        return tokens.byUser(userId);
    }

    /** Revokes any token (the administrator's command line). */
    public boolean revoke(String id) {
        return tokens.delete(id);
    }

    /** Revokes the token only if it belongs to the user; another user's token id is as good as unknown. */
    public Optional<ApiToken> revokeOwn(long userId, String id) {
        Optional<ApiToken> own = tokens.byId(id).map(TokenRepository.StoredToken::token).filter(t -> t.userId() == userId);
        return own.filter(t -> tokens.delete(t.id()));
    }
}
