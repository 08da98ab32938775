package dev.larder.trust;

import dev.larder.accounts.SecurityLog;
import dev.larder.accounts.User;
import dev.larder.packaging.ProjectName;
import dev.larder.projects.Project;
import dev.larder.projects.ProjectRepository;
import dev.larder.projects.Role;
import dev.larder.tokens.TokenPrincipal;
import dev.larder.tokens.TokensFacade;
import dev.larder.trust.oidc.IssuerConfig;
import dev.larder.trust.publishers.FormResult;
import dev.larder.trust.oidc.IssuerType;
import dev.larder.trust.publishers.PublisherForm;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Managing trusted publishers: per project (Owners change, Owners and Maintainers read), pending
 * publishers per user, the attempt log and the trusted-publishing-only switch. A token limited to
 * some projects can manage only those.
 */
public final class ManagementFacade {
    static final int MAX_PENDING_PER_USER = 3;

    private final TrustSettings settings;
    private final TrustRepository repository;
    private final ProjectRepository projects;
    private final TokensFacade tokens;
    private final SecurityLog log;

    public ManagementFacade(TrustSettings settings, TrustRepository repository, ProjectRepository projects, TokensFacade tokens,
                            SecurityLog log) {
        this.settings = settings;
        this.repository = repository;
        this.projects = projects;
        this.tokens = tokens;
        this.log = log;
    }

    /**
     * Who is asking: the user behind an API token with the token's own limits, or a user signed in
     * on the web ({@code token} null), who acts with all of their rights.
     */
    public record Caller(User user, TokenPrincipal token, Optional<String> address) {
        public Caller(User user, TokenPrincipal token) {
            this(user, token, Optional.empty());
        }

        /** A person signed in on the web pages, from this address. */
        public static Caller signedIn(User user, Optional<String> address) {
            return new Caller(user, null, address);
        }
    }

    public List<TrustedPublisher> publishers(Caller caller, String projectName) {
        return repository.publishersOfProject(project(caller, projectName, false).id());
    }

    public TrustedPublisher addPublisher(Caller caller, String projectName, Map<String, ?> input) {
        Project project = project(caller, projectName, true);
        Parsed parsed = parse(input);
        TrustedPublisher added = repository.addToProject(project.id(), parsed.issuer().name(), parsed.spec(), caller.user().name());
        log.project(project.name(), "publisher:added", caller.user().name(),
                "Added the trusted publisher " + added.spec().describe() + " (issuer " + added.issuerName() + ")", caller.address());
        return added;
    }

    public void removePublisher(Caller caller, String projectName, String publisherId) {
        Project project = project(caller, projectName, true);
        Optional<TrustedPublisher> publisher = repository.publishersOfProject(project.id()).stream()
                .filter(p -> p.id().equals(publisherId)).findFirst();
        if (publisher.isEmpty() || !repository.removeFromProject(project.id(), publisherId)) {
            throw new TrustException(404, "project '" + project.name() + "' has no publisher with id " + publisherId);
        }
        log.project(project.name(), "publisher:removed", caller.user().name(),
                "Removed the trusted publisher " + publisher.get().spec().describe(), caller.address());
    }

    public List<PublishingAttempt> attempts(Caller caller, String projectName, int limit) {
        return repository.attempts(project(caller, projectName, false).id(), Math.max(1, Math.min(limit, 500)));
    }

    public boolean trustedPublishingOnly(Caller caller, String projectName) {
        return repository.trustedPublishingOnly(project(caller, projectName, false).id());
    }

    public void setTrustedPublishingOnly(Caller caller, String projectName, boolean only) {
        Project project = project(caller, projectName, true);
        repository.setTrustedPublishingOnly(project.id(), only);
        log.project(project.name(), "setting:trusted-publishing-only", caller.user().name(), only
                ? "Allowed uploads only from trusted publishers" : "Allowed uploads with API tokens again", caller.address());
    }

    /** How many pending publishers one user may have at once. */
    public int maxPendingPerUser() {
        return MAX_PENDING_PER_USER;
    }

    /** How long a pending publisher waits for its first use before it is dropped. */
    public java.time.Duration pendingLifetime() {
        return TokenExchangeFacade.PENDING_LIFETIME;
    }

    public List<PendingPublisher> pending(Caller caller) {
        return repository.pendingOfUser(caller.user().id());
    }

