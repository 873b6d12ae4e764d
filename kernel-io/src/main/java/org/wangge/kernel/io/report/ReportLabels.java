package org.wangge.kernel.io.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wangge.kernel.rules.Basis;
import org.wangge.kernel.rules.Finding;
import org.wangge.kernel.rules.RuleEngine;
import org.wangge.kernel.rules.Severity;

/**
 * The words of the reports in each language: severities (违规/警示/提示), bases (依据条文/本地设定/疑似), subject
 * kinds and enum values (the built-in pack's {@code labels.tsv}), evidence keys ({@code report-labels.tsv}), and
 * values (dates as 2025年6月2日 on a Chinese page, {@code true} as 是…).
 */
final class ReportLabels {

    private static final Pattern DATE_TIME = Pattern.compile("(?<![0-9A-Za-z-])(\\d{4})-(\\d{2})-(\\d{2})(?:T(\\d{2}):(\\d{2})(?::\\d{2}(?:\\.\\d+)?)?)?(?![0-9A-Za-z])");
    private static final Pattern CONSTANT = Pattern.compile("(?<![A-Za-z0-9_-])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*(?![A-Za-z0-9_-])");
    private static final Map<String, String> DISTRICTS_EN = Map.of(
            "510300", "Zigong", "510302", "Ziliujing District", "510303", "Gongjing District", "510304", "Da'an District",
            "510311", "Yantan District", "510321", "Rong County", "510322", "Fushun County");

    private static volatile ReportLabels shared;

    private final Map<String, String[]> pack;
    private final Map<String, String[]> constants;
    private final Map<String, String[]> evidence;

    private ReportLabels(Map<String, String[]> pack, Map<String, String[]> evidence) {
        this.pack = pack;
        this.evidence = evidence;
        Map<String, String[]> c = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        pack.forEach((k, v) -> {
            int dot = k.indexOf('.');
            if (dot <= 0 || k.startsWith("Subject.") || k.startsWith("unit.") || k.startsWith("measures.")) {
                return;
            }
            String constant = k.substring(dot + 1);
            String[] before = c.putIfAbsent(constant, v);
            if (before != null && !(before[0].equals(v[0]) && before[1].equals(v[1]))) {
                ambiguous.add(constant);
            }
        });
        ambiguous.forEach(c::remove);
        this.constants = c;
    }

    static ReportLabels shared() {
        ReportLabels l = shared;
        if (l == null) {
            l = new ReportLabels(table(read(ReportLabels.class.getClassLoader(), RuleEngine.ZIGONG_PACK + "/labels.tsv")),
                    table(read(ReportLabels.class.getClassLoader(), "org/wangge/kernel/io/report/report-labels.tsv")));
            shared = l;
        }
        return l;
    }

    static String severity(Severity s, ReportLanguage lang) {
        return switch (s) {
            case VIOLATION -> lang.pick("违规", "Violation");
            case WARNING -> lang.pick("警示", "Warning");
            case NOTICE -> lang.pick("提示", "Notice");
        };
    }

    static String basis(Basis b, ReportLanguage lang) {
        return switch (b) {
            case TEXT -> lang.pick("依据条文", "Text");
            case POLICY -> lang.pick("本地设定", "Local policy");
            case INDICATOR -> lang.pick("疑似", "Indicator (suspected)");
        };
    }

    String subjectKind(String kind, ReportLanguage lang) {
        String[] l = pack.get("Subject." + kind);
        return l == null ? kind : pick(l, lang);
    }

    /** @return the label of an evidence key, empty when none is known */
    Optional<String> evidenceKey(String key, ReportLanguage lang) {
        String[] l = evidence.get(key);
        return l == null ? Optional.empty() : Optional.of(pick(l, lang));
    }

    /** @return whether the key has a label (after dropping a Zh/En suffix) */
    boolean knowsEvidenceKey(String key) {
        return evidence.containsKey(baseKey(key));
    }

    static String baseKey(String key) {
        return (key.endsWith("Zh") || key.endsWith("En")) && key.length() > 2 ? key.substring(0, key.length() - 2) : key;
    }

