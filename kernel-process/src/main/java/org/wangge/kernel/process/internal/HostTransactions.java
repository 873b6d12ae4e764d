package org.wangge.kernel.process.internal;

import org.flowable.common.engine.impl.cfg.TransactionContext;
import org.flowable.common.engine.impl.cfg.TransactionContextFactory;
import org.flowable.common.engine.impl.cfg.TransactionListener;
import org.flowable.common.engine.impl.cfg.TransactionState;
import org.flowable.common.engine.impl.interceptor.AbstractCommandInterceptor;
import org.flowable.common.engine.impl.interceptor.Command;
import org.flowable.common.engine.impl.interceptor.CommandConfig;
import org.flowable.common.engine.impl.interceptor.CommandContext;
import org.flowable.common.engine.impl.interceptor.CommandExecutor;
import org.flowable.common.engine.impl.interceptor.CommandInterceptor;
import org.wangge.kernel.process.ExternalTransactions;

/**
 * The engine's side of {@link ExternalTransactions}: a command interceptor that runs each command in the host's
 * transaction, and a transaction context whose listeners run when the host's transaction commits or rolls back —
 * what Flowable's Spring integration does with Spring types, here behind the kernel's own interface. Not API.
 */
public final class HostTransactions implements TransactionContextFactory {

    private final ExternalTransactions host;

    /** @param host the host's transactions */
    public HostTransactions(ExternalTransactions host) {
        this.host = host;
    }

    /** @return the interceptor that opens or joins the host's transaction around each command */
    public CommandInterceptor interceptor() {
        return new AbstractCommandInterceptor() {
            @Override
            public <T> T execute(CommandConfig config, Command<T> command, CommandExecutor commandExecutor) {
                ExternalTransactions.Propagation propagation = switch (config.getTransactionPropagation()) {
                    case REQUIRES_NEW -> ExternalTransactions.Propagation.REQUIRES_NEW;
                    case NOT_SUPPORTED -> ExternalTransactions.Propagation.NOT_SUPPORTED;
                    default -> ExternalTransactions.Propagation.REQUIRED;
                };
                return host.inTransaction(propagation, () -> next.execute(config, command, commandExecutor));
            }
        };
    }

    @Override
    public TransactionContext openTransactionContext(CommandContext commandContext) {
        return new TransactionContext() {
            @Override
            public void commit() {
                // the host commits
            }

            @Override
            public void rollback() {
                host.setRollbackOnly();
            }

            @Override
            public void addTransactionListener(TransactionState state, TransactionListener listener) {
                ExternalTransactions.Phase phase = switch (state) {
                    case COMMITTING -> ExternalTransactions.Phase.BEFORE_COMMIT;
                    case ROLLINGBACK -> ExternalTransactions.Phase.BEFORE_ROLLBACK;
                    case COMMITTED -> ExternalTransactions.Phase.AFTER_COMMIT;
                    case ROLLED_BACK -> ExternalTransactions.Phase.AFTER_ROLLBACK;
                };
                host.register(phase, () -> listener.execute(commandContext));
            }
        };
    }
}
