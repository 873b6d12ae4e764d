package org.wangge.kernel.model.division;

/** Kind of administrative division (行政区划层级). */
public enum DivisionKind {
    /** 市 — prefecture-level city, e.g. 自贡市 510300. */
    CITY,
    /** 县（区） — county-level division, e.g. 荣县 510321. */
    COUNTY,
    /** 乡镇 — township. */
    TOWNSHIP,
    /** 街道 — street (sub-district). */
    STREET,
    /** 城乡社区 — urban or rural community (居委会 area). */
    COMMUNITY,
    /** 行政村 — administrative village (村委会 area). */
    VILLAGE;

    /** @return whether divisions of this kind carry a 6-digit GB/T 2260 code (city, county) */
    public boolean usesGb2260Code() {
        return this == CITY || this == COUNTY;
    }

    /** @return whether this is the township level (乡镇 or 街道) */
    public boolean isTownshipLevel() {
        return this == TOWNSHIP || this == STREET;
    }

    /** @return whether this is the community or village level, where grids are divided (Art. 3, 8) */
    public boolean isGrassroots() {
        return this == COMMUNITY || this == VILLAGE;
    }
}
