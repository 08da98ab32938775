package dev.larder.trust.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.larder.config.ConfigException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Which issuers are accepted: the built-in ones, the configured ones, and the rules for both. */
class IssuerRegistryTest {
    @TempDir
    Path dir;

    static JsonNode issuersOf(String yaml) {
        return YAMLMapper.builder().build().readTree(yaml).path("trusted-publishing").path("issuers");
    }

    @Test
    void theDefaultsAreThePublicIssuersPypiAccepts() {
        IssuerRegistry defaults = IssuerRegistry.defaults();

        assertThat(defaults.all()).extracting(IssuerConfig::name, IssuerConfig::type, IssuerConfig::url).containsExactly(
                tuple("github", IssuerType.GITHUB, "https://token.actions.githubusercontent.com"),
                tuple("gitlab", IssuerType.GITLAB, "https://gitlab.com"),
                tuple("google", IssuerType.GOOGLE, "https://accounts.google.com"),
                tuple("activestate", IssuerType.ACTIVESTATE,
                        "https://platform.activestate.com/api/v1/oauth/oidc"));
        assertThat(defaults.all()).allSatisfy(issuer -> assertThat(issuer.pinnedJwks()).isEmpty());
    }

    @Test
    void issuersAreFoundByTheirExactUrlOnly() {
        IssuerRegistry defaults = IssuerRegistry.defaults();

        assertThat(defaults.byIssuerUrl("https://gitlab.com")).map(IssuerConfig::name).hasValue("gitlab");
        assertThat(defaults.byIssuerUrl("https://gitlab.com/")).isEmpty();
        assertThat(defaults.byIssuerUrl("accounts.google.com")).isEmpty();
        assertThat(defaults.byIssuerUrl("HTTPS://gitlab.com")).isEmpty();
        assertThat(defaults.byName("google")).map(IssuerConfig::url).hasValue("https://accounts.google.com");
        assertThat(defaults.byName("GitHub")).isEmpty();
    }

    @Test
    void namesAndUrlsMustBeUnique() {
        IssuerConfig a = IssuerConfig.discovered("a", IssuerType.GITLAB, "https://git.example.com");

        assertThatThrownBy(() -> IssuerRegistry.of(List.of(a, IssuerConfig.discovered("a", IssuerType.OIDC, "https://other.example.com"))))
                .isInstanceOf(ConfigException.class).hasMessage("two trusted-publishing issuers are named 'a'");
        assertThatThrownBy(() -> IssuerRegistry.of(List.of(a, IssuerConfig.discovered("b", IssuerType.OIDC, "https://git.example.com"))))
                .hasMessage("the trusted-publishing issuers 'a' and 'b' have the same URL https://git.example.com");
    }

    @Test
    void issuerUrlsMustBeHttpsExceptOnLoopback() {
        for (String ok : List.of("https://git.example.com", "https://git.example.com:8443/oidc", "http://127.0.0.1:9000",
                "http://localhost:9000", "http://[::1]:9000", "http://127.1.2.3")) {
            assertThat(IssuerConfig.discovered("x", IssuerType.OIDC, ok).url()).isEqualTo(ok);
        }
        for (String bad : List.of("http://git.example.com", "http://10.0.0.1", "ftp://git.example.com", "git.example.com",
                "https://user:pw@git.example.com", "https://git.example.com?x=1", "https://git.example.com#f", "https://",
                "http://127.0.0.1.example.com", "https://git example.com")) {
            assertThatThrownBy(() -> IssuerConfig.discovered("x", IssuerType.OIDC, bad)).as(bad)
                    .isInstanceOf(ConfigException.class).hasMessageContaining("'" + bad + "'");
        }
    }

    @Test
    void issuerNamesAreShortLowerCaseWords() {
        for (String bad : List.of("", "GitHub", "my issuer", "-x", "a".repeat(64))) {
            assertThatThrownBy(() -> IssuerConfig.discovered(bad, IssuerType.OIDC, "https://x.example.com")).as(bad)
                    .isInstanceOf(ConfigException.class);
        }
        assertThat(IssuerConfig.discovered("corp-gitlab.eu_1", IssuerType.GITLAB, "https://x.example.com").name())
                .isEqualTo("corp-gitlab.eu_1");
    }

    @Test
    void withoutConfiguredIssuersTheDefaultsApply() {
        assertThat(IssuerRegistry.fromConfig(null).all()).isEqualTo(IssuerRegistry.defaults().all());
        assertThat(IssuerRegistry.fromConfig(issuersOf("listen: 127.0.0.1:8080\n")).all())
                .isEqualTo(IssuerRegistry.defaults().all());
    }

