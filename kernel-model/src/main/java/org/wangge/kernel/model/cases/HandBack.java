package org.wangge.kernel.model.cases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import org.wangge.kernel.model.Require;

/**
 * A department handing a case back to the platform (退回). Art. 15 ¶2 (认真办理, ZG-15-05): a department
 * hands a case back only with a recorded reason, and not more than {@code case.handback.max} times.
 *
 * @param at           when
 * @param departmentId the department handing back
 * @param reason       the reason given, or null/blank if none
 */
public record HandBack(@NotNull LocalDateTime at, @NotBlank String departmentId, String reason) {

    /** Validates required fields. */
    public HandBack {
        Require.notNull(at, "HandBack.at");
        departmentId = Require.notBlank(departmentId, "HandBack.departmentId");
    }

    /** @return whether a reason was given */
    public boolean hasReason() {
        return reason != null && !reason.isBlank();
    }
}
