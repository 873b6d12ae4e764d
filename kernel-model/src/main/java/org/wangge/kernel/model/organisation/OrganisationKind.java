package org.wangge.kernel.model.organisation;

/** Kind of organisation taking part in grid-based service management (Art. 5, 6, 8, 20). */
public enum OrganisationKind {
    /** 网格化服务管理工作机构 — city- or county-level grid agency (Art. 5 ¶1). */
    GRID_AGENCY,
    /** 人民政府 — a people's government at city, county or township level (Art. 18, 19). */
    PEOPLES_GOVERNMENT,
    /** 部门 — a government department (Art. 5 ¶2); its {@link DepartmentKind} says which. */
    DEPARTMENT,
    /** 乡镇人民政府 — township government (Art. 5 ¶3). */
    TOWNSHIP_GOVERNMENT,
    /** 街道办事处 — street office (Art. 5 ¶3). */
    STREET_OFFICE,
    /** 居民委员会 — residents' committee (Art. 5 ¶4). */
    RESIDENTS_COMMITTEE,
    /** 村民委员会 — villagers' committee (Art. 5 ¶4). */
    VILLAGERS_COMMITTEE,
    /** 人民团体 — trade union, Youth League, women's or disabled persons' federation (Art. 6 ¶1). */
    PEOPLES_ORGANISATION,
    /** 社会组织 — social organisation (Art. 20 ¶1). */
    SOCIAL_ORGANISATION,
    /** 企业事业单位 — enterprise or public institution, e.g. the unit carrying out a dedicated grid (Art. 8 ¶2). */
    ENTERPRISE_OR_INSTITUTION,
    /** 其他单位 — any other unit. */
    OTHER_UNIT,
    /** 党委 — a Party committee, which may assign other matters to the grids (Art. 9(8)). */
    PARTY_COMMITTEE;

    /** @return whether this is a township government or street office, the level that organises dedicated grids and posts notices */
    public boolean isTownshipLevelGovernment() {
        return this == TOWNSHIP_GOVERNMENT || this == STREET_OFFICE;
    }
}
