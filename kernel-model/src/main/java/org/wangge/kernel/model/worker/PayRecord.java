package org.wangge.kernel.model.worker;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.wangge.kernel.model.ModelValidationException;
import org.wangge.kernel.model.Require;

/**
 * A pay or subsidy instalment of a grid worker (薪酬或补助, Art. 18 ¶1): what was due when, and what was paid when.
 *
 * @param id         stable id
 * @param workerId   the worker
 * @param payerId    the paying organisation (county government or its agency)
 * @param kind       pay or subsidy
 * @param dueDate    the day it falls due
 * @param amountDue  the amount due, in yuan
 * @param paidDate   the day it was paid, or null if unpaid
 * @param amountPaid the amount paid by that day, in yuan (zero if unpaid)
 */
public record PayRecord(
        @NotBlank String id,
        @NotBlank String workerId,
        @NotBlank String payerId,
        @NotNull PayKind kind,
        @NotNull LocalDate dueDate,
        @NotNull @PositiveOrZero BigDecimal amountDue,
        LocalDate paidDate,
        @NotNull @PositiveOrZero BigDecimal amountPaid) {

    /** Kind of payment. */
    public enum PayKind {
        /** 薪酬. */
        PAY,
        /** 补助. */
        SUBSIDY
    }

    /** Validates amounts and dates. */
    public PayRecord {
        id = Require.notBlank(id, "PayRecord.id");
        workerId = Require.notBlank(workerId, "PayRecord.workerId");
        payerId = Require.notBlank(payerId, "PayRecord.payerId");
        Require.notNull(kind, "PayRecord.kind");
        Require.notNull(dueDate, "PayRecord.dueDate");
        Require.notNull(amountDue, "PayRecord.amountDue");
        if (amountPaid == null) {
            amountPaid = BigDecimal.ZERO;
        }
        if (amountDue.signum() < 0) {
            throw new ModelValidationException("PayRecord.amountDue", amountDue.toPlainString(), "must be zero or more");
        }
        if (amountPaid.signum() < 0) {
            throw new ModelValidationException("PayRecord.amountPaid", amountPaid.toPlainString(), "must be zero or more");
        }
        if (paidDate == null && amountPaid.signum() > 0) {
            throw new ModelValidationException("PayRecord.paidDate", "null",
                    "record " + id + " shows " + amountPaid.toPlainString() + " paid: give the day it was paid");
        }
    }

    /**
     * @return whether the full amount had been paid on or before the due date
     */
    public boolean paidInFullByDueDate() {
        return paidDate != null && !paidDate.isAfter(dueDate) && amountPaid.compareTo(amountDue) >= 0;
    }
}
