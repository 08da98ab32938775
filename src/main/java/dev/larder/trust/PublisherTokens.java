package dev.larder.trust;

import dev.larder.tokens.ApiTokenCodec;
import dev.larder.upload.Uploader;
import dev.larder.upload.UploaderResolver;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The upload tokens minted for trusted publishers: {@code pypi-} macaroons with PyPI's caveats
 * {@code [4, publisher, null]} (the publisher), {@code [2, [project ids]]} and
 * {@code [0, expires, not-before]}, whose root key lives in a row of their own. Deleting the
 * publisher deletes its tokens; unlinking it from a project stops its tokens there at once,
 * because every upload asks whether the project still trusts the publisher.
 */
public final class PublisherTokens implements UploaderResolver {
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final TrustRepository repository;
    private final ApiTokenCodec codec;
    private final String location;

    public PublisherTokens(TrustRepository repository, ApiTokenCodec codec, String location) {
        this.repository = repository;
        this.codec = codec;
        this.location = location;
    }

    MintedToken mint(List<TrustedPublisher> publishers, List<Long> projectIds, Map<String, String> claims,
                     Instant now, Instant expires) {
        String id = UUID.randomUUID().toString();
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        String rootKey = HexFormat.of().formatHex(key);
        List<String> ids = publishers.stream().map(TrustedPublisher::id).toList();
        repository.insertToken(id, ids, rootKey, JSON.writeValueAsString(claims), now, expires);
        List<String> caveats = new ArrayList<>();
        caveats.add(JSON.createArrayNode().add(4).add(ids.get(0)).addNull().toString());
        var projects = JSON.createArrayNode().add(2);
        var list = projects.addArray();
        projectIds.forEach(p -> list.add(String.valueOf(p)));
        caveats.add(projects.toString());
        caveats.add("[0," + expires.getEpochSecond() + "," + now.getEpochSecond() + "]");
        return new MintedToken(codec.mint(location, id, rootKey, caveats), expires);
    }

    /**
     * Invalidates a token minted here before it expires, as clients do once they have uploaded
     * (pypi.org's {@code /_/oidc/burn-token}). Only the token itself can burn it: its signature
     * must check out against its root key.
     *
     * @return whether a token was burnt
     */
    boolean burn(String token) {
        Optional<ApiTokenCodec.DecodedToken> decoded = codec.decode(token);
        if (decoded.isEmpty()) {
            return false;
        }
        Optional<TrustRepository.PublisherTokenRow> row = repository.token(decoded.get().identifier());
        return row.isPresent() && codec.signatureValid(token, row.get().rootKey()) && repository.deleteToken(row.get().id());
    }

    @Override
    public Optional<Uploader> resolve(String token) {
        Optional<ApiTokenCodec.DecodedToken> decoded = codec.decode(token);
        if (decoded.isEmpty()) {
            return Optional.empty();
        }
        Optional<TrustRepository.PublisherTokenRow> row = repository.token(decoded.get().identifier());
        if (row.isEmpty() || !codec.signatureValid(token, row.get().rootKey())) {
            return Optional.empty();
        }
        String publisher = null;
        List<Long> projects = null;
        Long expires = null;
        Long notBefore = null;
        for (String caveat : decoded.get().caveats()) {
            JsonNode c;
            try {
                c = JSON.readTree(caveat);
            } catch (RuntimeException e) {
                return Optional.empty();
            }
            int tag = c.isArray() && c.size() > 1 ? c.get(0).asInt(-1) : -1;
            if (tag == 4 && c.get(1).isString()) {
                publisher = c.get(1).asString();
            } else if (tag == 2 && c.get(1).isArray()) {
                projects = new ArrayList<>();
                for (JsonNode p : c.get(1)) {
                    projects.add(Long.parseLong(p.asString()));
                }
            } else if (tag == 0 && c.size() == 3 && c.get(1).isIntegralNumber() && c.get(2).isIntegralNumber()) {
                expires = c.get(1).asLong();
                notBefore = c.get(2).asLong();
            } else {
                return Optional.empty(); // a caveat we did not write: fail closed
            }
        }
        if (publisher == null || projects == null || expires == null || !publisher.equals(row.get().publisher().id())) {
            return Optional.empty();
        }
        return Optional.of(new Uploader.Publisher(row.get().id(), row.get().publisherIds(), projects,
                row.get().publisher().issuerName(), row.get().publisher().spec().describe(),
                Instant.ofEpochSecond(notBefore), Instant.ofEpochSecond(expires), claims(row.get().claimsJson())));
    }

    private static Map<String, String> claims(String json) {
        Map<String, String> out = new LinkedHashMap<>();
        JSON.readTree(json).properties().forEach(e -> out.put(e.getKey(), e.getValue().asString()));
        return out;
    }
}
