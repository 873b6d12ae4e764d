package org.wangge.kernel.model.grid;

/** Kinds of place that may form a dedicated grid (专属网格, Art. 8 ¶2), plus {@link #OTHER} for places the text does not list. */
public enum DedicatedPlaceKind {
    /** 较大商务楼宇. */
    COMMERCIAL_BUILDING,
    /** 各类园区. */
    PARK,
    /** 商圈市场. */
    BUSINESS_DISTRICT_OR_MARKET,
    /** 学校. */
    SCHOOL,
    /** 医院. */
    HOSPITAL,
    /** 有关企业事业单位. */
    ENTERPRISE_OR_INSTITUTION,
    /** A place not listed in Art. 8 ¶2: a dedicated grid of this kind breaches ZG-08-03. */
    OTHER;

    /** @return whether Art. 8 ¶2 lists this kind of place */
    public boolean isListed() {
        return this != OTHER;
    }
}
