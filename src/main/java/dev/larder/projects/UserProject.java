package dev.larder.projects;

import java.time.Instant;
import java.util.Optional;

/** A project as its collaborator's list shows it: the user's role, the newest release and the last upload. */
public record UserProject(Project project, Role role, Optional<String> latestVersion, Optional<Instant> lastUpload) {}
