package dev.larder.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.larder.testing.TestPostgres;
import java.nio.file.Path;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SQLite and PostgreSQL migrations build the same tables, columns and nullability. */
class MigrationsInStepTest {
    @TempDir
    Path dir;

    @Test
    void bothDialectsEndWithTheSameSchema() throws SQLException {
        Map<String, TreeSet<String>> sqlite;
        Map<String, TreeSet<String>> postgres;
        try (Database db = Database.open("jdbc:sqlite:" + dir.resolve("schema.db"))) {
            sqlite = columns(db);
        }
        try (Database db = Database.open(TestPostgres.newDatabase())) {
            postgres = columns(db);
        }
        assertThat(sqlite).containsKey("files");
        assertThat(postgres).isEqualTo(sqlite);
    }

    /** Table name to "column NULL|NOT NULL", leaving out Flyway's own table. */
    private static Map<String, TreeSet<String>> columns(Database db) throws SQLException {
        return db.jdbi().withHandle(h -> {
            Map<String, TreeSet<String>> out = new TreeMap<>();
            DatabaseMetaData meta = h.getConnection().getMetaData();
            String schema = db.dialect() == Dialect.POSTGRESQL ? "public" : null;
            try (ResultSet rs = meta.getColumns(null, schema, "%", "%")) {
                while (rs.next()) {
                    String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    if (table.startsWith("flyway_") || table.startsWith("sqlite_")) {
                        continue;
                    }
                    String name = rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                    // SQLite's driver calls primary key columns nullable; both databases refuse NULL there
                    // for INTEGER keys, and a NULL text key is never written, so keys count as NOT NULL.
                    boolean key = primaryKey(meta, schema, rs.getString("TABLE_NAME")).contains(name);
                    String column = name + (key || rs.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls ? " NOT NULL" : " NULL");
                    out.computeIfAbsent(table, t -> new TreeSet<>()).add(column);
                }
            }
            return out;
        });
    }

    private static Set<String> primaryKey(DatabaseMetaData meta, String schema, String table) throws SQLException {
        Set<String> out = new HashSet<>();
        try (ResultSet rs = meta.getPrimaryKeys(null, schema, table)) {
            while (rs.next()) {
                out.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }
}
