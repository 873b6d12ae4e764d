package org.wangge.kernel.model.division;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.wangge.kernel.model.ModelValidationException;
import org.wangge.kernel.model.Require;
import org.wangge.kernel.model.identity.DivisionCode;
import org.wangge.kernel.model.identity.DivisionLevel;
import org.wangge.kernel.model.identity.StatisticalDivisionCode;

/**
 * An administrative division (行政区划): the city, a county or district, a township or street, a
 * community or an administrative village. Cities and counties are identified by their 6-digit GB/T
 * 2260 code, lower levels by their 12-digit statistical division code (统计用区划代码).
 *
 * @param code       6 digits (city, county) or 12 digits (township and below)
 * @param name       the division's name, e.g. 自流井区
 * @param kind       its level
 * @param parentCode the code of the division it lies in; null only for the city
 */
public record AdministrativeDivision(
        @NotBlank String code,
        @NotBlank String name,
        @NotNull DivisionKind kind,
        String parentCode) {

    /** Validates the code against the division's kind. */
    public AdministrativeDivision {
        code = Require.notBlank(code, "AdministrativeDivision.code");
        name = Require.notBlank(name, "AdministrativeDivision.name");
        Require.notNull(kind, "AdministrativeDivision.kind");
        if (kind.usesGb2260Code()) {
            DivisionCode gb;
            try {
                gb = DivisionCode.of(code);
            } catch (ModelValidationException e) {
                throw asCodeProblem(e);
            }
            code = gb.value();
            DivisionLevel expected = kind == DivisionKind.CITY ? DivisionLevel.PREFECTURE : DivisionLevel.COUNTY;
            if (gb.level() != expected) {
                throw new ModelValidationException("AdministrativeDivision.code", code,
                        "a " + kind + " needs a GB/T 2260 code of " + expected + " level");
            }
        } else {
            StatisticalDivisionCode stat;
            try {
                stat = StatisticalDivisionCode.of(code);
            } catch (ModelValidationException e) {
                throw asCodeProblem(e);
            }
            code = stat.value();
            if (kind.isTownshipLevel() != stat.isTownshipLevel()) {
                throw new ModelValidationException("AdministrativeDivision.code", code,
                        "a " + kind + " needs a 12-digit statistical code of "
                                + (kind.isTownshipLevel() ? "township level (last 3 digits 000)" : "community or village level (last 3 digits not 000)"));
            }
        }
        if (kind != DivisionKind.CITY) {
            parentCode = Require.notBlank(parentCode, "AdministrativeDivision.parentCode");
        }
    }

    /** Re-reports a code problem found by the identifier type under this record's field name. */
    private static ModelValidationException asCodeProblem(ModelValidationException e) {
        ModelValidationException reworded =
                new ModelValidationException("AdministrativeDivision.code", e.shownValue(), e.rule());
        reworded.initCause(e);
        return reworded;
    }

    /**
     * @param code the code of another division
     * @return whether this division is the given one or lies in it, judged by the code prefixes
     */
    public boolean liesWithin(String code) {
        return DivisionCodes.within(this.code, code);
    }
}
