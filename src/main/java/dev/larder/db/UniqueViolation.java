package dev.larder.db;

import java.sql.SQLException;

/** Recognises "a unique key is already taken" in both dialects, wherever it sits in the cause chain. */
public final class UniqueViolation {
    private UniqueViolation() {}

    public static boolean is(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLException e) {
                if ("23505".equals(e.getSQLState())) {
                    return true; // PostgreSQL unique_violation
                }
                String m = String.valueOf(e.getMessage());
                if (m.contains("SQLITE_CONSTRAINT_UNIQUE") || m.contains("SQLITE_CONSTRAINT_PRIMARYKEY")
                        || m.contains("UNIQUE constraint failed")) {
                    return true;
                }
            }
        }
        return false;
    }
}
