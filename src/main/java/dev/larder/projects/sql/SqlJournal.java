package dev.larder.projects.sql;

import dev.larder.db.Micros;
import org.jdbi.v3.core.Handle;

/** Appends to the journal inside the caller's transaction and moves the project's serial to the new entry. */
public final class SqlJournal {
    private SqlJournal() {}

    public static long append(Handle h, long projectId, String projectName, String version, String filename,
                              String action, String actor) {
        long serial = h.createUpdate("INSERT INTO journal (project_name, version, filename, action, submitted_by, created_at) "
                        + "VALUES (:p, :v, :f, :a, :s, :t)")
                .bind("p", projectName).bind("v", version).bind("f", filename).bind("a", action)
                .bind("s", actor).bind("t", Micros.now())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        h.createUpdate("UPDATE projects SET last_serial = :s WHERE id = :id").bind("s", serial).bind("id", projectId).execute();
        return serial;
    }
}
