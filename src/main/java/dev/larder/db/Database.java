package dev.larder.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import org.flywaydb.core.Flyway;
import java.util.concurrent.locks.ReentrantLock;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/** Opens the pool, brings the schema up to date, and hands out the {@link Jdbi} every SQL adapter uses. */
public final class Database implements AutoCloseable {
    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final Dialect dialect;

    private Database(HikariDataSource dataSource, Dialect dialect) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.jdbi = Jdbi.create(dataSource);
        if (dialect == Dialect.POSTGRESQL) {
            jdbi.getConfig(ReadSnapshot.class).setLevel(TransactionIsolationLevel.REPEATABLE_READ);
        }
        if (dialect == Dialect.SQLITE) {
            jdbi.setTransactionHandler(new SerializedTransactions(jdbi.getTransactionHandler(), new ReentrantLock(true)));
        }
    }

    public static Database open(String jdbcUrl) {
        return open(jdbcUrl, Optional.empty());
    }

    /** With the pool's metrics ({@code hikaricp_connections_*}, tag {@code pool="larder"}) in the registry, if one is given. */
    public static Database open(String jdbcUrl, Optional<MeterRegistry> metrics) {
        return open(jdbcUrl, metrics, OptionalInt.empty());
    }

    /** With the pool's size chosen by the operator instead of the dialect's default. */
    public static Database open(String jdbcUrl, Optional<MeterRegistry> metrics, OptionalInt connections) {
        Dialect dialect = Dialect.of(jdbcUrl);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setPoolName("larder");
        metrics.ifPresent(registry -> config.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry)));
        if (dialect == Dialect.SQLITE) {
            createParentFolder(jdbcUrl.substring("jdbc:sqlite:".length()));
            // One writer at a time is SQLite's model: IMMEDIATE transactions take the write lock up
            // front, so two writers wait for each other (busy_timeout) instead of failing mid-way.
            config.addDataSourceProperty("journal_mode", "WAL");
            config.addDataSourceProperty("synchronous", "NORMAL");
            config.addDataSourceProperty("busy_timeout", "30000");
            config.addDataSourceProperty("foreign_keys", "true");
            config.addDataSourceProperty("transaction_mode", "IMMEDIATE");
            config.setMaximumPoolSize(connections.orElse(8));
        } else {
            config.setMaximumPoolSize(connections.orElse(16));
        }
        HikariDataSource ds = new HikariDataSource(config);
        try {
            Flyway.configure()
                    .dataSource(ds)
                    .locations(dialect.migrationFolder())
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
        return new Database(ds, dialect);
    }

    private static void createParentFolder(String file) {
        if (file.isEmpty() || file.startsWith(":memory:") || file.startsWith("file:")) {
            return;
        }
        Path parent = Path.of(file).toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new IllegalStateException("cannot create the database folder " + parent + ": " + e.getMessage(), e);
        }
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** A cheap round trip, for readiness checks. */
    public boolean reachable() {
        try {
            return jdbi.withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one()) == 1;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
