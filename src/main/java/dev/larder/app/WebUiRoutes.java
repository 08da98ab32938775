package dev.larder.app;

import dev.larder.accounts.AccountsFacade;
import dev.larder.accounts.LoginThrottle;
import dev.larder.accounts.PasswordChange;
import dev.larder.accounts.Registration;
import dev.larder.accounts.SecurityLog;
import dev.larder.accounts.SessionsFacade;
import dev.larder.accounts.SignInFacade;
import dev.larder.accounts.TwoFactor;
import dev.larder.accounts.UserAdministration;
import dev.larder.accounts.http.AccountPages;
import dev.larder.accounts.http.AdminUserPages;
import dev.larder.accounts.http.RegistrationPages;
import dev.larder.accounts.http.SignInPages;
import dev.larder.accounts.http.TokenPages;
import dev.larder.accounts.http.TwoFactorPages;
import dev.larder.accounts.sql.SqlLoginFailureRepository;
import dev.larder.accounts.sql.SqlRecoveryCodeRepository;
import dev.larder.accounts.sql.SqlUserRepository;
import dev.larder.config.ServerSettings;
import dev.larder.db.Database;
import dev.larder.index.FileUrls;
import dev.larder.index.browse.BrowseFacade;
import dev.larder.index.pages.ProjectPages;
import dev.larder.index.pages.StartPages;
import dev.larder.index.pages.UserPages;
import dev.larder.ops.OpsSettings;
import dev.larder.projects.ManagedProjectsFacade;
import dev.larder.projects.ProjectsFacade;
import dev.larder.projects.http.ProjectHistoryPage;
import dev.larder.projects.http.ProjectListPage;
import dev.larder.projects.http.ProjectSettingsPages;
import dev.larder.projects.http.ReleasesPages;
import dev.larder.projects.sql.SqlProjectListing;
import dev.larder.projects.sql.SqlProjectRepository;
import dev.larder.settings.InstanceSettings;
import dev.larder.settings.http.SettingsPages;
import dev.larder.tokens.TokensFacade;
import dev.larder.tokens.UserTokens;
import dev.larder.trust.ManagementFacade;
import dev.larder.trust.TrustSettings;
import dev.larder.trust.http.IssuerPages;
import dev.larder.trust.http.PendingPublisherPages;
import dev.larder.trust.http.ProjectPublishingPages;
import dev.larder.trust.oidc.IssuerConfig;
import dev.larder.trust.oidc.IssuerType;
import dev.larder.web.Route;
import dev.larder.web.ui.PageRenderer;
import dev.larder.web.ui.Pages;
import dev.larder.web.ui.StaticAssets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The routes of the server-rendered web UI, wired from the facades the composition root built:
 * the page toolkit, then the account, public and manage pages of each capability.
 */
final class WebUiRoutes {
    private static final String GITHUB_ACTIONS_ISSUER = "https://token.actions.githubusercontent.com";

    private final ServerSettings settings;
    private final OpsSettings ops;
    private final Database database;
    private final AccountsFacade accounts;
    private final SessionsFacade sessions;
    private final SecurityLog securityLog;
    private final InstanceSettings instanceSettings;
    private final TokensFacade tokens;
    private final ProjectsFacade projects;
    private final ManagedProjectsFacade managedProjects;
    private final ManagementFacade management;
    private final TrustSettings trustSettings;
    private final FileUrls urls;
    private final Clock clock;

    WebUiRoutes(ServerSettings settings, OpsSettings ops, Database database, AccountsFacade accounts, SessionsFacade sessions,
                SecurityLog securityLog, InstanceSettings instanceSettings, TokensFacade tokens, ProjectsFacade projects,
                ManagedProjectsFacade managedProjects, ManagementFacade management, TrustSettings trustSettings, FileUrls urls,
                Clock clock) {
        this.settings = settings;
        this.ops = ops;
        this.database = database;
        this.accounts = accounts;
        this.sessions = sessions;
        this.securityLog = securityLog;
        this.instanceSettings = instanceSettings;
        this.tokens = tokens;
        this.projects = projects;
        this.managedProjects = managedProjects;
        this.management = management;
        this.trustSettings = trustSettings;
        this.urls = urls;
        this.clock = clock;
    }

    List<Route> routes() {
        boolean secure = settings.tlsCert().isPresent()
                || settings.baseUrl().map(u -> "https".equalsIgnoreCase(u.getScheme())).orElse(false);
        var pages = new Pages(sessions, accounts, new PageRenderer(), secure, settings.baseUrl(), ops.clientAddress());
        var assets = new StaticAssets();
        List<Route> routes = new ArrayList<>();
        routes.add(Route.get("/static/{name}", assets::serve));
        accountRoutes(pages, routes);
        publicRoutes(pages, routes);
        manageRoutes(pages, routes);
        return routes;
    }

    /** Sign-up, throttled sign-in with a second factor, the account pages, administration. */
    private void accountRoutes(Pages pages, List<Route> routes) {
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
        routes.add(Route.post("/manage/account/two-factor/recovery-codes/", pages.form(secondFactor::regenerate)));
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
    }

    /** Start page, search, project and release pages, user pages. */
    private void publicRoutes(Pages pages, List<Route> routes) {
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
    }

    /** A user's projects, a project's settings, releases, publishing and history, pending publishers. */
    private void manageRoutes(Pages pages, List<Route> routes) {
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
    }


    /** The configured issuers that are github.com's own Actions issuer: only their runs get a link to GitHub. */
    private java.util.Set<String> githubIssuers() {
        return trustSettings.issuers().all().stream()
                .filter(i -> i.type() == IssuerType.GITHUB && i.url().equals(GITHUB_ACTIONS_ISSUER))
                .map(IssuerConfig::name).collect(java.util.stream.Collectors.toSet());
    }
}
