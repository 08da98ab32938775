package dev.larder.accounts;

import dev.larder.packaging.ProjectName;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The security history of accounts and projects. Capabilities record what they did through this
 * one facade (sign-ins, tokens, second factor, collaborators, publishers, settings); uploads, yanks
 * and deletes are already in the project journal, which project history pages show beside it.
 */
public final class SecurityLog {
    private final SecurityEventRepository events;
    private final Clock clock;

    public SecurityLog(SecurityEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Something that happened to a user's account. */
    public void user(long userId, String kind, String actor, String detail, Optional<String> address) {
        events.append(Optional.of(userId), Optional.empty(), kind, actor, detail, address, clock.instant());
    }

    /** Something that happened to a project (the name is normalized here). */
    public void project(String projectName, String kind, String actor, String detail, Optional<String> address) {
        events.append(Optional.empty(), Optional.of(ProjectName.normalize(projectName)), kind, actor, detail, address,
                clock.instant());
    }

    public List<SecurityEvent> ofUser(long userId, int limit) {
        return events.ofUser(userId, clamp(limit));
    }

    public List<SecurityEvent> ofProject(String projectName, int limit) {
        return events.ofProject(ProjectName.normalize(projectName), clamp(limit));
    }

    private static int clamp(int limit) {
        return Math.max(1, Math.min(limit, 1000));
    }
}
