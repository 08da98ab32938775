package dev.larder.app;

import dev.larder.accounts.AccountsFacade;
import dev.larder.settings.InstanceSettings;
import dev.larder.settings.sql.SqlInstanceSettingsRepository;
import dev.larder.upload.TokenUseLog;
import dev.larder.accounts.PasswordHasher;
import dev.larder.accounts.SecurityLog;
import dev.larder.accounts.SessionsFacade;
import dev.larder.accounts.sql.SqlSecurityEventRepository;
import dev.larder.accounts.sql.SqlSessionRepository;
import dev.larder.accounts.sql.SqlUserRepository;
import dev.larder.config.ServerSettings;
import dev.larder.db.Database;
import dev.larder.index.FileUrls;
import dev.larder.index.IndexFacade;
import dev.larder.index.http.FileEndpoints;
import dev.larder.index.http.JsonApiEndpoints;
import dev.larder.index.http.SimpleEndpoints;
import dev.larder.ops.HttpRequestMetrics;
import dev.larder.ops.JvmMetrics;
import dev.larder.ops.KeyFetchMetrics;
import dev.larder.ops.OpsSettings;
import dev.larder.ops.Readiness;
import dev.larder.ops.http.HealthEndpoints;
import dev.larder.ops.http.MetricsEndpoint;
import dev.larder.packaging.metadata.UploadMetadataValidator;
import dev.larder.projects.ManagedProjectsFacade;
import dev.larder.projects.ProjectsFacade;
import dev.larder.projects.sql.SqlProjectRepository;
import dev.larder.storage.BlobStore;
import dev.larder.storage.BlobStores;
import dev.larder.storage.migration.ReferencedBlob;
import dev.larder.storage.sql.SqlBlobInventory;
import dev.larder.tokens.MacaroonTokenCodec;
import dev.larder.tokens.TokensFacade;
import dev.larder.tokens.sql.SqlTokenRepository;
import dev.larder.trust.ManagementFacade;
import dev.larder.trust.PublisherTokens;
import dev.larder.trust.TokenExchangeFacade;
import dev.larder.trust.TrustSettings;
import dev.larder.trust.http.ManagementEndpoints;
import dev.larder.trust.http.OidcEndpoints;
import dev.larder.trust.oidc.IssuerKeys;
import dev.larder.trust.oidc.KeyFetchPolicy;
import dev.larder.trust.oidc.OidcTokenVerifier;
import dev.larder.trust.sql.SqlTrustRepository;
import dev.larder.upload.UploadFacade;
import dev.larder.upload.UserTokenResolver;
import dev.larder.upload.UploadPolicy;
import dev.larder.upload.http.LegacyUploadEndpoint;
import dev.larder.upload.sql.SqlUploadRepository;
import dev.larder.web.HttpServer;
import dev.larder.web.Route;
import dev.larder.web.http.ErrorPage;
import io.javalin.http.HandlerType;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One Larder index: its database, its blob store, and the use cases over them. */
public final class Larder implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Larder.class);
    /** Load balancers usually give a health check a few seconds; answer within that even if a part hangs. */
    private static final Duration READINESS_TIMEOUT = Duration.ofSeconds(3);

    private final ServerSettings settings;
    private final TrustSettings trustSettings;
    private final Database database;
    private final BlobStore blobs;
    private final AccountsFacade accounts;
    private final SessionsFacade sessions;
    private final SecurityLog securityLog;
    private final TokensFacade tokens;
    private final ProjectsFacade projects;
    private final UploadFacade uploads;
    private final IndexFacade index;
    private final FileUrls urls;
    private final TokenExchangeFacade exchange;
    private final ManagementFacade management;
    private final ManagedProjectsFacade managedProjects;
    private final OpsSettings ops;
    private final PrometheusMeterRegistry metrics;
    private final JvmMetrics jvmMetrics;
    private final Readiness readiness;
    private final Clock clock;
    private final InstanceSettings instanceSettings;

    private Larder(LarderSettings all, Database database, BlobStore blobs, String instanceId, Clock clock,
                   PrometheusMeterRegistry metrics) {
        this.clock = clock;
        this.settings = all.server();
        this.trustSettings = all.trust();
        this.ops = all.ops();
        this.database = database;
        this.blobs = blobs;
        this.metrics = metrics;
        this.jvmMetrics = new JvmMetrics(metrics);
        this.readiness = new Readiness(List.of(new Readiness.Probe("database", database::reachable),
                new Readiness.Probe("storage", blobs::reachable)), READINESS_TIMEOUT);
        var jdbi = database.jdbi();
        this.accounts = new AccountsFacade(new SqlUserRepository(jdbi), new PasswordHasher());
        this.sessions = new SessionsFacade(new SqlSessionRepository(jdbi), clock);
        this.securityLog = new SecurityLog(new SqlSecurityEventRepository(jdbi), clock);
        String location = settings.baseUrl().map(u -> u.getHost()).orElse("larder");
        this.tokens = new TokensFacade(new SqlTokenRepository(jdbi), new MacaroonTokenCodec(), location, clock);
        var projectRepository = new SqlProjectRepository(jdbi);
        this.projects = new ProjectsFacade(projectRepository, blobs);
        UploadPolicy policy = new UploadPolicy(settings.maxFileSize(), settings.maxProjectSize(),
                settings.releaseUploadWindow());
        var trustRepository = new SqlTrustRepository(jdbi);
        var publisherTokens = new PublisherTokens(trustRepository, new MacaroonTokenCodec(), location);
        this.uploads = new UploadFacade(new SqlUploadRepository(jdbi, instanceId), blobs, tokens,
                new UserTokenResolver(tokens, accounts).or(publisherTokens), new UploadMetadataValidator(), policy, clock,
                new TokenUseLog(securityLog));
        this.urls = new FileUrls(settings.baseUrl().map(Object::toString));
        this.index = new IndexFacade(projectRepository, urls);
        var verifier = new OidcTokenVerifier(trustSettings.issuers(), trustSettings.audience(), clock,
                IssuerKeys.forRegistry(trustSettings.issuers(), clock, KeyFetchPolicy.standard(), new KeyFetchMetrics(metrics)));
        this.exchange = new TokenExchangeFacade(trustSettings, verifier, trustRepository, publisherTokens, clock);
        this.management = new ManagementFacade(trustSettings, trustRepository, projectRepository, tokens, securityLog);
        this.managedProjects = new ManagedProjectsFacade(projectRepository, projects, accounts, securityLog);
        this.instanceSettings = new InstanceSettings(new SqlInstanceSettingsRepository(jdbi), all.instance(), clock);
    }

    /** Opens the database (migrating it) and the blob store, and finishes uploads a crash interrupted. */
    public static Larder open(LarderSettings all) {
        return open(all, Clock.systemUTC());
    }

    /** With a clock of the caller's, so tests can move time forward. */
    public static Larder open(LarderSettings all, Clock clock) {
        ServerSettings settings = all.server();
        // The one meter registry of this index: every adapter that counts something is handed it here.
        PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        String instanceId = InstanceId.of(settings.dataDir());
        Database db = Database.open(settings.jdbcUrl(), Optional.of(metrics), settings.databaseConnections());
        try {
            BlobStore blobs = BlobStores.open(settings.storageLocation(), settings.dataDir(), instanceId);
            return new Larder(all, db, blobs, instanceId, clock, metrics);
        } catch (IOException e) {
            db.close();
            throw new UncheckedIOException("cannot open the storage " + settings.storageLocation() + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /**
     * Start-up housekeeping for the serving process: make sure the storage answers (so a wrong
     * bucket, endpoint or credentials fail now, not at the first upload), then drop what
     * interrupted uploads left behind.
     */
    public void recover() {
        try {
            blobs.checkReachable();
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
        int removed = uploads.recoverInterruptedUploads();
        if (removed > 0) {
            LOG.info("removed {} blob(s) left by interrupted uploads", removed);
        }
        try {
            blobs.clearStaging(clock.instant().minus(UploadFacade.OTHER_INSTANCES_GRACE));
        } catch (IOException e) {
            LOG.warn("could not empty the staging folder {}: {}", blobs.stagingFolder(), e.getMessage());
        }
    }

    public HttpServer serve() {
        if (ops.metricsToken().isEmpty() && !isLoopback(settings.listen().host())) {
            LOG.info("/metrics is open to anyone who can reach {}: set --metrics-token, or keep /metrics off the public proxy",
                    settings.listen());
        }
        return HttpServer.start(settings.listen(),
                settings.tlsCert().map(c -> new HttpServer.Tls(c, settings.tlsKey().orElseThrow())), routes(),
                new HttpRequestMetrics(metrics));
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("::1");
    }

    private List<Route> routes() {
        var upload = new LegacyUploadEndpoint(uploads, blobs, metrics);
        var simple = new SimpleEndpoints(index);
        var json = new JsonApiEndpoints(index);
        var files = new FileEndpoints(blobs);
        List<Route> routes = new ArrayList<>();
        routes.add(Route.post("/legacy/", upload::handle));
        // twine refuses redirects on upload, so the slash-less form is served, not redirected.
        routes.add(Route.post("/legacy", upload::handle));
        for (HandlerType m : List.of(HandlerType.GET, HandlerType.HEAD)) {
            routes.add(new Route(m, "/simple", simple::addSlash));
            routes.add(new Route(m, "/simple/", simple::root));
            routes.add(new Route(m, "/simple/{project}", simple::addSlash));
            routes.add(new Route(m, "/simple/{project}/", simple::project));
            routes.add(new Route(m, "/pypi/{project}/json", json::project));
            routes.add(new Route(m, "/pypi/{project}/json/", json::project));
            routes.add(new Route(m, "/pypi/{project}/{version}/json", json::release));
            routes.add(new Route(m, "/pypi/{project}/{version}/json/", json::release));
            routes.add(new Route(m, "/files/<key>", files::serve));
            routes.add(new Route(m, "/legacy/", ctx -> {
                ctx.header("Allow", "POST");
                ErrorPage.send(ctx, 405, "Method Not Allowed: upload with POST.");
            }));
        }
        for (HandlerType m : List.of(HandlerType.POST, HandlerType.PUT, HandlerType.DELETE, HandlerType.PATCH)) {
            routes.add(new Route(m, "/simple/<rest>", ctx -> {
                ctx.header("Allow", "GET, HEAD, OPTIONS");
                ErrorPage.send(ctx, 405, "Method Not Allowed");
            }));
        }
        var oidc = new OidcEndpoints(exchange, List.of("/legacy/", "/legacy"), settings.baseUrl().map(Object::toString), metrics);
        routes.add(Route.get("/_/oidc/audience", oidc::audience));
        routes.add(Route.post("/_/oidc/mint-token", oidc::mintToken));
        routes.add(Route.post("/_/oidc/github/mint-token", oidc::mintToken));
        routes.add(Route.post("/_/oidc/burn-token", oidc::burnToken));
        routes.add(Route.get("/.well-known/pytp/{key}", oidc::discovery));
        var api = new ManagementEndpoints(management, tokens, accounts);
        routes.add(Route.get("/api/v1/projects/{name}/publishers", api::listPublishers));
        routes.add(Route.post("/api/v1/projects/{name}/publishers", api::addPublisher));
        routes.add(new Route(HandlerType.DELETE, "/api/v1/projects/{name}/publishers/{id}", api::removePublisher));
        routes.add(Route.get("/api/v1/projects/{name}/publishing-attempts", api::attempts));
        routes.add(Route.get("/api/v1/projects/{name}/settings", api::settings));
        routes.add(new Route(HandlerType.PUT, "/api/v1/projects/{name}/settings", api::updateSettings));
        routes.add(Route.get("/api/v1/pending-publishers", api::listPending));
        routes.add(Route.post("/api/v1/pending-publishers", api::addPending));
        routes.add(new Route(HandlerType.DELETE, "/api/v1/pending-publishers/{id}", api::removePending));
        routes.addAll(new WebUiRoutes(settings, ops, database, accounts, sessions, securityLog, instanceSettings, tokens,
                projects, managedProjects, management, trustSettings, urls, clock).routes());
        var health = new HealthEndpoints(readiness);
        routes.add(Route.get("/healthz", health::alive));
        routes.add(Route.get("/readyz", health::ready));
        routes.add(Route.get("/metrics", new MetricsEndpoint(metrics, ops.metricsToken())::scrape));
        return routes;
    }

    public ServerSettings settings() {
        return settings;
    }

    public AccountsFacade accounts() {
        return accounts;
    }

    public SecurityLog securityLog() {
        return securityLog;
    }

    public SessionsFacade sessions() {
        return sessions;
    }

    public TokensFacade tokens() {
        return tokens;
    }

    public TrustSettings trustSettings() {
        return trustSettings;
    }

    public ManagedProjectsFacade managedProjects() {
        return managedProjects;
    }

    /** The settings an administrator changes at run time. */
    public InstanceSettings instanceSettings() {
        return instanceSettings;
    }

    public ManagementFacade management() {
        return management;
    }

    public ProjectsFacade projects() {
        return projects;
    }

    public UploadFacade uploads() {
        return uploads;
    }

    /** The database this index uses (for tests and tools that need to reach it directly). */
    public Database database() {
        return database;
    }

    /** The store the settings name. */
    public BlobStore blobs() {
        return blobs;
    }

    /** Every blob the database refers to (files and their {@code .metadata}), in upload order. */
    public List<ReferencedBlob> referencedBlobs() {
        return new SqlBlobInventory(database.jdbi()).referencedBlobs();
    }

    @Override
    public void close() {
        readiness.close();
        jvmMetrics.close();
        try {
            blobs.close();
        } finally {
            database.close();
            metrics.close();
        }
    }

}
