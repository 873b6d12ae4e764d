package org.wangge.kernel.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A citation of the Measures: article, optional paragraph (款) and optional item (项), written
 * {@code Art. 13(2)}, {@code Art. 18 ¶2}, {@code Art. 7 ¶2}.
 *
 * @param article   article number, 1–24
 * @param paragraph paragraph number, or 0 when the citation is to the whole article
 * @param item      item number, or 0 when none
 */
public record Citation(int article, int paragraph, int item) implements Comparable<Citation> {

    private static final Pattern FORM = Pattern.compile("Art\\.\\s*(\\d+)(?:\\s*¶(\\d+))?(?:\\s*\\((\\d+)\\))?");

    /** Validates the numbers. */
    public Citation {
        if (article < 1 || article > 24) {
            throw new IllegalArgumentException("Citation.article = " + article + ": the Measures have articles 1 to 24");
        }
        if (paragraph < 0 || item < 0) {
            throw new IllegalArgumentException("Citation: paragraph and item must be 0 (none) or positive");
        }
    }

    /**
     * Parses {@code Art. N}, {@code Art. N ¶P}, {@code Art. N(I)} or {@code Art. N ¶P(I)}.
     *
     * @param text the citation
     * @return the citation
     * @throws IllegalArgumentException when the text is not of that form
     */
    public static Citation parse(String text) {
        Matcher m = text == null ? null : FORM.matcher(text.strip());
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("citation \"" + text + "\" is not of the form Art. 7, Art. 7 ¶2, Art. 13(2) or Art. 18 ¶2(1)");
        }
        return new Citation(Integer.parseInt(m.group(1)),
                m.group(2) == null ? 0 : Integer.parseInt(m.group(2)),
                m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
    }

    /** @return the citation in Chinese as official documents write it, e.g. 第十三条第二项, 第七条第二款 (items without brackets) */
    public String toChinese() {
        StringBuilder b = new StringBuilder("第").append(ChineseNumerals.of(article)).append("条");
        if (paragraph > 0) {
            b.append("第").append(ChineseNumerals.of(paragraph)).append("款");
        }
        if (item > 0) {
            b.append("第").append(ChineseNumerals.of(item)).append("项");
        }
        return b.toString();
    }

    @Override
    public int compareTo(Citation o) {
        int c = Integer.compare(article, o.article);
        if (c == 0) {
            c = Integer.compare(paragraph, o.paragraph);
        }
        return c != 0 ? c : Integer.compare(item, o.item);
    }

    @Override
    public String toString() {
        return "Art. " + article + (paragraph > 0 ? " ¶" + paragraph : "") + (item > 0 ? "(" + item + ")" : "");
    }

    /** Chinese numerals up to 99, enough for the Measures' 24 articles. */
    private static final class ChineseNumerals {
        private static final String DIGITS = "零一二三四五六七八九";

        static String of(int n) {
            if (n < 10) {
                return String.valueOf(DIGITS.charAt(n));
            }
            int tens = n / 10;
            int ones = n % 10;
            return (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens))) + "十" + (ones == 0 ? "" : String.valueOf(DIGITS.charAt(ones)));
        }
    }
}
