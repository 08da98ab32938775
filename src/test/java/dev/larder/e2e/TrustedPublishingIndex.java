package dev.larder.e2e;

import dev.larder.config.HostPort;
import dev.larder.devissuer.DevClaims;
import dev.larder.devissuer.DevIssuer;
import dev.larder.testing.TestCertificates;
import dev.larder.testing.TestDistributions;
import dev.larder.testing.TestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the trusted-publishing end-to-end tests run against: a Larder over HTTPS (the clients
 * call {@code https://HOST:PORT/_/oidc/...} whatever the upload URL says) whose YAML
 * configuration trusts two development OIDC issuers, one handing out GitHub Actions-shaped
 * tokens through GitHub's token-request protocol and one GitLab CI-shaped tokens for a job
 * variable. It also builds the environments that make the real clients believe they run in
 * such a CI job, and talks to the management API.
 */
final class TrustedPublishingIndex implements AutoCloseable {
    /** This index's audience, so a GitLab job passes its token in {@value #GITLAB_TOKEN_VARIABLE}. */
    static final String AUDIENCE = "larder-e2e";
    /** {@code <AUDIENCE>_ID_TOKEN}, upper-cased with every non-alphanumeric as {@code _}: what uv and id read. */
    static final String GITLAB_TOKEN_VARIABLE = "LARDER_E2E_ID_TOKEN";
    static final String GITHUB_ISSUER = "ci-github";
    static final String GITLAB_ISSUER = "ci-gitlab";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PythonTools py;
    private final Path dir;
    private final TestCertificates certs;
    private final DevIssuer github;
    private final DevIssuer gitlab;
    private final TestServer server;
    private final HttpClient http;

    private TrustedPublishingIndex(PythonTools py, Path dir, TestCertificates certs, DevIssuer github, DevIssuer gitlab,
                                   TestServer server) {
        this.py = py;
        this.dir = dir;
        this.certs = certs;
        this.github = github;
        this.gitlab = gitlab;
        this.server = server;
        this.http = HttpClient.newBuilder().sslContext(IndexHttp.trusting(certs.caCertificate()))
                .connectTimeout(Duration.ofSeconds(10)).version(HttpClient.Version.HTTP_1_1).build();
    }

    /** Starts both issuers and the index (with {@code clock}) under {@code dir}. */
    static TrustedPublishingIndex start(PythonTools py, Path dir, Clock clock) {
        DevIssuer github = null;
        DevIssuer gitlab = null;
        try {
            TestCertificates certs = TestCertificates.create(dir.resolve("certs"));
            github = DevIssuer.start(new HostPort("127.0.0.1", 0), dir.resolve("github-keys"), DevClaims.github());
            gitlab = DevIssuer.start(new HostPort("127.0.0.1", 0), dir.resolve("gitlab-keys"), DevClaims.gitlab());
            Path config = dir.resolve("larder.yaml");
            Files.writeString(config, String.join("\n",
                    "trusted-publishing:",
                    "  audience: " + AUDIENCE,
                    "  issuers:",
                    "    - name: " + GITHUB_ISSUER,
                    "      type: github",
                    "      url: " + github.url(),
                    "    - name: " + GITLAB_ISSUER,
                    "      type: gitlab",
                    "      url: " + gitlab.url(),
                    ""));
            TestServer server = TestServer.start(dir.resolve("data"), Map.of("tls-cert", certs.leafCertificate().toString(),
                    "tls-key", certs.leafKey().toString()), config, clock);
            return new TrustedPublishingIndex(py, dir, certs, github, gitlab, server);
        } catch (IOException | RuntimeException e) {
            if (github != null) {
                github.close();
            }
            if (gitlab != null) {
                gitlab.close();
            }
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    PythonTools py() {
        return py;
    }

    TestServer server() {
        return server;
    }

    /** {@code https://127.0.0.1:PORT/legacy/}. */
    String uploadUrl() {
        return server.uploadUrl();
    }

    IndexHttp index() {
        return new IndexHttp(server.baseUrl(), Optional.of(certs.caCertificate()));
    }

    /** A new API token of {@code user} (created if need be). */
    String tokenFor(String user) {
        return server.tokenFor(user);
    }

    /** The CA variables for every client: uv and the id library read SSL_CERT_FILE, requests (twine) REQUESTS_CA_BUNDLE. */
    Map<String, String> tls() {
        return Map.of("SSL_CERT_FILE", certs.caCertificate().toString(),
                "REQUESTS_CA_BUNDLE", certs.caCertificate().toString());
    }

    /**
     * A GitHub Actions job as the runner presents it to a publishing client: {@code GITHUB_ACTIONS},
     * the token-request URL (with the job's claims as the development issuer's overrides) and its
     * bearer secret, plus {@link #tls()}.
     */
    Map<String, String> githubJob(GitHubJob job) {
        StringBuilder url = new StringBuilder(github.tokenRequestUrl());
        job.claims().forEach((name, value) -> url.append("&claim.").append(encode(name)).append('=').append(encode(value)));
        Map<String, String> env = new HashMap<>(tls());
        env.put("GITHUB_ACTIONS", "true");
        env.put("ACTIONS_ID_TOKEN_REQUEST_URL", url.toString());
        env.put("ACTIONS_ID_TOKEN_REQUEST_TOKEN", github.secret());
        return env;
    }

    /** A GitLab CI job with an {@code id_tokens:} entry for this index's audience, plus {@link #tls()}. */
    Map<String, String> gitlabJob(GitLabJob job) {
        String instance = gitlab.url().replaceFirst("^https?://", "");
        Map<String, String> env = new HashMap<>(tls());
        env.put("GITLAB_CI", "true");
        env.put(GITLAB_TOKEN_VARIABLE, gitlab.mint(AUDIENCE, new HashMap<>(job.claims(instance))));
        return env;
    }

    /** A wheel and an sdist of {@code project} at {@code version}, alone in a fresh folder. */
    Path distributions(String project, String version) {
        String dist = project.replace('-', '_');
        try {
            Path folder = Files.createTempDirectory(dir, "dist-" + dist + "-" + version + "-");
            Files.write(folder.resolve(dist + "-" + version + "-py3-none-any.whl"),
                    TestDistributions.wheel(dist, project, version, project + " " + version));
            Files.write(folder.resolve(dist + "-" + version + ".tar.gz"), TestDistributions.sdist(dist, project, version));
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files of a distributions folder, in a stable order. */
    static Path[] files(Path folder) {
        try (var list = Files.list(folder)) {
            return list.sorted().toArray(Path[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code uv publish --trusted-publishing always} of everything in {@code folder}, in a CI job's environment. */
    PythonTools.Result uvTrustedPublish(Map<String, String> ciJob, Path folder) {
        List<String> cmd = new ArrayList<>(List.of(py.uv().toString(), "publish", "--trusted-publishing", "always",
                "--publish-url", uploadUrl()));
        for (Path f : files(folder)) {
            cmd.add(f.toString());
        }
        return py.run(ciJob, cmd);
    }

    /** Makes {@code project} exist, owned by {@code owner}, by publishing a first version with an API token. */
    void createProject(String ownerToken, String project) {
        var r = Clients.uvPublish(py, uploadUrl(), ownerToken, tls(), List.of(), files(distributions(project, "0.1")));
        if (!r.succeeded()) {
            throw new AssertionError("creating " + project + " failed:\n" + r.describe());
        }
    }

    /** A management API call with a user's API token; {@code body} is JSON or null. */
    ApiResponse api(String method, String path, String token, String body) {
        HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            req.header("Content-Type", "application/json");
        }
        try {
            HttpResponse<String> r = http.send(req.build(), HttpResponse.BodyHandlers.ofString());
            return new ApiResponse(r.statusCode(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Registers a publisher on an existing project and checks that it was created. */
    void addPublisher(String ownerToken, String project, String publisherJson) {
        ApiResponse r = api("POST", "/api/v1/projects/" + project + "/publishers", ownerToken, publisherJson);
        if (r.status() != 201) {
            throw new AssertionError("registering " + publisherJson + " on " + project + ": " + r);
        }
    }

    /** The JSON API's page of one release. */
    JsonNode release(String project, String version) {
        var r = index().get("/pypi/" + project + "/" + version + "/json", "application/json");
        if (r.statusCode() != 200) {
            throw new AssertionError("GET /pypi/" + project + "/" + version + "/json answered " + r.statusCode());
        }
        return JSON.readTree(r.body());
    }

    @Override
    public void close() {
        server.close();
        github.close();
        gitlab.close();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    record ApiResponse(int status, String body) {
        JsonNode json() {
            return JSON.readTree(body);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    /**
     * The GitHub Actions job a token describes: a push of {@code refs/heads/main} running
     * {@code .github/workflows/WORKFLOW} of {@code owner/name}, in an environment or none.
     */
    record GitHubJob(String repository, String workflow, Optional<String> environment) {
        static final String REF = "refs/heads/main";

        static GitHubJob of(String repository, String workflow) {
            return new GitHubJob(repository, workflow, Optional.empty());
        }

        GitHubJob inEnvironment(String name) {
            return new GitHubJob(repository, workflow, Optional.of(name));
        }

        String owner() {
            return repository.substring(0, repository.indexOf('/'));
        }

        /** The claims that differ from the development issuer's defaults, consistent with each other. */
        Map<String, String> claims() {
            String workflowRef = repository + "/.github/workflows/" + workflow + "@" + REF;
            Map<String, String> claims = new LinkedHashMap<>();
            claims.put("repository", repository);
            claims.put("repository_owner", owner());
            claims.put("workflow_ref", workflowRef);
            claims.put("job_workflow_ref", workflowRef);
            claims.put("ref", REF);
            claims.put("sub", "repo:" + repository + environment.map(e -> ":environment:" + e).orElse(":ref:" + REF));
            environment.ifPresent(e -> claims.put("environment", e));
            return claims;
        }
    }

    /** The GitLab CI job a token describes: a pipeline of {@code refs/heads/main} from {@code ciFile} of {@code namespace/project}. */
    record GitLabJob(String projectPath, String ciFile) {
        Map<String, String> claims(String instance) {
            Map<String, String> claims = new LinkedHashMap<>();
            claims.put("project_path", projectPath);
            claims.put("namespace_path", projectPath.substring(0, projectPath.lastIndexOf('/')));
            claims.put("ci_config_ref_uri", instance + "/" + projectPath + "//" + ciFile + "@refs/heads/main");
            claims.put("sub", "project_path:" + projectPath + ":ref_type:branch:ref:main");
            return claims;
        }
    }
}