    public PendingPublisher addPending(Caller caller, Map<String, ?> input) {
        Object rawName = input.get("project_name");
        if (!(rawName instanceof String name) || !ProjectName.isValid(name)) {
            throw new TrustException(400, "project_name: give the name of the project to create, e.g. \"my-package\" "
                    + "(letters, digits, '.', '_' and '-', starting and ending with a letter or digit)");
        }
        String normalized = ProjectName.normalize(name);
        checkScope(caller, normalized);
        if (projects.byNormalizedName(normalized).isPresent()) {
            throw new TrustException(409, "the project '" + name + "' already exists: add the publisher to the project instead");
        }
        if (repository.pendingOfUser(caller.user().id()).size() >= MAX_PENDING_PER_USER) {
            throw new TrustException(409, "you can't register more than " + MAX_PENDING_PER_USER
                    + " pending publishers at once; remove one or use it first");
        }
        Map<String, Object> rest = new HashMap<>(input);
        rest.remove("project_name");
        Parsed parsed = parse(rest);
        PendingPublisher added = repository.addPending(name, normalized, parsed.issuer().name(), parsed.spec(), caller.user().id());
        log.user(caller.user().id(), "pending-publisher:added", caller.user().name(), "Added a pending publisher for the new project "
                + name + ": " + added.spec().describe(), caller.address());
        return added;
    }

    public void removePending(Caller caller, String id) {
        Optional<PendingPublisher> pending = repository.pendingOfUser(caller.user().id()).stream()
                .filter(p -> p.id().equals(id)).findFirst();
        if (pending.isEmpty() || !repository.deletePending(id, Optional.of(caller.user().id()))) {
            throw new TrustException(404, "you have no pending publisher with id " + id);
        }
        log.user(caller.user().id(), "pending-publisher:removed", caller.user().name(), "Removed the pending publisher for "
                + pending.get().projectName() + ": " + pending.get().spec().describe(), caller.address());
    }

    private record Parsed(IssuerConfig issuer, dev.larder.trust.publishers.PublisherSpec spec) {}

    private Parsed parse(Map<String, ?> input) {
        Object issuerName = input.get("issuer");
        if (!(issuerName instanceof String name)) {
            throw new TrustException(400, "issuer: name the issuer the CI job's tokens come from; this index knows "
                    + issuerNames());
        }
        IssuerConfig issuer = settings.issuers().byName(name).orElseThrow(() -> new TrustException(400,
                "issuer: '" + name + "' is not an issuer this index trusts; it knows " + issuerNames()));
        Map<String, Object> fields = new HashMap<>(input);
        fields.remove("issuer");
        if (issuer.type() == IssuerType.OIDC) {
            OidcRuleText.structure(fields);
        }
        FormResult result = PublisherForm.validate(issuer.type(), fields);
        if (result instanceof FormResult.Invalid invalid) {
            StringBuilder b = new StringBuilder();
            invalid.messagesByField().forEach((field, messages) -> {
                if (!b.isEmpty()) {
                    b.append("; ");
                }
                b.append(field).append(": ").append(String.join(" ", messages));
            });
            throw new TrustException(400, b.toString());
        }
        return new Parsed(issuer, ((FormResult.Valid) result).spec());
    }

    private String issuerNames() {
        return settings.issuers().all().stream().map(i -> i.name() + " (" + i.type().configName() + ")").toList().toString();
    }

    private Project project(Caller caller, String name, boolean change) {
        String normalized = ProjectName.normalize(name);
        Project project = projects.byNormalizedName(normalized)
                .orElseThrow(() -> new TrustException(404, "there is no project named '" + name + "'"));
        checkScope(caller, normalized);
        Optional<Role> role = projects.roleOf(project.id(), caller.user().id());
        if (role.isEmpty() || change && role.get() != Role.Owner) {
            throw new TrustException(403, change
                    ? "only Owners of '" + project.name() + "' may change its trusted publishing settings"
                    : "only Owners and Maintainers of '" + project.name() + "' may see its trusted publishing settings");
        }
        return project;
    }

    private void checkScope(Caller caller, String normalized) {
        if (caller.token() == null) {
            return;
        }
        tokens.caveatFailure(caller.token(), normalized).ifPresent(reason -> {
            throw new TrustException(403, "this API token cannot be used here: " + reason);
        });
    }
}
