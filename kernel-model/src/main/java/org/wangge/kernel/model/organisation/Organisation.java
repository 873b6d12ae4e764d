package org.wangge.kernel.model.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.wangge.kernel.model.ModelValidationException;
import org.wangge.kernel.model.Require;
import org.wangge.kernel.model.identity.UnifiedSocialCreditCode;

/**
 * An organisation: grid agency, government, department, township government or street office,
 * committee, people's or social organisation, or unit.
 *
 * @param id             stable id within the snapshot
 * @param name           the organisation's name
 * @param kind           what it is
 * @param level          its government level; required for grid agencies (city or county), departments and governments
 * @param departmentKind required for {@link OrganisationKind#DEPARTMENT}, absent otherwise
 * @param divisionCode   the division it serves (GB/T 2260 or statistical code)
 * @param creditCode     its unified social credit code (统一社会信用代码), optional
 */
public record Organisation(
        @NotBlank String id,
        @NotBlank String name,
        @NotNull OrganisationKind kind,
        GovernmentLevel level,
        DepartmentKind departmentKind,
        @NotBlank String divisionCode,
        UnifiedSocialCreditCode creditCode) {

    /** Validates that level and department kind fit the organisation's kind. */
    public Organisation {
        id = Require.notBlank(id, "Organisation.id");
        name = Require.notBlank(name, "Organisation.name");
        Require.notNull(kind, "Organisation.kind");
        divisionCode = Require.notBlank(divisionCode, "Organisation.divisionCode");
        if (kind == OrganisationKind.DEPARTMENT && departmentKind == null) {
            throw new ModelValidationException("Organisation.departmentKind", "null",
                    "a DEPARTMENT (" + id + ") needs its department kind (Art. 5 ¶2 list or OTHER)");
        }
        if (kind != OrganisationKind.DEPARTMENT && departmentKind != null) {
            throw new ModelValidationException("Organisation.departmentKind", departmentKind.name(),
                    "only a DEPARTMENT has a department kind; " + id + " is a " + kind);
        }
        if (kind == OrganisationKind.GRID_AGENCY
                && level != GovernmentLevel.CITY && level != GovernmentLevel.COUNTY) {
            throw new ModelValidationException("Organisation.level", String.valueOf(level),
                    "a grid agency (" + id + ") is at CITY or COUNTY level (Art. 5 ¶1)");
        }
        if ((kind == OrganisationKind.DEPARTMENT || kind == OrganisationKind.PEOPLES_GOVERNMENT) && level == null) {
            throw new ModelValidationException("Organisation.level", "null",
                    "a " + kind + " (" + id + ") needs its government level");
        }
    }

    /** @return whether this is the city-level grid agency (市网格化服务管理工作机构) */
    public boolean isCityGridAgency() {
        return kind == OrganisationKind.GRID_AGENCY && level == GovernmentLevel.CITY;
    }

    /** @return whether this is a county-level grid agency (县级网格化服务管理工作机构) */
    public boolean isCountyGridAgency() {
        return kind == OrganisationKind.GRID_AGENCY && level == GovernmentLevel.COUNTY;
    }
}
