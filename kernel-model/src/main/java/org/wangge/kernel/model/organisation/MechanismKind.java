package org.wangge.kernel.model.organisation;

/**
 * The working mechanisms and the system a grid agency shall establish (Art. 17 ¶1: 应当建立网格员聘用、管理、培训、考核、激励等工作机制，
 * 推行星级网格管理制度).
 */
public enum MechanismKind {
    /** 网格员聘用工作机制. */
    HIRING,
    /** 网格员管理工作机制. */
    MANAGEMENT,
    /** 网格员培训工作机制. */
    TRAINING,
    /** 网格员考核工作机制. */
    ASSESSMENT,
    /** 网格员激励工作机制. */
    INCENTIVE,
    /** 星级网格管理制度. */
    STAR_RATED_GRID;

    /**
     * @param present the kinds an agency has in effect
     * @return every kind not among them, in declaration order
     */
    public static java.util.List<MechanismKind> missingFrom(java.util.Collection<?> present) {
        java.util.List<MechanismKind> out = new java.util.ArrayList<>();
        for (MechanismKind k : values()) {
            if (!present.contains(k)) {
                out.add(k);
            }
        }
        return out;
    }
}
