package org.wangge.kernel.process;

import java.util.function.Supplier;

/**
 * The host's transactions, which the engine's steps join instead of committing on their own — e.g. Spring's
 * {@code PlatformTransactionManager}, adapted by the Wangge Spring Boot starter. Given with
 * {@link WanggeProcesses.Builder#dataSource(javax.sql.DataSource, ExternalTransactions)}; the data source must then
 * hand out the connection bound to the host's current transaction (Spring: {@code TransactionAwareDataSourceProxy}).
 *
 * <p>Every engine command (a case step, a timer, the schema update at start) runs through
 * {@link #inTransaction}; a step called inside a host transaction is committed or rolled back with it.
 */
public interface ExternalTransactions {

    /** How a command relates to a transaction already open in the calling thread. */
    enum Propagation {
        /** Join the current transaction, or start one when none is open. */
        REQUIRED,
        /** Always start a new one, suspending the current. */
        REQUIRES_NEW,
        /** Run outside any transaction, suspending the current. */
        NOT_SUPPORTED
    }

    /** When a callback registered on the current transaction runs. */
    enum Phase {
        /** Just before the commit. */
        BEFORE_COMMIT,
        /** Just before a rollback. */
        BEFORE_ROLLBACK,
        /** After the commit. */
        AFTER_COMMIT,
        /** After a rollback. */
        AFTER_ROLLBACK
    }

    /**
     * Runs work in a transaction as the propagation says; a runtime exception rolls the transaction back (when this
     * call started it) and is rethrown unchanged.
     *
     * @param <T>         the work's result
     * @param propagation how to relate to the current transaction
     * @param work        the work
     * @return its result
     */
    <T> T inTransaction(Propagation propagation, Supplier<T> work);

    /**
     * Registers a callback on the transaction open in the calling thread.
     *
     * @param phase    when it runs
     * @param callback what runs
     * @throws IllegalStateException when no transaction is open
     */
    void register(Phase phase, Runnable callback);

    /** Marks the transaction open in the calling thread so that it can only roll back. */
    void setRollbackOnly();
}
