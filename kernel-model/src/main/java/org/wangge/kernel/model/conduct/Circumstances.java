package org.wangge.kernel.model.conduct;

/**
 * The circumstances (情节) of substantiated misconduct as the investigating unit recorded them. Art. 22 grades the
 * consequence by them: 责令改正，通报批评 for every breach; 情节严重，构成违纪违法的，依法依规给予处理; 构成犯罪的，依法追究刑事责任.
 * A level above correction and a circular needs them recorded.
 */
public enum Circumstances {
    /** Not serious (情节一般): correction and a circular only. */
    NOT_SERIOUS,
    /** 情节严重，构成违纪违法: handled under discipline or law. */
    SERIOUS_BREACH_OF_DISCIPLINE_OR_LAW,
    /** 构成犯罪: referred for criminal liability. */
    CRIME
}