    @Test
    void configuredIssuersAreAddedToTheDefaultsOrReplaceOneByName() throws Exception {
        Path jwks = Files.writeString(dir.resolve("github.json"), "{\"keys\": []}");
        JsonNode issuers = issuersOf("""
                trusted-publishing:
                  audience: larder.example
                  issuers:
                    - name: corp-gitlab
                      type: gitlab
                      url: https://gitlab.corp.example
                    - name: github
                      type: github
                      url: https://token.actions.githubusercontent.com
                      jwks: file:%s
                    - name: dev
                      type: github
                      url: http://127.0.0.1:8090
                """.formatted(jwks));

        IssuerRegistry registry = IssuerRegistry.fromConfig(issuers);

        assertThat(registry.all()).extracting(IssuerConfig::name)
                .containsExactly("github", "gitlab", "google", "activestate", "corp-gitlab", "dev");
        assertThat(registry.byName("github").orElseThrow().pinnedJwks()).hasValue(jwks);
        assertThat(registry.byIssuerUrl("https://gitlab.corp.example").orElseThrow())
                .isEqualTo(IssuerConfig.discovered("corp-gitlab", IssuerType.GITLAB, "https://gitlab.corp.example"));
        assertThat(registry.byIssuerUrl("http://127.0.0.1:8090").map(IssuerConfig::type)).hasValue(IssuerType.GITHUB);
    }

    @Test
    void aPinnedFileCanBeGivenAsAFileUrl() throws Exception {
        Path jwks = Files.writeString(dir.resolve("keys.json"), "{\"keys\": []}");
        JsonNode issuers = issuersOf("trusted-publishing:\n  issuers:\n    - {name: forgejo, type: forgejo,"
                + " url: 'https://code.example.org', jwks: '" + jwks.toUri() + "'}\n");

        assertThat(IssuerRegistry.fromConfig(issuers).byName("forgejo").flatMap(IssuerConfig::pinnedJwks)).isEqualTo(Optional.of(jwks));
    }

    @Test
    void configurationMistakesAreExplained() {
        assertThatThrownBy(() -> IssuerRegistry.fromConfig(issuersOf("trusted-publishing:\n  issuers: github\n")))
                .hasMessage("trusted-publishing.issuers must be a list of issuers, each with name, type and url");
        assertThatThrownBy(() -> IssuerRegistry.fromConfig(issuersOf(
                "trusted-publishing:\n  issuers:\n    - {name: x, type: bitbucket, url: 'https://x.example.com'}\n")))
                .hasMessage("trusted-publishing.issuers[0]: the type 'bitbucket' is not one of github, gitlab, google,"
                        + " activestate, forgejo, oidc");
        assertThatThrownBy(() -> IssuerRegistry.fromConfig(issuersOf(
                "trusted-publishing:\n  issuers:\n    - {name: x, type: oidc}\n")))
                .hasMessage("trusted-publishing.issuers[0] needs a 'url'");
        assertThatThrownBy(() -> IssuerRegistry.fromConfig(issuersOf(
                "trusted-publishing:\n  issuers:\n    - {name: x, type: oidc, url: 'https://x.example.com', audience: y}\n")))
                .hasMessage("trusted-publishing.issuers[0] has an unknown key 'audience' (known: name, type, url, jwks)");
        assertThatThrownBy(() -> IssuerRegistry.fromConfig(issuersOf(
                "trusted-publishing:\n  issuers:\n    - {name: x, type: oidc, url: 'http://x.example.com'}\n")))
                .hasMessageStartingWith("trusted-publishing.issuers[0]: the issuer URL 'http://x.example.com' must be an https:// URL");
        assertThatThrownBy(() -> IssuerRegistry.fromConfig(issuersOf(
                "trusted-publishing:\n  issuers:\n    - {name: x, type: oidc, url: 'https://x.example.com', jwks: 'https://x.example.com/jwks'}\n")))
                .hasMessageStartingWith("trusted-publishing.issuers[0]: jwks must be file:PATH");
        assertThatThrownBy(() -> IssuerRegistry.fromConfig(issuersOf(
                "trusted-publishing:\n  issuers:\n    - {name: x, type: oidc, url: 'https://x.example.com', jwks: 'file:/no/such/file.json'}\n")))
                .hasMessage("trusted-publishing.issuers[0]: the JWKS file /no/such/file.json cannot be read");
        assertThatThrownBy(() -> IssuerRegistry.fromConfig(issuersOf("""
                trusted-publishing:
                  issuers:
                    - {name: gitlab, type: gitlab, url: 'https://gitlab.corp.example'}
                    - {name: gitlab, type: gitlab, url: 'https://gitlab.other.example'}
                """))).hasMessage("two trusted-publishing issuers are named 'gitlab'");
        assertThatThrownBy(() -> IssuerRegistry.fromConfig(issuersOf(
                "trusted-publishing:\n  issuers:\n    - {name: mine, type: gitlab, url: 'https://gitlab.com'}\n")))
                .hasMessage("the trusted-publishing issuers 'gitlab' and 'mine' have the same URL https://gitlab.com");
    }
}
