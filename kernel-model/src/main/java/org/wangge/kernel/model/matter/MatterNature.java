package org.wangge.kernel.model.matter;

/**
 * The nature of a matter. Art. 10 bars four natures from the grid matter list: administrative
 * licensing, penalty, coercion, and any other matter inconsistent with grid duties.
 */
public enum MatterNature {
    /** 服务 — a service to residents. */
    SERVICE(false),
    /** 信息采集 — information collection. */
    INFORMATION_COLLECTION(false),
    /** 宣传 — publicity. */
    PUBLICITY(false),
    /** 排查 — screening of hazards or disputes. */
    SCREENING(false),
    /** 调解 — mediation of disputes. */
    MEDIATION(false),
    /** 协助 — assisting a department within grid duties. */
    ASSISTANCE(false),
    /** 行政许可 — administrative licensing (excluded). */
    ADMINISTRATIVE_LICENSING(true),
    /** 行政处罚 — administrative penalty (excluded). */
    ADMINISTRATIVE_PENALTY(true),
    /** 行政强制 — administrative coercion (excluded). */
    ADMINISTRATIVE_COERCION(true),
    /** 其他与网格职责不符的事项 — other matter inconsistent with grid duties (excluded). */
    OTHER_INCONSISTENT(true);

    private final boolean excluded;

    MatterNature(boolean excluded) {
        this.excluded = excluded;
    }

    /** @return whether Art. 10 bars matters of this nature from the list */
    public boolean isExcludedByArticle10() {
        return excluded;
    }
}
