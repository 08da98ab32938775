package dev.larder.projects.sql;

import dev.larder.projects.Project;
import dev.larder.projects.Role;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** The catalogue lookups several SQL adapters need, run on the caller's handle (and so in its transaction). */
public final class CatalogQueries {
    private CatalogQueries() {}

    public static Optional<Project> project(Handle h, String normalizedName) {
        return h.createQuery("SELECT * FROM projects WHERE normalized_name = :n").bind("n", normalizedName)
                .map(CatalogMappers.PROJECT).findOne();
    }

    public static Optional<Role> role(Handle h, long projectId, long userId) {
        return h.createQuery("SELECT role FROM project_roles WHERE project_id = :p AND user_id = :u")
                .bind("p", projectId).bind("u", userId).mapTo(String.class).findOne().map(Role::valueOf);
    }
}
