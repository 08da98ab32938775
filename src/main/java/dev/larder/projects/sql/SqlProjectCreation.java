package dev.larder.projects.sql;

import dev.larder.db.Micros;
import dev.larder.projects.Project;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Creates a project inside the caller's transaction, with its first Owner and a journal entry. */
public final class SqlProjectCreation {
    private SqlProjectCreation() {}

    public record Outcome(Project project, boolean created) {}

    /** Creates the project unless one with that normalized name exists; either way returns it, locked. */
    public static Outcome createIfAbsent(Handle h, String name, String normalizedName, Optional<Long> owner, String actor) {
        int created = h.createUpdate("INSERT INTO projects (name, normalized_name, created_at, last_serial, total_size) "
                        + "VALUES (:n, :nn, :t, 0, 0) ON CONFLICT (normalized_name) DO NOTHING")
                .bind("n", name).bind("nn", normalizedName).bind("t", Micros.now()).execute();
        // Lock the row (see SqlJournal.lockProject) before reading it, so the caller sees the
        // committed totals of every earlier writer and keeps them valid until it commits.
        h.createUpdate("UPDATE projects SET last_serial = last_serial WHERE normalized_name = :nn").bind("nn", normalizedName).execute();
        Project project = CatalogQueries.project(h, normalizedName).orElseThrow();
        if (created == 1) {
            owner.ifPresent(user -> h.createUpdate("INSERT INTO project_roles (project_id, user_id, role) VALUES (:p, :u, 'Owner')")
                    .bind("p", project.id()).bind("u", user).execute());
            SqlJournal.append(h, project.id(), name, null, null, "create", actor);
        }
        return new Outcome(project, created == 1);
    }
}
