package org.wangge.kernel.model.grid;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Set;
import org.wangge.kernel.model.ModelValidationException;
import org.wangge.kernel.model.Require;

/**
 * A division, adjustment or code change of grids (Art. 7 ¶2), which must be filed (备案) with the
 * city-level grid agency.
 *
 * @param id            stable id
 * @param kind          division, adjustment or code change
 * @param gridIds       the grids concerned
 * @param madeById      the organisation that made the change (normally a county agency)
 * @param effectiveDate the day the change took effect
 * @param previousCode  for a code change, the old code
 * @param newCode       for a code change, the new code
 * @param description   what changed, in words
 */
public record GridChange(
        @NotBlank String id,
        @NotNull GridChangeKind kind,
        @NotEmpty Set<String> gridIds,
        @NotBlank String madeById,
        @NotNull LocalDate effectiveDate,
        String previousCode,
        String newCode,
        String description) {

    /** Validates the change. */
    public GridChange {
        id = Require.notBlank(id, "GridChange.id");
        Require.notNull(kind, "GridChange.kind");
        gridIds = Require.set(gridIds, "GridChange.gridIds");
        if (gridIds.isEmpty()) {
            throw new ModelValidationException("GridChange.gridIds", "[]", "change " + id + " must name at least one grid");
        }
        madeById = Require.notBlank(madeById, "GridChange.madeById");
        Require.notNull(effectiveDate, "GridChange.effectiveDate");
        if (kind == GridChangeKind.CODE_CHANGE && (newCode == null || newCode.isBlank())) {
            throw new ModelValidationException("GridChange.newCode", String.valueOf(newCode),
                    "code change " + id + " must give the new code");
        }
    }
}
