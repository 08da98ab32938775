package dev.larder.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.larder.testing.TestPostgres;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Opening the database on PostgreSQL: the migrations run, and several instances may start at once;
 * snapshot reads get their isolation level per transaction.
 */
class DatabaseOnPostgresTest {
    @Test
    void theMigrationsRunOnAFreshDatabase() throws Exception {
        try (Database db = Database.open(TestPostgres.newDatabase())) {
            assertThat(db.dialect()).isEqualTo(Dialect.POSTGRESQL);
            assertThat(db.reachable()).isTrue();
            List<Integer> applied = db.jdbi().withHandle(h -> h.createQuery(
                    "SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL")
                    .mapTo(String.class).map(Integer::valueOf).list());
            assertThat(applied).containsExactlyInAnyOrderElementsOf(shippedVersions());
        }
    }

    /** The versions of the PostgreSQL migrations in the jar (V{n}__name.sql). */
    private static List<Integer> shippedVersions() throws Exception {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of(
                DatabaseOnPostgresTest.class.getResource("/db/migration/postgresql").toURI()))) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .map(n -> Integer.valueOf(n.substring(1, n.indexOf("__")))).toList();
        }
    }

    @Test
    void snapshotReadsRunAsRepeatableReadAndLeaveTheSessionAlone() {
        try (Database db = Database.open(TestPostgres.newDatabase())) {
            String level = "SHOW transaction_isolation";
            String inRead = ReadSnapshot.read(db.jdbi(), h -> h.createQuery(level).mapTo(String.class).one());
            assertThat(inRead).isEqualTo("repeatable read");
            List<String> streamed = new ArrayList<>();
            ReadSnapshot.stream(db.jdbi(), h -> streamed.add(h.createQuery(level).mapTo(String.class).one()));
            assertThat(streamed).containsExactly("repeatable read");
            String afterwards = db.jdbi().withHandle(h -> h.createQuery(level).mapTo(String.class).one());
            assertThat(afterwards).isEqualTo("read committed");
        }
    }

    @Test
    void instancesStartingAtOnceOnOneFreshDatabaseAllSucceedAndMigrateOnce() throws Exception {
        String url = TestPostgres.newDatabase();
        int instances = 4;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(instances);
        List<Database> opened = new ArrayList<>();
        try {
            List<Future<Database>> starts = new ArrayList<>();
            for (int i = 0; i < instances; i++) {
                starts.add(pool.submit((Callable<Database>) () -> {
                    go.await();
                    return Database.open(url);
                }));
            }
            go.countDown();
            for (Future<Database> f : starts) {
                opened.add(f.get());
            }
            assertThat(opened).allSatisfy(db -> assertThat(db.reachable()).isTrue());
            long migrations = opened.get(0).jdbi().withHandle(h -> h.createQuery(
                    "SELECT COUNT(*) FROM flyway_schema_history WHERE success AND version IS NOT NULL")
                    .mapTo(Long.class).one());
            assertThat(migrations).isEqualTo(shippedVersions().size());
        } finally {
            pool.shutdownNow();
            opened.forEach(Database::close);
        }
    }
}
