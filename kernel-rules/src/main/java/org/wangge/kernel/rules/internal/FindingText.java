package org.wangge.kernel.rules.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.wangge.kernel.rules.AppliedPolicy;
import org.wangge.kernel.rules.Basis;
import org.wangge.kernel.rules.ConstraintDefinition;
import org.wangge.kernel.rules.ParameterDefinition;
import org.wangge.kernel.rules.ParameterSource;
import org.wangge.kernel.rules.ParameterValues;
import org.wangge.kernel.rules.PolicyTable;
import org.wangge.kernel.rules.Severity;
import org.wangge.kernel.rules.internal.Messages.Language;

/**
 * Words a finding: the rule's template (messages.tsv) filled with the breach's evidence, then the citation
 * sentence its basis and severity call for, and for POLICY findings which local limits were applied and whether a
 * local normative document adopted them (CATALOGUE.md "Messages"; issue 11).
 *
 * <p>Chinese: {@code 〈template〉，不符合《自贡市城乡社会治理网格化服务管理办法》第七条第二款“〈the article's own words〉”的规定。}
 * INDICATOR: {@code 〈template〉，疑似不符合……的规定，须经调查核实方可认定。} NOTICE: {@code 〈template〉。参见……。}
 * POLICY adds {@code 时限为本地设定（备案宽限期：30日），尚无地方规范性文件确定。} or, adopted, {@code 时限（……）依据〈文号〉（2024年3月1日）确定。}
 * Only the constraint's quote-zh (a verbatim span of the text) stands in quotation marks.
 */
public final class FindingText {

    /** Units that make a parameter a time limit (时限) rather than another local standard (标准). */
    private static final Set<String> TIME_UNITS = Set.of("days", "working-days", "hours", "months");

    private FindingText() {
    }

    /**
     * The local parameters and tables a rule rests on, as in force on the check date.
     *
     * @param pack   the pack
     * @param meta   the rule's metadata
     * @param values the parameter values of the check date
     * @return one entry per name in its {@code @policy}, in order
     */
    public static List<AppliedPolicy> applied(LoadedPack pack, RuleMeta meta, ParameterValues values) {
        List<AppliedPolicy> out = new ArrayList<>();
        for (String key : meta.policies()) {
            if (key.startsWith("table:")) {
                PolicyTable t = pack.parameters().tables().get(key.substring("table:".length()));
                if (t != null) {
                    out.add(new AppliedPolicy(key, t.labelZh(), t.labelEn(), "", "table", t.source(), t.adoptedBy(), t.adoptedOn(),
                            ParameterFileReader.FILE, t.line()));
                }
            } else if (values.all().containsKey(key)) {
                ParameterDefinition d = values.definition(key);
                out.add(new AppliedPolicy(key, d.labelZh() == null ? key : d.labelZh(), d.labelEn() == null ? key : d.labelEn(),
                        d.value(), d.unit(), d.source(), d.adoptedBy(), d.adoptedOn(), d.file(), d.line()));
            }
        }
        return out;
    }

    /**
     * @param basis      the rule's basis
     * @param declared   the severity the rule declares
     * @param policies   the policies it rests on
     * @param occurredOn the day of the conduct or state in breach
     * @return the finding's severity: a POLICY WARNING is a VIOLATION when every policy it rests on was adopted by a
     *         local normative document on or before that day
     */
    public static Severity severity(Basis basis, Severity declared, List<AppliedPolicy> policies, LocalDate occurredOn) {
        if (basis == Basis.POLICY && declared == Severity.WARNING && !policies.isEmpty()
                && policies.stream().allMatch(p -> p.adoptedBy(occurredOn))) {
            return Severity.VIOLATION;
        }
        return declared;
    }

    /**
     * Words one finding in one language.
     *
     * @param messages    the pack's messages
     * @param template    the rule's template
     * @param c           the constraint
     * @param basis       the rule's basis
     * @param severity    the finding's severity
     * @param policies    the policies it rests on
     * @param occurredOn  the day of the conduct or state in breach
     * @param evidence    the evidence, typed
     * @param subjectKind the kind of element in breach
     * @param subjectId   its id
     * @param asOf        the check date
     * @param language    the language
     * @param ids         how identifiers are written (identity; a mask in the language test)
     * @return the message
     */
    public static String render(Messages messages, Messages.Entry template, ConstraintDefinition c, Basis basis, Severity severity,
            List<AppliedPolicy> policies, LocalDate occurredOn, Map<String, Object> evidence, String subjectKind, String subjectId,
            LocalDate asOf, Language language, UnaryOperator<String> ids) {
        String body = messages.fill(template.in(language), evidence, subjectKind, subjectId, asOf, language, ids);
        return language == Language.ZH
                ? body + zhCitation(messages, c, template.quoteZh(), basis, severity) + zhPolicies(messages, policies, occurredOn)
                : body + enCitation(messages, c, basis, severity) + enPolicies(messages, policies, occurredOn);
    }

