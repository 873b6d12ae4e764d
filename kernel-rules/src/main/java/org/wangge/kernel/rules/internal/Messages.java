package org.wangge.kernel.rules.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wangge.kernel.rules.RuleProblem;

/**
 * The pack's message templates ({@code messages.tsv}: key, zh, en) and labels ({@code labels.tsv}: key, zh, en),
 * and how evidence is written into them: one place per message (issue 11). Rules pass evidence only — names and
 * typed values — and a template, chosen by the rule's {@code @message} key (default: its constraint ID), words
 * it per language.
 *
 * <p>Placeholders are {@code {name}}, filled from the evidence, plus {@code {subject}} (the id of the element in
 * breach), {@code {subjectKind}} (its kind, through the labels {@code Subject.Grid} …) and {@code {asOf}}. A value
 * is written by its type: a {@link LocalDate} as 2025年6月2日 / 2 June 2025; a {@link LocalDateTime} as
 * 2025年6月2日9时 (9时30分 when the minutes are not zero) / 2 June 2025 09:30; an enum through its label
 * {@code SimpleName.CONSTANT} (never its name); a Boolean through {@code Boolean.true}/{@code Boolean.false};
 * a collection as its elements joined by 、 / ", "; a number as written (a BigDecimal without exponent); a String
 * as it is (an identifier or code: rules pass no prose); null as the label {@code none}.
 */
public final class Messages {

