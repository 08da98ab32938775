package dev.larder.app;

import dev.larder.accounts.AccountsFacade;
import dev.larder.accounts.LoginThrottle;
import dev.larder.accounts.PasswordChange;
import dev.larder.accounts.Registration;
import dev.larder.accounts.SignInFacade;
import dev.larder.accounts.TwoFactor;
import dev.larder.accounts.UserAdministration;
import dev.larder.accounts.http.AccountPages;
import dev.larder.accounts.http.AdminUserPages;
import dev.larder.accounts.http.RegistrationPages;
import dev.larder.accounts.http.TokenPages;
import dev.larder.accounts.http.TwoFactorPages;
import dev.larder.accounts.sql.SqlLoginFailureRepository;
import dev.larder.accounts.sql.SqlRecoveryCodeRepository;
import dev.larder.settings.InstanceSettings;
import dev.larder.settings.http.SettingsPages;
import dev.larder.settings.sql.SqlInstanceSettingsRepository;
import dev.larder.tokens.UserTokens;
import dev.larder.trust.http.IssuerPages;
import dev.larder.upload.TokenUseLog;
import dev.larder.accounts.PasswordHasher;
import dev.larder.accounts.SecurityLog;
import dev.larder.accounts.SessionsFacade;
import dev.larder.accounts.http.SignInPages;
import dev.larder.accounts.sql.SqlSecurityEventRepository;
import dev.larder.accounts.sql.SqlSessionRepository;
import dev.larder.accounts.sql.SqlUserRepository;
import dev.larder.config.ServerSettings;
import dev.larder.db.Database;
import dev.larder.index.FileUrls;
import dev.larder.index.IndexFacade;
import dev.larder.index.browse.BrowseFacade;
import dev.larder.index.http.FileEndpoints;
import dev.larder.index.http.JsonApiEndpoints;
import dev.larder.index.http.SimpleEndpoints;
import dev.larder.index.pages.ProjectPages;
import dev.larder.index.pages.StartPages;
import dev.larder.index.pages.UserPages;
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
import dev.larder.projects.sql.SqlProjectListing;
import dev.larder.projects.http.ProjectHistoryPage;
import dev.larder.projects.http.ProjectListPage;
import dev.larder.projects.http.ProjectSettingsPages;
import dev.larder.projects.http.ReleasesPages;
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
import dev.larder.trust.oidc.IssuerConfig;
import dev.larder.trust.http.PendingPublisherPages;
import dev.larder.trust.http.ProjectPublishingPages;
import dev.larder.trust.oidc.IssuerKeys;
import dev.larder.trust.oidc.IssuerType;
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
import dev.larder.web.ui.PageRenderer;
import dev.larder.web.ui.Pages;
import dev.larder.web.ui.StaticAssets;
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
    private static final String GITHUB_ACTIONS_ISSUER = "https://token.actions.githubusercontent.com";

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
        routes.addAll(pageRoutes());
        var health = new HealthEndpoints(readiness);
        routes.add(Route.get("/healthz", health::alive));
        routes.add(Route.get("/readyz", health::ready));
        routes.add(Route.get("/metrics", new MetricsEndpoint(metrics, ops.metricsToken())::scrape));
        return routes;
    }

    /** The server-rendered web UI. */
    private List<Route> pageRoutes() {
        boolean secure = settings.tlsCert().isPresent()
                || settings.baseUrl().map(u -> "https".equalsIgnoreCase(u.getScheme())).orElse(false);
        var pages = new Pages(sessions, accounts, new PageRenderer(), secure, settings.baseUrl(), ops.clientAddress());
        var assets = new StaticAssets();
        List<Route> routes = new ArrayList<>();
        routes.add(Route.get("/static/{name}", assets::serve));
        // Accounts part: sign-up, throttled sign-in with a second factor, the account pages, administration.
        var jdbi = database.jdbi();
        var users = new SqlUserRepository(jdbi);
        var twoFactor = new TwoFactor(users, new SqlRecoveryCodeRepository(jdbi), securityLog, clock);
        var throttle = new LoginThrottle(new SqlLoginFailureRepository(jdbi), clock);
        var signIn = new SignInPages(pages, new SignInFacade(accounts, twoFactor, throttle, securityLog, clock), sessions, securityLog);
        var register = new RegistrationPages(pages, new Registration(accounts, instanceSettings::registrationOpen, securityLog), sessions);
        var account = new AccountPages(pages, new PasswordChange(accounts, sessions, securityLog), twoFactor, securityLog);
        var secondFactor = new TwoFactorPages(pages, twoFactor);
        var tokenPages = new TokenPages(pages, new UserTokens(tokens, projects, securityLog));
        var admin = new AdminUserPages(pages, new UserAdministration(accounts, users, twoFactor, sessions, securityLog));
        var settingsPages = new SettingsPages(pages, instanceSettings);
        var issuers = new IssuerPages(pages, trustSettings);
        routes.add(Route.get("/account/login/", pages.page(signIn::form)));
        routes.add(Route.post("/account/login/", pages.form(signIn::signIn)));
        routes.add(Route.post("/account/logout/", pages.form(signIn::signOut)));
        routes.add(Route.get("/account/two-factor/", pages.page(signIn::codeForm)));
        routes.add(Route.post("/account/two-factor/", pages.form(signIn::code)));
        routes.add(Route.get("/account/register/", pages.page(register::form)));
        routes.add(Route.post("/account/register/", pages.form(register::register)));
        routes.add(Route.get("/manage/account/", pages.page(account::overview)));
        routes.add(Route.get("/manage/account/password/", pages.page(account::passwordForm)));
        routes.add(Route.post("/manage/account/password/", pages.form(account::changePassword)));
        routes.add(Route.get("/manage/account/history/", pages.page(account::history)));
        routes.add(Route.get("/manage/account/two-factor/", pages.page(secondFactor::page)));
        routes.add(Route.post("/manage/account/two-factor/enable/", pages.form(secondFactor::enable)));
        routes.add(Route.post("/manage/account/two-factor/disable/", pages.form(secondFactor::disable)));
        routes.add(Route.get("/manage/account/token/", pages.page(tokenPages::page)));
        routes.add(Route.post("/manage/account/token/", pages.form(tokenPages::create)));
        routes.add(Route.post("/manage/account/token/revoke/", pages.form(tokenPages::revoke)));
        routes.add(Route.get("/admin/", pages.page(admin::index)));
        routes.add(Route.get("/admin/users/", pages.page(admin::users)));
        routes.add(Route.post("/admin/users/disable/", pages.form(admin::disable)));
        routes.add(Route.post("/admin/users/enable/", pages.form(admin::enable)));
        routes.add(Route.post("/admin/users/reset-two-factor/", pages.form(admin::resetTwoFactor)));
        routes.add(Route.get("/admin/issuers/", pages.page(issuers::page)));
        routes.add(Route.get("/admin/settings/", pages.page(settingsPages::page)));
        routes.add(Route.post("/admin/settings/", pages.form(settingsPages::save)));
        // End of the accounts part.
        // Public pages: start page, search, project and release pages, user pages.
        var browse = new BrowseFacade(new SqlProjectRepository(database.jdbi()), new SqlProjectListing(database.jdbi()),
                accounts, urls, githubIssuers(), clock);
        var start = new StartPages(pages, browse);
        var projectPages = new ProjectPages(pages, browse, settings.baseUrl());
        var userPages = new UserPages(pages, browse);
        routes.add(Route.get("/", pages.page(start::start)));
        routes.add(Route.get("/search/", pages.page(start::search)));
        routes.add(Route.get("/project/{name}/", pages.page(projectPages::project)));
        routes.add(Route.get("/project/{name}/{version}/", pages.page(projectPages::release)));
        routes.add(Route.get("/user/{name}/", pages.page(userPages::user)));
        // Links typed or pasted without the final slash still arrive, as on pypi.org.
        for (String path : List.of("/search", "/project/{name}", "/project/{name}/{version}", "/user/{name}")) {
            routes.add(Route.get(path, Pages::addSlash));
        }
        // Manage pages: a user's projects, a project's settings, releases, publishing and history, pending publishers.
        var projectList = new ProjectListPage(pages, managedProjects);
        var projectSettings = new ProjectSettingsPages(pages, managedProjects, management);
        var releases = new ReleasesPages(pages, managedProjects);
        var history = new ProjectHistoryPage(pages, managedProjects);
        var publishing = new ProjectPublishingPages(pages, managedProjects, management, trustSettings);
        var pending = new PendingPublisherPages(pages, management, trustSettings);
        String project = "/manage/project/{name}/";
        routes.add(Route.get("/manage/projects/", pages.page(projectList::show)));
        routes.add(Route.get(project + "settings/", pages.page(projectSettings::show)));
        routes.add(Route.post(project + "settings/collaborators/", pages.form(projectSettings::addCollaborator)));
        routes.add(Route.post(project + "settings/collaborators/role/", pages.form(projectSettings::changeRole)));
        routes.add(Route.post(project + "settings/collaborators/remove/", pages.form(projectSettings::removeCollaborator)));
        routes.add(Route.post(project + "settings/trusted-publishing/", pages.form(projectSettings::setTrustedPublishingOnly)));
        routes.add(Route.post(project + "settings/delete/", pages.form(projectSettings::deleteProject)));
        routes.add(Route.get(project + "releases/", pages.page(releases::show)));
        routes.add(Route.post(project + "releases/yank/", pages.form(releases::yank)));
        routes.add(Route.post(project + "releases/unyank/", pages.form(releases::unyank)));
        routes.add(Route.get(project + "releases/delete-release/", pages.page(releases::confirmRelease)));
        routes.add(Route.post(project + "releases/delete-release/", pages.form(releases::deleteRelease)));
        routes.add(Route.get(project + "releases/delete-file/", pages.page(releases::confirmFile)));
        routes.add(Route.post(project + "releases/delete-file/", pages.form(releases::deleteFile)));
        routes.add(Route.get(project + "settings/publishing/", pages.page(publishing::show)));
        routes.add(Route.post(project + "settings/publishing/", pages.form(publishing::add)));
        routes.add(Route.post(project + "settings/publishing/remove/", pages.form(publishing::remove)));
        routes.add(Route.get(project + "history/", pages.page(history::show)));
        routes.add(Route.get("/manage/account/publishing/", pages.page(pending::show)));
        routes.add(Route.post("/manage/account/publishing/", pages.form(pending::add)));
        routes.add(Route.post("/manage/account/publishing/remove/", pages.form(pending::remove)));
        return routes;
    }

    /** The configured issuers that are github.com's own Actions issuer: only their runs get a link to GitHub. */
    private java.util.Set<String> githubIssuers() {
        return trustSettings.issuers().all().stream()
                .filter(i -> i.type() == IssuerType.GITHUB && i.url().equals(GITHUB_ACTIONS_ISSUER))
                .map(IssuerConfig::name).collect(java.util.stream.Collectors.toSet());
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
