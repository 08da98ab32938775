package dev.larder.db;

import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.transaction.DelegatingTransactionHandler;
import org.jdbi.v3.core.transaction.TransactionHandler;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * Lets one SQLite write transaction in at a time, in Java. SQLite allows a single writer anyway;
 * left to itself, a second writer waits in SQLite's busy handler, which sleeps inside native code
 * and so pins its carrier thread: a few of those on a two-core machine stall every virtual thread.
 * Waiting on this lock parks the virtual thread instead. Readers are not affected (WAL).
 */
final class SerializedTransactions extends DelegatingTransactionHandler {
    private final ReentrantLock lock;

    SerializedTransactions(TransactionHandler delegate, ReentrantLock lock) {
        super(delegate);
        this.lock = lock;
    }

    @Override
    public <R, X extends Exception> R inTransaction(Handle handle, HandleCallback<R, X> callback) throws X {
        lock.lock();
        try {
            return super.inTransaction(handle, callback);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public <R, X extends Exception> R inTransaction(Handle handle, TransactionIsolationLevel level,
                                                    HandleCallback<R, X> callback) throws X {
        lock.lock();
        try {
            return super.inTransaction(handle, level, callback);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public TransactionHandler specialize(Handle handle) throws SQLException {
        return new SerializedTransactions(getDelegate().specialize(handle), lock);
    }
}
