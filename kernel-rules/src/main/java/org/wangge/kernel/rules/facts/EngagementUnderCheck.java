package org.wangge.kernel.rules.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.wangge.kernel.model.matter.Engagement;
import org.wangge.kernel.model.matter.SupportKind;

/**
 * A department's engagement of grids that Art. 11 governs on the check date (definition): it has
 * begun, and it either runs on the check date or began on or after the day the Measures took
 * effect (Art. 24). An engagement that ended before the check and began before the Measures is not
 * checked.
 *
 * @param engagement the engagement
 * @param occurredOn the day a breach of it is dated: the day it began, or the check date when it
 *                   began before the Measures and still runs (a continuing state)
 */
public record EngagementUnderCheck(Engagement engagement, LocalDate occurredOn) {

    /** @return the engagement's id */
    public String id() {
        return engagement.id();
    }

    /** @return the kinds of help (Art. 11) the engagement does not provide, in declaration order */
    public List<SupportKind> missingSupport() {
        List<SupportKind> missing = new ArrayList<>();
        for (SupportKind kind : SupportKind.values()) {
            if (!engagement.support().contains(kind)) {
                missing.add(kind);
            }
        }
        return missing;
    }

    /**
     * @param required the kinds of help a local standard requires, comma-separated {@link SupportKind} names
     *                 (parameter {@code engagement.support.required})
     * @return the required kinds the engagement does not provide, in declaration order
     */
    public List<SupportKind> missingSupport(String required) {
        java.util.Set<SupportKind> wanted = java.util.EnumSet.noneOf(SupportKind.class);
        for (String name : required.split(",")) {
            if (!name.isBlank()) {
                wanted.add(SupportKind.valueOf(name.strip()));
            }
        }
        List<SupportKind> missing = new ArrayList<>();
        for (SupportKind kind : wanted) {
            if (!engagement.support().contains(kind)) {
                missing.add(kind);
            }
        }
        return missing;
    }

    /** @return the missing help in the text's words (教育培训、业务指导、工作条件、信息支持) */
    public String missingSupportZh() {
        List<String> words = new ArrayList<>();
        for (SupportKind kind : missingSupport()) {
            words.add(switch (kind) {
                case TRAINING -> "教育培训";
                case BUSINESS_GUIDANCE -> "业务指导";
                case WORKING_CONDITIONS -> "工作条件";
                case INFORMATION_SUPPORT -> "信息支持";
            });
        }
        return String.join("、", words);
    }

    /** @return the missing help in English words (training, business guidance, working conditions, information support) */
    public String missingSupportEn() {
        List<String> words = new ArrayList<>();
        for (SupportKind kind : missingSupport()) {
            words.add(kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        }
        return String.join(", ", words);
    }
}
