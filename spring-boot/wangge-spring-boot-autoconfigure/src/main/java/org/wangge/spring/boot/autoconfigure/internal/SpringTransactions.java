package org.wangge.spring.boot.autoconfigure.internal;

import java.util.function.Supplier;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.wangge.kernel.process.ExternalTransactions;

/**
 * The kernel's {@link ExternalTransactions} on Spring's transaction manager: the engine's commands join the
 * application's {@code @Transactional} work, or run in a transaction of their own. Not API.
 */
public final class SpringTransactions implements ExternalTransactions {

    private final TransactionTemplate required;
    private final TransactionTemplate requiresNew;
    private final TransactionTemplate notSupported;
    /** The statuses of the transactions this adapter runs in, innermost last, per thread. */
    private final ThreadLocal<java.util.ArrayDeque<TransactionStatus>> statuses = ThreadLocal.withInitial(java.util.ArrayDeque::new);

    /** @param manager the application's transaction manager */
    public SpringTransactions(PlatformTransactionManager manager) {
        this.required = template(manager, TransactionDefinition.PROPAGATION_REQUIRED);
        this.requiresNew = template(manager, TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.notSupported = template(manager, TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
    }

    private static TransactionTemplate template(PlatformTransactionManager manager, int propagation) {
        TransactionTemplate t = new TransactionTemplate(manager);
        t.setPropagationBehavior(propagation);
        return t;
    }

    @Override
    public <T> T inTransaction(Propagation propagation, Supplier<T> work) {
        TransactionTemplate t = switch (propagation) {
            case REQUIRED -> required;
            case REQUIRES_NEW -> requiresNew;
            case NOT_SUPPORTED -> notSupported;
        };
        return t.execute(status -> {
            statuses.get().addLast(status);
            try {
                return work.get();
            } finally {
                statuses.get().removeLast();
            }
        });
    }

    @Override
    public void register(Phase phase, Runnable callback) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("no Spring transaction is active in this thread to register a " + phase + " callback on");
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                if (phase == Phase.BEFORE_COMMIT) {
                    callback.run();
                }
            }

            @Override
            public void beforeCompletion() {
                if (phase == Phase.BEFORE_ROLLBACK && rollbackOnly()) {
                    callback.run();
                }
            }

            @Override
            public void afterCompletion(int status) {
                if (phase == Phase.AFTER_COMMIT && status == STATUS_COMMITTED
                        || phase == Phase.AFTER_ROLLBACK && status == STATUS_ROLLED_BACK) {
                    callback.run();
                }
            }
        });
    }

    @Override
    public void setRollbackOnly() {
        TransactionStatus status = statuses.get().peekLast();
        if (status == null) {
            throw new IllegalStateException("no Wangge command runs in a Spring transaction in this thread");
        }
        status.setRollbackOnly();
    }

    private boolean rollbackOnly() {
        TransactionStatus status = statuses.get().peekLast();
        return status == null || status.isRollbackOnly();
    }
}
