package org.wangge.kernel.model.organisation;

/** The departments named in Art. 5 ¶2, as a closed list, plus {@link #OTHER} for "等部门". */
public enum DepartmentKind {
    /** 公安. */
    PUBLIC_SECURITY("公安"),
    /** 民政. */
    CIVIL_AFFAIRS("民政"),
    /** 司法行政. */
    JUSTICE_ADMINISTRATION("司法行政"),
    /** 财政. */
    FINANCE("财政"),
    /** 人力资源社会保障. */
    HUMAN_RESOURCES_SOCIAL_SECURITY("人力资源社会保障"),
    /** 生态环境. */
    ECOLOGY_ENVIRONMENT("生态环境"),
    /** 卫生健康. */
    HEALTH("卫生健康"),
    /** 应急管理. */
    EMERGENCY_MANAGEMENT("应急管理"),
    /** 市场监管. */
    MARKET_REGULATION("市场监管"),
    /** 城管执法. */
    URBAN_MANAGEMENT_ENFORCEMENT("城管执法"),
    /** 医保. */
    MEDICAL_INSURANCE("医保"),
    /** 政务服务和数字化管理. */
    GOVERNMENT_SERVICES_DIGITAL("政务服务和数字化管理"),
    /** 消防救援. */
    FIRE_RESCUE("消防救援"),
    /** 其他部门 — any department not named in Art. 5 ¶2. */
    OTHER("其他");

    private final String chineseName;

    DepartmentKind(String chineseName) {
        this.chineseName = chineseName;
    }

    /** @return the department's name as the text gives it */
    public String chineseName() {
        return chineseName;
    }
}
