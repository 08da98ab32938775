package dev.larder.db;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.HandleConsumer;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.config.JdbiConfig;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * Reads that must see one moment of the database, such as a project with its releases and files.
 * On SQLite every transaction already does (writers are serialized and readers read a WAL
 * snapshot). On PostgreSQL the default READ COMMITTED takes a new snapshot per statement, so a
 * file committed between two SELECTs could appear without its release; those reads run as
 * REPEATABLE READ there, which never fails for a transaction that only reads.
 * {@link Database#open} sets the level per dialect.
 *
 * <p>The level is set with {@code SET TRANSACTION} as the transaction's first statement, not
 * through JDBC: Jdbi's {@code inTransaction(level, ...)} reads the connection's level (a
 * {@code SHOW} round trip, twice with the pool in between), changes the session's level and
 * changes it back, four round trips on every read that a project page rendered from the database
 * paid on top of its five queries.
 */
public final class ReadSnapshot implements JdbiConfig<ReadSnapshot> {
    private TransactionIsolationLevel level = TransactionIsolationLevel.UNKNOWN;

    public ReadSnapshot() {}

    private ReadSnapshot(ReadSnapshot other) {
        this.level = other.level;
    }

    void setLevel(TransactionIsolationLevel level) {
        this.level = level;
    }

    /** Runs {@code callback} in one transaction that sees a single snapshot of the database. */
    public static <R, X extends Exception> R read(Jdbi jdbi, HandleCallback<R, X> callback) throws X {
        TransactionIsolationLevel level = jdbi.getConfig(ReadSnapshot.class).level;
        return jdbi.inTransaction(h -> {
            setLevel(h, level);
            return callback.withHandle(h);
        });
    }

    /**
     * Runs a long read that streams its rows (e.g. every project for {@code /simple/}). PostgreSQL
     * only streams with a fetch size inside a transaction (otherwise the driver loads every row
     * first), so there it gets one; on SQLite a plain handle streams already, and a transaction
     * would queue behind writers for no reason.
     */
    public static <X extends Exception> void stream(Jdbi jdbi, HandleConsumer<X> callback) throws X {
        TransactionIsolationLevel level = jdbi.getConfig(ReadSnapshot.class).level;
        if (level == TransactionIsolationLevel.UNKNOWN) {
            jdbi.useHandle(callback);
        } else {
            jdbi.useTransaction(h -> {
                setLevel(h, level);
                callback.useHandle(h);
            });
        }
    }

    /** For this transaction only; PostgreSQL takes it before the transaction's first query. */
    private static void setLevel(Handle h, TransactionIsolationLevel level) {
        if (level != TransactionIsolationLevel.UNKNOWN) {
            h.execute("SET TRANSACTION ISOLATION LEVEL " + level.name().replace('_', ' '));
        }
    }

    @Override
    public ReadSnapshot createCopy() {
        return new ReadSnapshot(this);
    }
}
