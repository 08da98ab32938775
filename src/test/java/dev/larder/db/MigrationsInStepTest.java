package dev.larder.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.larder.testing.TestPostgres;
import java.nio.file.Path;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SQLite and PostgreSQL migrations build the same tables, columns and nullability. */
class MigrationsInStepTest {
    @TempDir
    Path dir;

    @Test
    void bothDialectsEndWithTheSameSchema() {
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
    private static Map<String, TreeSet<String>> columns(Database db) {
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
                    String column = rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT)
                            + (rs.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls ? " NOT NULL" : " NULL");
                    out.computeIfAbsent(table, t -> new TreeSet<>()).add(column);
                }
            }
            return out;
        });
    }
}
