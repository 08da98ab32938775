package dev.larder.tokens;

import dev.larder.accounts.AccountException;
import dev.larder.accounts.SecurityLog;
import dev.larder.accounts.User;
import dev.larder.projects.ProjectMembership;
import dev.larder.projects.ProjectsFacade;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A signed-in user's own tokens: create one for all their projects or for one project they have a
 * role on, list them, revoke them; each change goes to the user's security history.
 */
public final class UserTokens {
    private static final int MAX_NAME = 100;

    private final TokensFacade tokens;
    private final ProjectsFacade projects;
    private final SecurityLog log;

    public UserTokens(TokensFacade tokens, ProjectsFacade projects, SecurityLog log) {
        this.tokens = tokens;
        this.projects = projects;
        this.log = log;
    }

    /** The projects a token may be limited to. */
    public List<ProjectMembership> scopes(User user) {
        return projects.membershipsOf(user.id());
    }

    public List<ApiToken> list(User user) {
        return tokens.list(user.id());
    }

    /**
     * Returns the token's secret text, to be shown once.
     *
     * @param project empty for a token valid for all the user's projects
     */
    public String create(User user, String name, Optional<String> project, Optional<Duration> lifetime, String address) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > MAX_NAME) {
            throw new AccountException("Give the token a name of 1 to " + MAX_NAME + " characters, e.g. where it will be used.");
        }
        Optional<ProjectMembership> scope = project.filter(p -> !p.isBlank()).map(p -> scopes(user).stream()
                .filter(m -> m.normalizedName().equals(p) || m.projectName().equals(p)).findFirst()
                .orElseThrow(() -> new AccountException("You have no role on a project named '" + p + "'.")));
        String secret = tokens.create(user.id(), n, scope.map(ProjectMembership::normalizedName).stream().toList(), lifetime);
        log.user(user.id(), "token:created", user.name(), "Created API token '" + n + "' for " + scopeText(scope)
                + lifetime.map(d -> ", valid for " + d.toDays() + " days").orElse(", without expiry"), Optional.of(address));
        return secret;
    }

    public void revoke(User user, String tokenId, String address) {
        ApiToken token = tokens.revokeOwn(user.id(), tokenId == null ? "" : tokenId)
                .orElseThrow(() -> new AccountException("You have no such token. It may have been revoked already."));
        log.user(user.id(), "token:revoked", user.name(), "Revoked API token '" + token.description() + "' for "
                + (token.projects().isEmpty() ? "all projects" : "project " + String.join(", ", token.projects())), Optional.of(address));
    }

    private static String scopeText(Optional<ProjectMembership> scope) {
        return scope.map(m -> "project " + m.projectName()).orElse("all projects");
    }
}
