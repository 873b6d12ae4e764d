package org.wangge.kernel.model.organisation;

/** Level of government an agency, department or government belongs to. */
public enum GovernmentLevel {
    /** 市级. */
    CITY,
    /** 县级 (county or district). */
    COUNTY,
    /** 乡镇（街道）级. */
    TOWNSHIP
}
