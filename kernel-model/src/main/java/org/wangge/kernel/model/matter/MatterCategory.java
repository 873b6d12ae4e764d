package org.wangge.kernel.model.matter;

/** The eight service matters of Art. 9, plus {@link #OUTSIDE_ARTICLE_9} for work that fits none of them. */
public enum MatterCategory {
    /** (1) 采集、登记、核实基础信息 — basic information on population, housing, units, standard addresses. */
    BASIC_INFORMATION(1, "采集、登记、核实实有人口、房屋、单位和标准地址等基础信息"),
    /** (2) 收集社情民意，反映群众诉求. */
    PUBLIC_OPINION(2, "收集社情民意，反映群众诉求"),
    /** (3) 法律、法规、规章和政策宣传. */
    PUBLICITY(3, "开展法律、法规、规章和政策宣传"),
    /** (4) 开展公益活动，提供便民服务. */
    PUBLIC_WELFARE_AND_CONVENIENCE(4, "开展公益活动，提供便民服务"),
    /** (5) 排查矛盾纠纷隐患，信息收集、化解处置. */
    DISPUTES(5, "排查矛盾纠纷隐患，做好信息收集、化解处置工作"),
    /** (6) 排查上报安全隐患. */
    SAFETY_HAZARDS(6, "排查上报居民住宅和重点单位、场所、区域等的安全隐患"),
    /** (7) 出租房屋和流动人口管理，指导治安防范. */
    RENTAL_HOUSING_AND_FLOATING_POPULATION(7, "做好出租房屋和流动人口管理等工作，指导群众落实治安防范措施"),
    /** (8) 落实党委、政府交办的其他事项. */
    ASSIGNED_BY_PARTY_AND_GOVERNMENT(8, "落实党委、政府交办的其他事项"),
    /** Not one of the eight matters of Art. 9: giving such work to grid workers breaches ZG-09-01. */
    OUTSIDE_ARTICLE_9(0, "不属于第九条所列事项");

    private final int item;
    private final String chineseText;

    MatterCategory(int item, String chineseText) {
        this.item = item;
        this.chineseText = chineseText;
    }

    /** @return the item number (1–8) in Art. 9, or 0 for {@link #OUTSIDE_ARTICLE_9} */
    public int item() {
        return item;
    }

    /** @return the item's wording in the text */
    public String chineseText() {
        return chineseText;
    }

    /** @return whether this is one of the eight matters of Art. 9 */
    public boolean isArticle9Matter() {
        return item > 0;
    }

    /**
     * @param item an item number 1–8
     * @return the category of that item
     * @throws IllegalArgumentException for any other number
     */
    public static MatterCategory ofItem(int item) {
        for (MatterCategory category : values()) {
            if (category.item == item && item > 0) {
                return category;
            }
        }
        throw new org.wangge.kernel.model.ModelValidationException("MatterCategory.item", Integer.toString(item),
                "Art. 9 has items 1 to 8");
    }
}
