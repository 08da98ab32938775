package dev.larder.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import dev.larder.db.Database;
import dev.larder.testing.Backend;
import dev.larder.testing.MutableClock;
import dev.larder.tokens.sql.SqlTokenRepository;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** API tokens against a real database, SQLite and PostgreSQL. */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class ApiTokensTest {
    @Parameter
    Backend backend;

    @TempDir
    Path dir;

    Database db;
    MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    TokensFacade tokens;
    long userId;

    @BeforeEach
    void open() {
        db = Database.open(backend.jdbcUrl(dir));
        userId = db.jdbi().withHandle(h -> h.createUpdate("INSERT INTO users (name, name_key, email, created_at) VALUES ('u','u','u@x.io',0)")
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        tokens = new TokensFacade(new SqlTokenRepository(db.jdbi()), new MacaroonTokenCodec(), "larder.test", clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aNewTokenIsAPypiPrefixedMacaroonThatIdentifiesItsUser() {
        String token = tokens.create(userId, "ci", List.of(), Optional.empty());
        assertThat(token).startsWith("pypi-").doesNotContain("=");
        assertThat(tokens.identify(token)).hasValueSatisfying(p -> assertThat(p.userId()).isEqualTo(userId));
    }

    @Test
    void aTokenWithAChangedCaveatOrSignatureIsNotRecognised() {
        String token = tokens.create(userId, "ci", List.of("demo"), Optional.empty());
        ApiTokenCodec codec = new MacaroonTokenCodec();
        var decoded = codec.decode(token).orElseThrow();
        String widened = codec.mint("larder.test", decoded.identifier(), "0".repeat(64), List.of());
        assertThat(tokens.identify(widened)).isEmpty();
        assertThat(tokens.identify(token.substring(0, token.length() - 2))).isEmpty();
        assertThat(tokens.identify("pypi-")).isEmpty();
        assertThat(tokens.identify(null)).isEmpty();
    }

    @Test
    void aRevokedTokenIsNotRecognised() {
        String token = tokens.create(userId, "ci", List.of(), Optional.empty());
        String id = tokens.list(userId).get(0).id();
        assertThat(tokens.revoke(id)).isTrue();
        assertThat(tokens.identify(token)).isEmpty();
    }

    @Test
    void aScopedTokenHoldsOnlyForItsProjectsByNormalizedName() {
        String token = tokens.create(userId, "ci", List.of("Demo_Pkg"), Optional.empty());
        TokenPrincipal p = tokens.identify(token).orElseThrow();
        assertThat(tokens.caveatFailure(p, "demo-pkg")).isEmpty();
        assertThat(tokens.caveatFailure(p, "other")).contains("project-scoped token is not valid for project: 'other'");
    }

    @Test
    void anExpiringTokenStopsWorkingAtItsExpiry() {
        String token = tokens.create(userId, "ci", List.of(), Optional.of(Duration.ofHours(1)));
        TokenPrincipal p = tokens.identify(token).orElseThrow();
        assertThat(tokens.caveatFailure(p, "x")).isEmpty();
        clock.advance(Duration.ofHours(1));
        assertThat(tokens.caveatFailure(p, "x")).contains("token is expired");
    }

    @Test
    void unknownCaveatsMakeATokenInvalid() {
        assertThat(TokenCaveat.parse("[9,\"x\"]")).isEmpty();
        assertThat(TokenCaveat.parse("{\"version\":1}")).isEmpty();
        assertThat(TokenCaveat.parse("[0,\"a\",1]")).isEmpty();
        assertThat(TokenCaveat.parse("[1,[\"a\",\"b\"]]")).contains(new TokenCaveat.ProjectNames(List.of("a", "b")));
    }
}
