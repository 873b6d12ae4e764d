package org.wangge.kernel.rules.facts;

import java.util.ArrayList;
import java.util.List;
import org.wangge.kernel.model.identity.DefaultGridCodeScheme;
import org.wangge.kernel.model.identity.GridCodeScheme;

/**
 * The unified grid coding standard (统一标准编制网格编码, Art. 7 ¶1, ZG-07-02) that this pack checks
 * grid codes against. The scheme is pluggable ({@link GridCodeScheme}); this class is the one place
 * where the pack picks it, so rule files never name a scheme. Zigong's is
 * {@link DefaultGridCodeScheme#ZIGONG_ONLY}: the 12-digit statistical code of the community or
 * village followed by a 3-digit serial, within the six counties of Zigong.
 */
public final class UnifiedGridCoding {

    private static final GridCodeScheme SCHEME = DefaultGridCodeScheme.ZIGONG_ONLY;

    private UnifiedGridCoding() {
    }

    /** @return the coding scheme of the pack (Art. 7 ¶1) */
    public static GridCodeScheme scheme() {
        return SCHEME;
    }

    /**
     * Checks a code against the pack's scheme.
     *
     * @param code a grid code, may be null
     * @return the scheme's reasons, in English; empty when the code conforms
     */
    public static List<String> violations(String code) {
        return SCHEME.violations(code);
    }

    /**
     * Renders a scheme's reasons in Chinese. The reasons of {@link DefaultGridCodeScheme} are
     * translated; a reason of another scheme is kept as the scheme gave it.
     *
     * @param violationsEn reasons as {@link GridCodeScheme#violations(String)} gives them
     * @return the reasons in Chinese, in the same order
     */
    public static List<String> inChinese(List<String> violationsEn) {
        List<String> out = new ArrayList<>(violationsEn.size());
        for (String v : violationsEn) {
            out.add(zh(v));
        }
        return out;
    }

    private static String zh(String v) {
        if (v.startsWith("a grid code is required")) {
            return "缺少网格编码";
        }
        if (v.startsWith("must be exactly 15 digits")) {
            return "应为 15 位数字（12 位社区或行政村统计用区划代码加 3 位网格序号）";
        }
        if (v.startsWith("digits 1-12 must be a statistical division code")) {
            return "第 1–12 位应为有效的统计用区划代码";
        }
        if (v.startsWith("digits 10-12 must name a community or village")) {
            return "第 10–12 位应为社区或行政村代码（不得为 000），网格在社区或行政村内划分";
        }
        if (v.startsWith("digits 1-6 must be a county of Zigong")) {
            return "第 1–6 位应为自贡市所辖县（区）代码（510302、510303、510304、510311、510321、510322）";
        }
        if (v.startsWith("digits 13-15")) {
            return "第 13–15 位网格序号应为 001–999，不得为 000";
        }
        return v;
    }
}
