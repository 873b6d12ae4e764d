package org.wangge.kernel.model.cases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import org.wangge.kernel.model.Require;

/**
 * The platform's decision on a reported case other than acceptance (Art. 15 ¶1 受理; ZG-15-01): declined
 * (不予受理) or merged (合并) into another case. Deciding is the platform's answer to the report and stops its
 * acceptance clock; the decision must record its reason (and, merged, the case it went into) or the rules report
 * it.
 *
 * @param kind         declined or merged
 * @param at           when it was decided
 * @param byId         who decided (the grid agency or its platform operator)
 * @param reason       the reason recorded, or null/blank if none
 * @param mergedIntoId the case it was merged into (合并), or null
 */
public record NonAcceptance(@NotNull NonAcceptanceKind kind, @NotNull LocalDateTime at, @NotBlank String byId, String reason,
        String mergedIntoId) {

    /** Validates required fields. */
    public NonAcceptance {
        Require.notNull(kind, "NonAcceptance.kind");
        Require.notNull(at, "NonAcceptance.at");
        byId = Require.notBlank(byId, "NonAcceptance.byId");
    }

    /** @return whether a reason was recorded */
    public boolean hasReason() {
        return reason != null && !reason.isBlank();
    }

    /** @return whether this is a merge that names the case it went into */
    public boolean namesMergedInto() {
        return kind == NonAcceptanceKind.MERGED && mergedIntoId != null && !mergedIntoId.isBlank();
    }
}