    /**
     * @return the finding's evidence in this language: label and value, masked; of a pair {@code xZh}/{@code xEn}
     *         only the page's; values localised
     */
    List<String[]> evidence(Finding f, ReportLanguage lang) {
        Map<String, String> masked = PersonalDataMask.maskedEvidence(f);
        List<String[]> out = new ArrayList<>();
        String own = lang == ReportLanguage.ZH ? "Zh" : "En";
        String other = lang == ReportLanguage.ZH ? "En" : "Zh";
        for (Map.Entry<String, String> e : masked.entrySet()) {
            String k = e.getKey();
            String base = baseKey(k);
            boolean localised = !base.equals(k);
            if (localised && k.endsWith(other)) {
                continue;
            }
            if (!localised && masked.containsKey(k + own)) {
                continue; // its localised form is shown instead
            }
            out.add(new String[] {label(base, lang), value(e.getValue(), lang)});
        }
        return out;
    }

    private String label(String key, ReportLanguage lang) {
        return evidenceKey(key, lang).orElseGet(() -> lang == ReportLanguage.EN ? words(key) : key);
    }

    /** {@code graceDays} → {@code grace days}. */
    static String words(String key) {
        return key.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    /** A value in the page's language: dates, booleans, {@code none} and known enum constants translated. */
    String value(String v, ReportLanguage lang) {
        if (v == null) {
            return lang.pick("无", "none");
        }
        String s = v.strip();
        switch (s.toLowerCase(Locale.ROOT)) {
            case "true":
            case "yes":
                return lang.pick("是", "yes");
            case "false":
            case "no":
                return lang.pick("否", "no");
            case "none":
            case "null":
            case "-":
                return lang.pick("无", "none");
            default:
                break;
        }
        return text(v, lang);
    }

    /** Dates and known enum constants inside a text, in the page's language (Chinese only: English keeps them). */
    String text(String v, ReportLanguage lang) {
        if (v == null || lang == ReportLanguage.EN) {
            return v == null ? null : enumsEn(v);
        }
        Matcher m = DATE_TIME.matcher(v);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(chineseDate(m)));
        }
        m.appendTail(b);
        Matcher c = CONSTANT.matcher(b.toString());
        StringBuilder out = new StringBuilder();
        while (c.find()) {
            String[] l = constants.get(c.group());
            c.appendReplacement(out, Matcher.quoteReplacement(l == null ? c.group() : l[0]));
        }
        c.appendTail(out);
        return out.toString();
    }

    private String enumsEn(String v) {
        Matcher c = CONSTANT.matcher(v);
        StringBuilder out = new StringBuilder();
        while (c.find()) {
            String[] l = constants.get(c.group());
            c.appendReplacement(out, Matcher.quoteReplacement(l == null || c.group().length() < 3 ? c.group() : l[1]));
        }
        c.appendTail(out);
        return out.toString();
    }

    private static String chineseDate(Matcher m) {
        try {
            LocalDate d = LocalDate.parse(m.group(1) + "-" + m.group(2) + "-" + m.group(3));
            String day = d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
            if (m.group(4) == null) {
                return day;
            }
            LocalDateTime t = LocalDateTime.of(d, java.time.LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5))));
            return day + t.getHour() + "时" + (t.getMinute() == 0 ? "" : t.getMinute() + "分");
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return m.group();
        }
    }

    /** @return a day in the page's language: 2025年6月30日 or 2025-06-30 */
    static String date(LocalDate d, ReportLanguage lang) {
        if (d == null) {
            return lang.pick("无", "none");
        }
        return lang == ReportLanguage.ZH ? d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日" : d.toString();
    }

    /** @return a county or the city by code: 510302 自流井区 / 510302 Ziliujing District */
    static String district(String code, String chineseName, ReportLanguage lang) {
        if (lang == ReportLanguage.ZH) {
            return chineseName == null ? code : code + " " + chineseName;
        }
        String en = DISTRICTS_EN.get(code);
        return en == null ? code : code + " " + en;
    }

    private static String pick(String[] l, ReportLanguage lang) {
        return lang == ReportLanguage.ZH ? l[0] : l[1];
    }

    private static Map<String, String[]> table(String text) {
        Map<String, String[]> out = new HashMap<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("key\t")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length >= 3) {
                out.put(cols[0].strip(), new String[] {cols[1].strip(), cols[2].strip()});
            }
        }
        return out;
    }

    private static String read(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                return "";
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
