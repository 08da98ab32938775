package dev.larder.trust.publishers;

import dev.larder.trust.oidc.IssuerType;
/**
 * An ActiveState Platform project whose builds, triggered by one user, may publish.
 *
 * <ul>
 *   <li>{@code organization}, {@code project}: compared <b>exactly</b> with the
 *       {@code organization} and {@code project} claims, as on pypi.org.</li>
 *   <li>{@code actor}: the username that must trigger the build. pypi.org resolves it to
 *       an id through ActiveState's API at registration and never checks the name again.
 *       Larder cannot rely on reaching that API, so it pins instead: while {@code actorId}
 *       is {@code ""} the {@code actor} claim must equal {@code actor} exactly, and the
 *       token's {@code actor_id} is pinned; afterwards only {@code actor_id} is compared,
 *       so renaming the user does not break publishing.</li>
 *   <li>The {@code builder} claim must be {@code pypi-publisher}, as on pypi.org.</li>
 * </ul>
 * The {@code sub} claim ({@code org:O:project:P:...}) is not checked separately: it only
 * repeats the organization and project, which are checked.
 */
public record ActiveStatePublisher(String organization, String project, String actorId, String actor)
        implements PublisherSpec {

    public ActiveStatePublisher {
        Required.text("organization", organization);
        Required.text("project", project);
        Required.text("actor", actor);
        java.util.Objects.requireNonNull(actorId, "actorId");
    }

    @Override
    public IssuerType kind() {
        return IssuerType.ACTIVESTATE;
    }

    /** This publisher with the actor's id pinned. */
    public ActiveStatePublisher withActorId(String id) {
        return new ActiveStatePublisher(organization, project, id, actor);
    }

    @Override
    public String describe() {
        return "ActiveState " + organization + "/" + project + ", actor " + actor;
    }

    @Override
    public String configurationKey() {
        return ConfigurationKey.of(kind(), organization, project, actor);
    }
}
