package org.wangge.kernel.io.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of the Zigong Measures, article by article, read from copies shipped with the test kit:
 * the authoritative Chinese text ({@code zigong-measures-2023.zh.md}, articles marked
 * {@code **第X条**}) and the English catalogue ({@code CATALOGUE.md}, sections {@code ## Art. N — Title}).
 *
 * <p>Both copies are taken verbatim from {@code shared/regulation/}; the Chinese text is authoritative.
 */
public final class MeasuresText {

    /** Classpath resource of the Chinese text. */
    public static final String CHINESE_RESOURCE = "zigong-measures-2023.zh.md";

    /** Classpath resource of the English catalogue. */
    public static final String CATALOGUE_RESOURCE = "CATALOGUE.md";

    private static final Pattern ZH_ARTICLE = Pattern.compile("(?m)^\\*\\*第([一二三四五六七八九十百零]+)条\\*\\*");
    private static final Pattern EN_SECTION = Pattern.compile("(?m)^## Art\\. (\\d+)(?:\\s*[—–-]\\s*(.*))?$");
    private static final Pattern EDITOR_NOTE_ONLY = Pattern.compile("(?m)^\\[editor's note:[^\\]]*\\]\\s*$\\n?");

    private static volatile MeasuresText zigong;

    private final Map<Integer, String> chinese;
    private final Map<Integer, String> english;
    private final Map<Integer, String> titles;

    private MeasuresText(String chineseText, String catalogueText) {
        this.chinese = Collections.unmodifiableMap(parseChinese(chineseText));
        Map<Integer, String> en = new TreeMap<>();
        Map<Integer, String> t = new TreeMap<>();
        parseCatalogue(catalogueText, en, t);
        this.english = Collections.unmodifiableMap(en);
        this.titles = Collections.unmodifiableMap(t);
    }

    /** @return the shipped text of the Zigong Measures (2023), read once */
    public static MeasuresText zigong() {
        MeasuresText m = zigong;
        if (m == null) {
            synchronized (MeasuresText.class) {
                if (zigong == null) {
                    zigong = new MeasuresText(resource(CHINESE_RESOURCE), resource(CATALOGUE_RESOURCE));
                }
                m = zigong;
            }
        }
        return m;
    }

    /**
     * Parses texts given as strings (for tests and for other versions of the Measures).
     *
     * @param chineseText   the Chinese text, with articles marked {@code **第X条**}
     * @param catalogueText the English catalogue, with sections {@code ## Art. N — Title}
     * @return the parsed text
     */
    public static MeasuresText of(String chineseText, String catalogueText) {
        return new MeasuresText(chineseText, catalogueText);
    }

    /**
     * @param article an article number
     * @return the whole Chinese article, starting with its {@code **第X条**} mark, editor's notes that
     *         stand alone on a line left out; empty when there is no such article
     */
    public Optional<String> chinese(int article) {
        return Optional.ofNullable(chinese.get(article));
    }

    /**
     * @param article an article number
     * @return the English rendering of the article from the catalogue (the section body, with its
     *         constraints), empty when there is none
     */
    public Optional<String> english(int article) {
        return Optional.ofNullable(english.get(article));
    }

    /**
     * @param article an article number
     * @return the article's short English title from the catalogue, e.g. {@code Dividing and coding grids}
     */
    public Optional<String> titleEn(int article) {
        return Optional.ofNullable(titles.get(article));
    }

    /** @return the numbers of the articles of the Chinese text, in order */
    public java.util.Set<Integer> articles() {
        return chinese.keySet();
    }

    /**
     * @param n a number from 1 to 99
     * @return its Chinese numeral as written in the Measures, e.g. {@code 二十四}
     */
    public static String chineseNumeral(int n) {
        String digits = "零一二三四五六七八九";
        if (n < 10) {
            return String.valueOf(digits.charAt(n));
        }
        int tens = n / 10;
        int ones = n % 10;
        return (tens == 1 ? "" : String.valueOf(digits.charAt(tens))) + "十" + (ones == 0 ? "" : String.valueOf(digits.charAt(ones)));
    }

    /**
     * @param article an article number
     * @return the article in Chinese words, e.g. {@code 第十三条}
     */
    public static String chineseArticle(int article) {
        return "第" + chineseNumeral(article) + "条";
    }

    static int parseChineseNumeral(String s) {
        String digits = "零一二三四五六七八九";
        int total = 0;
        int current = 0;
        for (char c : s.toCharArray()) {
            int d = digits.indexOf(c);
            if (d >= 0) {
                current = d;
            } else if (c == '十') {
                total += (current == 0 ? 1 : current) * 10;
                current = 0;
            } else if (c == '百') {
                total += (current == 0 ? 1 : current) * 100;
                current = 0;
            }
        }
        return total + current;
    }

    private static Map<Integer, String> parseChinese(String text) {
        Map<Integer, String> out = new TreeMap<>();
        Matcher m = ZH_ARTICLE.matcher(text);
        int number = -1;
        int start = -1;
        while (m.find()) {
            if (number > 0) {
                out.put(number, clean(text.substring(start, m.start())));
            }
            number = parseChineseNumeral(m.group(1));
            start = m.start();
        }
        if (number > 0) {
            out.put(number, clean(text.substring(start)));
        }
        return out;
    }

    private static void parseCatalogue(String text, Map<Integer, String> bodies, Map<Integer, String> titles) {
        Matcher m = EN_SECTION.matcher(text);
        int number = -1;
        int start = -1;
        while (m.find()) {
            if (number > 0) {
                bodies.put(number, section(text.substring(start, m.start())));
            }
            number = Integer.parseInt(m.group(1));
            if (m.group(2) != null && !m.group(2).isBlank()) {
                titles.put(number, m.group(2).strip());
            }
            start = m.end();
        }
        if (number > 0) {
            bodies.put(number, section(text.substring(start)));
        }
    }

    /** A catalogue section ends at a horizontal rule, if any. */
    private static String section(String body) {
        int rule = body.indexOf("\n---");
        return (rule >= 0 ? body.substring(0, rule) : body).strip();
    }

    private static String clean(String article) {
        String s = EDITOR_NOTE_ONLY.matcher(article).replaceAll("");
        return s.replaceAll("\\n{3,}", "\n\n").strip();
    }

    private static String resource(String name) {
        try (InputStream in = MeasuresText.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing from the test kit");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
