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
    void theMigrationsRunOnAFreshDatabase() {
        try (Database db = Database.open(TestPostgres.newDatabase())) {
            assertThat(db.dialect()).isEqualTo(Dialect.POSTGRESQL);
            assertThat(db.reachable()).isTrue();
            String version = db.jdbi().withHandle(h -> h.createQuery(
                    "SELECT MAX(version) FROM flyway_schema_history WHERE success").mapTo(String.class).one());
            assertThat(version).isEqualTo("3");
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
            assertThat(migrations).isEqualTo(3L);
        } finally {
            pool.shutdownNow();
            opened.forEach(Database::close);
        }
    }
}