    static final String MESSAGES_FILE = "messages.tsv";
    static final String LABELS_FILE = "labels.tsv";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.-]+)}");
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.-]+");
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter EN_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.ENGLISH);

    /** A language a message is rendered in. */
    public enum Language {
        /** 中文. */
        ZH,
        /** English. */
        EN
    }

    /**
     * A template or label: Chinese and English text, and where it is written.
     *
     * @param key     its key
     * @param zh      Chinese
     * @param en      English
     * @param quoteZh for a template, the span of the text its citation quotes instead of the constraint's; null for the constraint's
     * @param file    its file
     * @param line    its line
     */
    public record Entry(String key, String zh, String en, String quoteZh, String file, int line) {
        /**
         * @param language a language
         * @return the text in it
         */
        public String in(Language language) {
            return language == Language.ZH ? zh : en;
        }
    }

    private final Map<String, Entry> templates;
    private final Map<String, Entry> labels;

    Messages(Map<String, Entry> templates, Map<String, Entry> labels) {
        this.templates = templates;
        this.labels = labels;
    }

    /**
     * Reads both files of a pack.
     *
     * @param messages the text of messages.tsv, or null when the pack has none
     * @param labels   the text of labels.tsv, or null when the pack has none
     * @param problems where problems are added
     * @return the messages
     */
    public static Messages read(String messages, String labels, List<RuleProblem> problems) {
        if (messages == null) {
            problems.add(new RuleProblem(MESSAGES_FILE, 0, 0, "the pack has no messages.tsv: every constraint's message is a template there (key, zh, en)"));
        }
        if (labels == null) {
            problems.add(new RuleProblem(LABELS_FILE, 0, 0, "the pack has no labels.tsv: the Chinese and English names of enum values (key, zh, en)"));
        }
        return new Messages(table(MESSAGES_FILE, messages, problems), table(LABELS_FILE, labels, problems));
    }

    private static Map<String, Entry> table(String file, String text, List<RuleProblem> problems) {
        Map<String, Entry> out = new LinkedHashMap<>();
        if (text == null) {
            return out;
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].replace("\r", "");
            int no = i + 1;
            if (line.isBlank() || line.startsWith("#") || line.startsWith("key\t")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            boolean quote = file.equals(MESSAGES_FILE) && cols.length == 4;
            if (cols.length != 3 && !quote) {
                problems.add(new RuleProblem(file, no, 1, "expected 3 tab-separated columns (key, zh, en"
                        + (file.equals(MESSAGES_FILE) ? "; optionally a 4th, quote-zh" : "") + "), found " + cols.length));
                continue;
            }
            String key = cols[0].strip();
            if (!KEY.matcher(key).matches()) {
                problems.add(new RuleProblem(file, no, 1, "key \"" + key + "\" must be letters, digits, '.', '-' or '_' (e.g. ZG-13-02.no-purpose)"));
                continue;
            }
            if (out.containsKey(key)) {
                problems.add(new RuleProblem(file, no, 1, "key " + key + " is given twice (first on line " + out.get(key).line() + ")"));
                continue;
            }
            if (cols[1].isBlank() || (cols[2].isBlank() && !file.equals(LABELS_FILE))) {
                problems.add(new RuleProblem(file, no, 1, key + ": give both the Chinese and the English text"));
                continue;
            }
            String q = quote && !cols[3].isBlank() ? cols[3].strip() : null;
            out.put(key, new Entry(key, cols[1].strip(), cols[2].strip(), q, file, no));
        }
        return out;
    }

    /**
     * @param key a template key
     * @return the template, or null when the pack has none under that key
     */
    public Entry template(String key) {
        return templates.get(key);
    }

    /** @return every template, by key, in file order */
    public Map<String, Entry> templates() {
        return java.util.Collections.unmodifiableMap(templates);
    }

    /** @return every label, by key, in file order */
    public Map<String, Entry> labels() {
        return java.util.Collections.unmodifiableMap(labels);
    }

    /**
     * @param key      a label key, e.g. {@code MatterCategory.DISPUTES}
     * @param language the language
     * @return its label, or null when the pack has none
     */
    public String label(String key, Language language) {
        Entry e = labels.get(key);
        return e == null ? null : e.in(language);
    }

    /**
     * Fills a template.
     *
     * @param template    the template text
     * @param evidence    the evidence, by name, typed
     * @param subjectKind the kind of element in breach
     * @param subjectId   its id
     * @param asOf        the check date
     * @param language    the language
     * @param ids         how a String (an identifier) is written: identity, or a mask for a language check
     * @return the text
     */
    public String fill(String template, Map<String, Object> evidence, String subjectKind, String subjectId, LocalDate asOf,
            Language language, UnaryOperator<String> ids) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String key = m.group(1);
            String value = switch (key) {
                case "subject" -> ids.apply(subjectId);
                case "subjectKind" -> labelOr("Subject." + subjectKind, language, subjectKind);
                case "asOf" -> format(asOf, language, ids);
                default -> evidence.containsKey(key) ? format(evidence.get(key), language, ids) : "{" + key + "}";
            };
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return language == Language.EN ? sb.toString().replaceAll(" {2,}", " ") : sb.toString();
    }

    /**
     * Writes one value in a language.
     *
     * @param value    a value
     * @param language the language
     * @param ids      how a String is written
     * @return the text
     */
    public String format(Object value, Language language, UnaryOperator<String> ids) {
        boolean zh = language == Language.ZH;
        if (value == null) {
            return labelOr("none", language, zh ? "无" : "none");
        }
        if (value instanceof LocalDateTime t) {
            if (!zh) {
                return t.format(EN_TIME);
            }
            return t.getYear() + "年" + t.getMonthValue() + "月" + t.getDayOfMonth() + "日" + t.getHour() + "时"
                    + (t.getMinute() == 0 ? "" : t.getMinute() + "分");
        }
        if (value instanceof LocalDate d) {
            return zh ? d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日" : d.format(EN_DATE);
        }
        if (value instanceof Enum<?> e) {
            String key = e.getDeclaringClass().getSimpleName() + "." + e.name();
            return labelOr(key, language, "〔" + key + "〕");
        }
        if (value instanceof Boolean b) {
            return labelOr("Boolean." + b, language, String.valueOf(b));
        }
        if (value instanceof BigDecimal n) {
            return n.toPlainString();
        }
        if (value instanceof Number n) {
            return n.toString();
        }
        if (value instanceof Collection<?> c) {
            if (c.isEmpty()) {
                return format(null, language, ids);
            }
            List<String> parts = new ArrayList<>();
            for (Object o : c) {
                parts.add(format(o, language, ids));
            }
            return String.join(zh ? "、" : ", ", parts);
        }
        return ids.apply(String.valueOf(value));
    }

    private String labelOr(String key, Language language, String fallback) {
        String label = label(key, language);
        // An unknown label shows its key in brackets: visible in review, and the language test fails on it.
        return label == null ? fallback : label;
    }

    /**
     * Writes a value as neutral data, for {@code Finding.evidence}: ISO dates, enum names, collections joined by
     * commas.
     *
     * @param value a value
     * @return the text
     */
    public static String data(Object value) {
        if (value == null) {
            return "—";
        }
        if (value instanceof BigDecimal n) {
            return n.toPlainString();
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Collection<?> c) {
            List<String> parts = new ArrayList<>();
            for (Object o : c) {
                parts.add(data(o));
            }
            return String.join(",", parts);
        }
        return String.valueOf(value);
    }
}
