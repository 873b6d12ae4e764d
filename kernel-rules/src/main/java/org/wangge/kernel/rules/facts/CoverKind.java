package org.wangge.kernel.rules.facts;

import org.wangge.kernel.model.worker.InsuranceKind;

/** What a {@link CoverPeriod} covers a grid worker with (Art. 18 ¶2). */
public enum CoverKind {
    /** 劳动用工合同 — a labour contract of a full-time worker. */
    LABOUR_CONTRACT,
    /** 社会保险 — social insurance. */
    SOCIAL_INSURANCE,
    /** 工伤保险 — work-injury insurance. */
    WORK_INJURY_INSURANCE,
    /** 人身意外保险 — personal accident insurance. */
    PERSONAL_ACCIDENT_INSURANCE;

    /**
     * @param kind an insurance kind of the model
     * @return the cover it gives
     */
    public static CoverKind of(InsuranceKind kind) {
        return switch (kind) {
            case SOCIAL -> SOCIAL_INSURANCE;
            case WORK_INJURY -> WORK_INJURY_INSURANCE;
            case PERSONAL_ACCIDENT -> PERSONAL_ACCIDENT_INSURANCE;
        };
    }
}
