package dev.larder.trust;

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

    public ManagementFacade(TrustSettings settings, TrustRepository repository, ProjectRepository projects, TokensFacade tokens) {
        this.settings = settings;
        this.repository = repository;
        this.projects = projects;
        this.tokens = tokens;
    }

    /** Who is asking: the user behind an API token, and the token's own limits. */
    public record Caller(User user, TokenPrincipal token) {}

    public List<TrustedPublisher> publishers(Caller caller, String projectName) {
        return repository.publishersOfProject(project(caller, projectName, false).id());
    }

    public TrustedPublisher addPublisher(Caller caller, String projectName, Map<String, ?> input) {
        Project project = project(caller, projectName, true);
        Parsed parsed = parse(input);
        return repository.addToProject(project.id(), parsed.issuer().name(), parsed.spec(), caller.user().name());
    }

    public void removePublisher(Caller caller, String projectName, String publisherId) {
        Project project = project(caller, projectName, true);
        if (!repository.removeFromProject(project.id(), publisherId)) {
            throw new TrustException(404, "project '" + project.name() + "' has no publisher with id " + publisherId);
        }
    }

    public List<PublishingAttempt> attempts(Caller caller, String projectName, int limit) {
        return repository.attempts(project(caller, projectName, false).id(), Math.max(1, Math.min(limit, 500)));
    }

    public boolean trustedPublishingOnly(Caller caller, String projectName) {
        return repository.trustedPublishingOnly(project(caller, projectName, false).id());
    }

    public void setTrustedPublishingOnly(Caller caller, String projectName, boolean only) {
        repository.setTrustedPublishingOnly(project(caller, projectName, true).id(), only);
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
        return repository.addPending(name, normalized, parsed.issuer().name(), parsed.spec(), caller.user().id());
    }

    public void removePending(Caller caller, String id) {
        if (!repository.deletePending(id, Optional.of(caller.user().id()))) {
            throw new TrustException(404, "you have no pending publisher with id " + id);
        }
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
        tokens.caveatFailure(caller.token(), normalized).ifPresent(reason -> {
            throw new TrustException(403, "this API token cannot be used here: " + reason);
        });
    }
}
