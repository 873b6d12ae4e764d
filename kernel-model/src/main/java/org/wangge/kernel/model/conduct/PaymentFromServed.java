package org.wangge.kernel.model.conduct;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.wangge.kernel.model.ModelValidationException;
import org.wangge.kernel.model.Require;

/**
 * A payment, gift or other benefit a grid worker received from a person or unit the worker serves, as the platform
 * recorded it (a declaration, an audit, a payment record): a suspicion of private gain (Art. 13(3), ZG-13-03) that only
 * an investigation can establish.
 *
 * @param id         stable id
 * @param workerId   the worker who received it
 * @param receivedOn the day it was received
 * @param payerRef   a pseudonymous reference to the person or unit served (never a name or ID number)
 * @param caseId     the case in which the payer is served, or null
 * @param amount     its value in yuan, or null when not known
 */
public record PaymentFromServed(
        @NotBlank String id,
        @NotBlank String workerId,
        @NotNull LocalDate receivedOn,
        @NotBlank String payerRef,
        String caseId,
        BigDecimal amount) {

    /** Validates the record. */
    public PaymentFromServed {
        id = Require.notBlank(id, "PaymentFromServed.id");
        workerId = Require.notBlank(workerId, "PaymentFromServed.workerId");
        Require.notNull(receivedOn, "PaymentFromServed.receivedOn");
        payerRef = Require.notBlank(payerRef, "PaymentFromServed.payerRef");
        if (amount != null && amount.signum() < 0) {
            throw new ModelValidationException("PaymentFromServed.amount", amount.toPlainString(), "must not be negative");
        }
    }
}
