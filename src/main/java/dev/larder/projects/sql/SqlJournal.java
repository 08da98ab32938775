package dev.larder.projects.sql;

import dev.larder.db.Micros;
import dev.larder.packaging.ProjectName;
import org.jdbi.v3.core.Handle;

/** Appends to the journal inside the caller's transaction and moves the project's serial to the new entry. */
public final class SqlJournal {
    private SqlJournal() {}

    /**
     * Takes the project's row lock for the rest of the transaction; every write to a project does
     * this first. On PostgreSQL that makes writers to one project take turns in one order (no
     * deadlocks between, say, a yank and an upload), lets checks such as the project size limit read
     * the committed total, and hands out journal ids in commit order, so the project's serial never
     * moves backwards. SQLite serializes writers anyway; there it costs nothing.
     */
    public static void lockProject(Handle h, long projectId) {
        h.createUpdate("UPDATE projects SET last_serial = last_serial WHERE id = :id").bind("id", projectId).execute();
    }

    public static long append(Handle h, long projectId, String projectName, String version, String filename,
                              String action, String actor) {
        lockProject(h, projectId);
        long serial = h.createUpdate("INSERT INTO journal (project_name, project_key, version, filename, action, submitted_by, created_at) "
                        + "VALUES (:p, :k, :v, :f, :a, :s, :t)")
                .bind("p", projectName).bind("k", ProjectName.normalize(projectName)).bind("v", version).bind("f", filename).bind("a", action)
                .bind("s", actor).bind("t", Micros.now())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        h.createUpdate("UPDATE projects SET last_serial = :s WHERE id = :id").bind("s", serial).bind("id", projectId).execute();
        return serial;
    }
}
