package org.wangge.kernel.rules.zigong;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.wangge.kernel.rules.Finding;

/** What an official would sign: a Chinese message with no Latin letters, enum names or ISO dates once identifiers are set aside. */
final class OfficialText {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern LATIN = Pattern.compile("[A-Za-z]");

    private OfficialText() {
    }

    /**
     * @param f   a finding
     * @param ids the identifiers its Chinese message names (record ids are the platform's, not words)
     */
    static void assertChinese(Finding f, String... ids) {
        String zh = f.messageZh();
        String[] longestFirst = ids.clone();
        java.util.Arrays.sort(longestFirst, java.util.Comparator.comparingInt(String::length).reversed());
        for (String id : longestFirst) {
            zh = zh.replace(id, "");
        }
        assertThat(LATIN.matcher(zh).find()).as("Latin letters in: %s", f.messageZh()).isFalse();
        assertThat(ISO_DATE.matcher(zh).find()).as("an ISO date in: %s", f.messageZh()).isFalse();
        assertThat(zh).as("an unfilled placeholder in: %s", f.messageZh()).doesNotContain("{").doesNotContain("〔");
    }
}
