package dev.larder.index.browse;

import dev.larder.projects.Role;
import java.time.Instant;
import java.util.List;

/** A user's public page: when they joined and the projects they have a role on. */
public record UserPage(String name, Instant joined, List<RoleOn> projects) {

    public record RoleOn(ProjectCard project, Role role) {}
}
