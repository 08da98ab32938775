package dev.larder.trust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.larder.config.HostPort;
import dev.larder.devissuer.DevClaims;
import dev.larder.devissuer.DevIssuer;
import dev.larder.testing.Backend;
import dev.larder.testing.RawHttp;
import dev.larder.testing.TestServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two Larder instances on one database (each with its own data directory) share replay protection
 * and create a pending publisher's project once.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class TrustAcrossInstancesTest {
    @Parameter
    Backend backend;

    @TempDir
    static Path dir;

    static DevIssuer issuer;
    static TestServer first;
    static TestServer second;

    @BeforeParameterizedClassInvocation
    static void start(Backend backend) throws Exception {
        issuer = DevIssuer.start(new HostPort("127.0.0.1", 0), dir.resolve("keys"), DevClaims.github());
        Path config = dir.resolve("larder.yaml");
        Files.writeString(config, "trusted-publishing:\n  audience: shared\n  issuers:\n"
                + "    - name: dev\n      type: github\n      url: " + issuer.url() + "\n");
        Path shared = dir.resolve(backend.name());
        Map<String, String> settings = backend.sharedSettings(shared);
        first = TestServer.start(shared.resolve("first"), settings, config);
        second = TestServer.start(shared.resolve("second"), settings, config);
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        second.close();
        first.close();
        issuer.close();
    }

    static RawHttp.Response mint(TestServer server, String oidc) {
        return RawHttp.send(server.port(), "POST", "/_/oidc/mint-token", Map.of(),
                ("{\"token\":\"" + oidc + "\"}").getBytes(StandardCharsets.UTF_8));
    }

    static RawHttp.Response pending(String projectName, String repository) {
        return RawHttp.send(first.port(), "POST", "/api/v1/pending-publishers",
                Map.of("Authorization", "Bearer " + first.tokenFor("dana"), "Content-Type", "application/json"),
                ("{\"project_name\":\"" + projectName + "\",\"issuer\":\"dev\",\"owner\":\"danaorg\",\"repository\":\""
                        + repository + "\",\"workflow\":\"release.yml\"}").getBytes(StandardCharsets.UTF_8));
    }

    static Map<String, Object> claimsFor(String repository) {
        return Map.of("repository", "danaorg/" + repository, "repository_owner", "danaorg",
                "job_workflow_ref", "danaorg/" + repository + "/.github/workflows/release.yml@refs/heads/main",
                "workflow_ref", "danaorg/" + repository + "/.github/workflows/release.yml@refs/heads/main");
    }

    @Test
    void aTokenExchangedOnOneInstanceIsRefusedOnTheOther() {
        assertThat(pending("replayed", "replayed").status()).isEqualTo(201);
        String oidc = issuer.mint("shared", claimsFor("replayed"));
        assertThat(mint(first, oidc).status()).isEqualTo(200);
        RawHttp.Response replay = mint(second, oidc);
        assertThat(replay.status()).isEqualTo(422);
        assertThat(replay.text()).contains("invalid-reuse-token");
    }

    @Test
    void oneTokenSentToBothInstancesAtOnceIsExchangedExactlyOnce() throws Exception {
        assertThat(pending("doubled", "doubled").status()).isEqualTo(201);
        String oidc = issuer.mint("shared", claimsFor("doubled"));
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Future<RawHttp.Response>> results = new ArrayList<>();
            for (TestServer server : List.of(first, second, first, second)) {
                results.add(pool.submit(() -> {
                    go.await();
                    return mint(server, oidc);
                }));
            }
            go.countDown();
            for (Future<RawHttp.Response> r : results) {
                statuses.add(r.get().status());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(statuses).containsOnlyOnce(200).containsOnly(200, 422);
    }

    @Test
    void twoExchangesAtOnceForOnePendingPublisherCreateOneProjectAndBothSucceed() throws Exception {
        assertThat(pending("raced", "raced").status()).isEqualTo(201);
        String a = issuer.mint("shared", claimsFor("raced"));
        String b = issuer.mint("shared", claimsFor("raced"));
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<RawHttp.Response>> results = new ArrayList<>();
            for (Callable<RawHttp.Response> call : List.<Callable<RawHttp.Response>>of(
                    () -> { go.await(); return mint(first, a); },
                    () -> { go.await(); return mint(second, b); })) {
                results.add(pool.submit(call));
            }
            go.countDown();
            for (Future<RawHttp.Response> r : results) {
                assertThat(r.get().status()).as(r.get().text()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(first.larder().projects().detail("raced")).isPresent();
        RawHttp.Response publishers = RawHttp.send(first.port(), "GET", "/api/v1/projects/raced/publishers",
                Map.of("Authorization", "Bearer " + first.tokenFor("dana")), null);
        assertThat(publishers.text()).containsOnlyOnce("\"id\"");
    }
}
