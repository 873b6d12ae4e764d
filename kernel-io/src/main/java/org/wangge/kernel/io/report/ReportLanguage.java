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

    /** @return the code, {@code zh} or {@code en} */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
