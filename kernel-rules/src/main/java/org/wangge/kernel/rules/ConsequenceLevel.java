package org.wangge.kernel.rules;

/** The consequences Art. 22 gives staff who fail their duties, from the analyst-editable Art. 22 table. */
public enum ConsequenceLevel {
    /** 责令改正，通报批评 — ordered to correct and criticised in a circular. */
    CORRECTION_AND_CIRCULAR,
    /** 情节严重，构成违纪违法的，依法依规给予处理 — handled under discipline or law. */
    DISCIPLINARY,
    /** 构成犯罪的，依法追究刑事责任 — referred for criminal liability. */
    CRIMINAL_REFERRAL
}
