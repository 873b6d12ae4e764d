package org.wangge.kernel.io.report;

import java.util.Locale;
import org.wangge.kernel.rules.Finding;

/** The language of a report's messages and labels: Chinese (the authoritative text's) or English. */
public enum ReportLanguage {
    /** Chinese: messages quote the Chinese text of the Measures. */
    ZH,
    /** English: messages in the catalogue's English rendering. */
    EN;

    /**
     * @param code {@code zh} or {@code en}, any case
     * @return the language
     * @throws IllegalArgumentException for any other code
     */
    public static ReportLanguage parse(String code) {
        String c = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        switch (c) {
            case "zh":
                return ZH;
            case "en":
                return EN;
            default:
                throw new IllegalArgumentException("unknown language \"" + code + "\": use zh or en");
        }
    }

    /**
     * @param finding a finding
     * @return its message in this language
     */
    public String message(Finding finding) {
        return this == ZH ? finding.messageZh() : finding.messageEn();
    }

    /**
     * @param zh the Chinese words
     * @param en the English words
     * @return the words of this language
     */
    public String pick(String zh, String en) {
        return this == ZH ? zh : en;
    }

    /**
     * @param pack a rule pack
     * @return how a report names it in this language: {@code zigong 2024.1}, and for a changed pack what it was made
     *         from ({@code （zigong 2024.1 的修改副本）}, {@code （以 … 为基准的改革方案）}, {@code （基于 …）}; in English
     *         {@link org.wangge.kernel.rules.RulePackInfo#displayName()}): an edited copy never reads as the built-in pack
     */
    public String packName(org.wangge.kernel.rules.RulePackInfo pack) {
        if (this == EN) {
            return pack.displayName();
        }
        String name = pack.name() + " " + pack.version();
        String from = pack.basedOn();
        if (pack.edited()) {
            return name + (from == null ? "（修改副本）" : "（" + from + " 的修改副本）");
        }
        if (!pack.reformChain().isEmpty() && from != null) {
            return name + "（以 " + from + " 为基准的改革方案）";
        }
        return from != null ? name + "（基于 " + from + "）" : name;
    }

    /**
     * @param pack a rule pack
     * @return {@link #packName} with the content hash, e.g. {@code zigong 2024.1 sha256:0123456789ab}
     */
    public String packIdentity(org.wangge.kernel.rules.RulePackInfo pack) {
        return packName(pack) + " sha256:" + pack.shortHash();
    }

    /** @return the code, {@code zh} or {@code en} */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