    /**
     * The Art. 22 sentence of a finding with a consequence: templates {@code ZG-22.<level>} and {@code ZG-22.awaiting} of
     * messages.tsv ({level} is the starting level awaiting circumstances). A pack without them words no sentence.
     *
     * @param messages the pack's messages
     * @param applied  the level applied, or null (no sentence)
     * @param awaiting the starting level that awaits the recorded circumstances, or null
     * @param language the language
     * @return the sentence, starting with a space in English, or empty
     */
    public static String consequence(Messages messages, org.wangge.kernel.rules.ConsequenceLevel applied,
            org.wangge.kernel.rules.ConsequenceLevel awaiting, Language language) {
        if (applied == null) {
            return "";
        }
        Messages.Entry level = messages.template("ZG-22." + applied.name());
        if (level == null) {
            return "";
        }
        Map<String, Object> values = new java.util.HashMap<>();
        values.put("level", awaiting);
        StringBuilder b = new StringBuilder(language == Language.EN ? " " : "");
        b.append(messages.fill(level.in(language), values, "", "", null, language, s -> s));
        Messages.Entry wait = awaiting == null ? null : messages.template("ZG-22.awaiting");
        if (wait != null) {
            b.append(language == Language.ZH ? "；" : "; ").append(messages.fill(wait.in(language), values, "", "", null, language, s -> s));
        }
        return b.append(language == Language.ZH ? "。" : ".").toString();
    }

    /** @return 《自贡市城乡社会治理网格化服务管理办法》第十三条第二项 */
    static String zhCite(Messages messages, ConstraintDefinition c) {
        String title = messages.label("measures.title", Language.ZH);
        return "《" + (title == null ? "自贡市城乡社会治理网格化服务管理办法" : title) + "》" + c.citation().toChinese();
    }

    /** The quote without its closing punctuation: the span stays verbatim, and “…”的规定 reads as Chinese. */
    static String zhQuote(String quoteZh) {
        String q = quoteZh.strip();
        while (!q.isEmpty() && "。；，：".indexOf(q.charAt(q.length() - 1)) >= 0) {
            q = q.substring(0, q.length() - 1);
        }
        return "“" + q + "”";
    }

    private static String zhCitation(Messages messages, ConstraintDefinition c, String quoteZh, Basis basis, Severity severity) {
        String cite = zhCite(messages, c) + zhQuote(quoteZh == null ? c.quoteZh() : quoteZh);
        if (severity == Severity.NOTICE) {
            return "。参见" + cite + "。";
        }
        if (basis == Basis.INDICATOR) {
            return "，疑似不符合" + cite + "的规定，须经调查核实方可认定。";
        }
        return "，不符合" + cite + "的规定。";
    }

    private static String zhPolicies(Messages messages, List<AppliedPolicy> policies, LocalDate occurredOn) {
        StringBuilder b = new StringBuilder();
        for (AppliedPolicy p : policies) {
            if (p.source() == ParameterSource.TEXT) {
                continue; // the text's own number is not a local setting
            }
            String what = p.isTable() ? p.labelZh() : TIME_UNITS.contains(p.unit()) ? "时限" : p.labelZh();
            // A table or a list (e.g. the kinds of help required) is named, not spelled out: its values are codes, not words.
            String detail = p.isTable() || "list".equals(p.unit()) ? "" : "（" + (TIME_UNITS.contains(p.unit()) ? p.labelZh() + "：" : "") + p.value()
                    + unitZh(messages, p.unit()) + "）";
            if (p.adoptedBy(occurredOn)) {
                b.append(what).append(detail).append("依据").append(p.adoptedBy()).append("（")
                        .append(messages.format(p.adoptedOn(), Language.ZH, s -> s)).append("）确定。");
            } else {
                b.append(what).append("为本地设定").append(detail).append("，尚无地方规范性文件确定。");
            }
        }
        return b.toString();
    }

    private static String unitZh(Messages messages, String unit) {
        String label = messages.label("unit." + unit, Language.ZH);
        return label == null ? "" : label;
    }

    private static String enCitation(Messages messages, ConstraintDefinition c, Basis basis, Severity severity) {
        String art = c.citation() + " of the Zigong Measures";
        if (severity == Severity.NOTICE) {
            return ". See " + art + ".";
        }
        if (basis == Basis.INDICATOR) {
            return ". Suspected: the records suggest a breach of " + art + " (" + stripDot(c.titleEn())
                    + "); only an investigation can establish it.";
        }
        return ". Contrary to " + art + " (" + stripDot(c.titleEn()) + ").";
    }

    private static String enPolicies(Messages messages, List<AppliedPolicy> policies, LocalDate occurredOn) {
        StringBuilder b = new StringBuilder();
        for (AppliedPolicy p : policies) {
            if (p.source() == ParameterSource.TEXT) {
                continue;
            }
            boolean time = !p.isTable() && TIME_UNITS.contains(p.unit());
            String what = p.isTable() ? "the " + p.labelEn() : time ? "the limit" : "the " + p.labelEn();
            String detail = p.isTable() || "list".equals(p.unit()) ? "" : " (" + (time ? p.labelEn() + ": " : "") + p.value() + " " + unitEn(messages, p.unit()) + ")";
            if (p.adoptedBy(occurredOn)) {
                b.append(" ").append(capitalise(what)).append(detail).append(" was adopted by ").append(p.adoptedBy())
                        .append(" on ").append(messages.format(p.adoptedOn(), Language.EN, s -> s)).append(".");
            } else {
                b.append(" ").append(capitalise(what)).append(" is set locally").append(detail)
                        .append("; no local normative document has adopted it.");
            }
        }
        return b.toString();
    }

    private static String unitEn(Messages messages, String unit) {
        String label = messages.label("unit." + unit, Language.EN);
        return label == null ? unit : label;
    }

    private static String stripDot(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
