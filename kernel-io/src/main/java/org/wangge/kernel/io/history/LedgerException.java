package org.wangge.kernel.io.history;

/** The compliance ledger's database cannot be reached, migrated, read or written. */
public final class LedgerException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what failed, with the database (password hidden)
     * @param cause   the database's error
     */
    public LedgerException(String message, Throwable cause) {
        super(message, cause);
    }
}
