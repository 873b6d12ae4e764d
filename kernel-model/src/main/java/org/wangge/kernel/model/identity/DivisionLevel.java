package org.wangge.kernel.model.identity;

/**
 * The level of a GB/T 2260 administrative division code (行政区划级别), read from its digits.
 */
public enum DivisionLevel {

    /** 省级: province, autonomous region, municipality or SAR; the last four digits are {@code 0000}. */
    PROVINCE,

    /** 地级: prefecture-level city, prefecture, league; the last two digits are {@code 00}. */
    PREFECTURE,

    /** 县级: district, county, county-level city, banner; the last two digits are not {@code 00}. */
    COUNTY
}
