package dev.larder.devissuer;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes the development issuer's tokens: registered claims as GitHub sets them (valid for 300 s,
 * {@code nbf} 5 s before issue, a fresh {@code jti}), the job's claims in the chosen CI shape, then
 * the caller's overrides, where a {@code null} value removes the claim.
 */
final class DevTokenMinter {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String issuerUrl;
    private final DevSigningKey key;
    private final DevClaims job;
    private final Clock clock;

    DevTokenMinter(String issuerUrl, DevSigningKey key, DevClaims job, Clock clock) {
        this.issuerUrl = issuerUrl;
        this.key = key;
        this.job = job;
        this.clock = clock;
    }

    String mint(String audience, Map<String, Object> overrides) {
        long now = clock.instant().getEpochSecond();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", issuerUrl);
        claims.put("aud", audience);
        claims.put("iat", now);
        claims.put("nbf", now - 5);
        claims.put("exp", now + 300);
        claims.put("jti", UUID.randomUUID().toString());
        claims.putAll(job.shape() == CiShape.GITLAB ? GitLabClaims.of(job, issuerUrl) : GitHubClaims.of(job));
        overrides.forEach((name, value) -> {
            if (value == null) {
                claims.remove(name);
            } else {
                claims.put(name, value);
            }
        });
        return key.sign(JSON.writeValueAsString(claims));
    }

    /** GitHub's default audience when a job asks without one: the owner's GitHub URL. */
    String defaultAudience() {
        return "https://github.com/" + job.owner();
    }

    CiShape shape() {
        return job.shape();
    }
}
