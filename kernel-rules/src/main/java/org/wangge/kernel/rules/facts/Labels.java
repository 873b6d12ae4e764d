package org.wangge.kernel.rules.facts;

import java.util.ArrayList;
import java.util.List;
import org.wangge.kernel.model.division.DivisionKind;
import org.wangge.kernel.model.grid.GridChangeKind;
import org.wangge.kernel.model.notice.NoticeContent;
import org.wangge.kernel.model.notice.PublicNotice;
import org.wangge.kernel.model.organisation.GovernmentLevel;
import org.wangge.kernel.model.organisation.Organisation;

/**
 * Chinese and English names of model kinds, for the messages of findings (Art. 5, 7, 8, 21). Names
 * kinds only, never personal data.
 */
public final class Labels {

    private Labels() {
    }

    /**
     * @param o an organisation, may be null (not in the snapshot)
     * @return what it is, in Chinese, e.g. 市级网格化服务管理工作机构
     */
    public static String organisationZh(Organisation o) {
        if (o == null) {
            return "快照中无此组织";
        }
        String level = o.level() == null ? "" : switch (o.level()) {
            case CITY -> "市级";
            case COUNTY -> "县级";
            case TOWNSHIP -> "乡镇（街道）级";
        };
        return switch (o.kind()) {
            case GRID_AGENCY -> level + "网格化服务管理工作机构";
            case PEOPLES_GOVERNMENT -> level + "人民政府";
            case DEPARTMENT -> level + "部门";
            case TOWNSHIP_GOVERNMENT -> "乡镇人民政府";
            case STREET_OFFICE -> "街道办事处";
            case RESIDENTS_COMMITTEE -> "居民委员会";
            case VILLAGERS_COMMITTEE -> "村民委员会";
            case PEOPLES_ORGANISATION -> "人民团体";
            case SOCIAL_ORGANISATION -> "社会组织";
            case ENTERPRISE_OR_INSTITUTION -> "企业事业单位";
            case OTHER_UNIT -> "其他单位";
            case PARTY_COMMITTEE -> level + "党委";
        };
    }

    /**
     * @param o an organisation, may be null (not in the snapshot)
     * @return what it is, in English, e.g. city-level grid agency
     */
    public static String organisationEn(Organisation o) {
        if (o == null) {
            return "not in the snapshot";
        }
        String level = o.level() == null ? "" : o.level() == GovernmentLevel.TOWNSHIP ? "township-level "
                : o.level().name().toLowerCase() + "-level ";
        return switch (o.kind()) {
            case GRID_AGENCY -> level + "grid agency";
            case PEOPLES_GOVERNMENT -> level + "people's government";
            case DEPARTMENT -> level + "department";
            case TOWNSHIP_GOVERNMENT -> "township government";
            case STREET_OFFICE -> "street office";
            case RESIDENTS_COMMITTEE -> "residents' committee";
            case VILLAGERS_COMMITTEE -> "villagers' committee";
            case PEOPLES_ORGANISATION -> "people's organisation";
            case SOCIAL_ORGANISATION -> "social organisation";
            case ENTERPRISE_OR_INSTITUTION -> "enterprise or institution";
            case OTHER_UNIT -> "other unit";
            case PARTY_COMMITTEE -> level + "Party committee";
        };
    }

    /**
     * @param kind a division kind
     * @return its Chinese name, e.g. 行政村
     */
    public static String divisionZh(DivisionKind kind) {
        return switch (kind) {
            case CITY -> "市";
            case COUNTY -> "县（区）";
            case TOWNSHIP -> "乡镇";
            case STREET -> "街道";
            case COMMUNITY -> "社区";
            case VILLAGE -> "行政村";
        };
    }

    /**
     * @param kind a division kind
     * @return its English name, e.g. administrative village
     */
    public static String divisionEn(DivisionKind kind) {
        return switch (kind) {
            case CITY -> "city";
            case COUNTY -> "county";
            case TOWNSHIP -> "township";
            case STREET -> "street";
            case COMMUNITY -> "community";
            case VILLAGE -> "administrative village";
        };
    }

    /**
     * @param kind a division kind
     * @return its English name with its article, e.g. an administrative village
     */
    public static String divisionEnWithArticle(DivisionKind kind) {
        return (kind == DivisionKind.VILLAGE ? "an " : "a ") + divisionEn(kind);
    }

    /**
     * @param notice a public notice
     * @return the Art. 21 items it does not show, in Chinese, joined by 、 (empty when none)
     */
    public static String missingContentsZh(PublicNotice notice) {
        List<String> out = new ArrayList<>();
        for (NoticeContent c : NoticeContent.values()) {
            if (!notice.contents().contains(c)) {
                out.add(switch (c) {
                    case GRID_NAME -> "网格名称";
                    case AREA -> "区域范围";
                    case SERVICE_MATTERS -> "服务事项";
                });
            }
        }
        return String.join("、", out);
    }

    /**
     * @param notice a public notice
     * @return the Art. 21 items it does not show, in English, comma-separated (empty when none)
     */
    public static String missingContentsEn(PublicNotice notice) {
        List<String> out = new ArrayList<>();
        for (NoticeContent c : NoticeContent.values()) {
            if (!notice.contents().contains(c)) {
                out.add(switch (c) {
                    case GRID_NAME -> "grid name";
                    case AREA -> "area";
                    case SERVICE_MATTERS -> "service matters";
                });
            }
        }
        return String.join(", ", out);
    }

    /**
     * @param kind a kind of grid change
     * @return its Chinese name: 网格划分, 网格调整 or 编码变更 (Art. 7 ¶2)
     */
    public static String gridChangeZh(GridChangeKind kind) {
        return switch (kind) {
            case DIVISION -> "网格划分";
            case ADJUSTMENT -> "网格调整";
            case CODE_CHANGE -> "编码变更";
        };
    }

    /**
     * @param kind a kind of grid change
     * @return its English name: division, adjustment or code change (Art. 7 ¶2)
     */
    public static String gridChangeEn(GridChangeKind kind) {
        return switch (kind) {
            case DIVISION -> "division";
            case ADJUSTMENT -> "adjustment";
            case CODE_CHANGE -> "code change";
        };
    }
}
