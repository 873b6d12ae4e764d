package org.wangge.kernel.rules.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.EnumSet;
import java.util.Set;
import org.wangge.kernel.rules.Basis;
import org.wangge.kernel.rules.Citation;
import org.wangge.kernel.rules.ConstraintDefinition;
import org.wangge.kernel.rules.RuleProblem;
import org.wangge.kernel.rules.Severity;
import org.wangge.kernel.rules.Verb;

/**
 * Reads a pack's {@code constraints.tsv} (catalogue version 2): one constraint a line, tab-separated columns
 * {@code id citation basis verb severity in-force-from title-en quote-zh}; {@code #} starts a comment line.
 * {@code basis} is TEXT, POLICY or INDICATOR, or a comma-separated list where the catalogue gives several
 * (ZG-13-02: {@code TEXT,INDICATOR}); {@code verb} is shall, shall-not, generally, may, encouraged or applies
 * (Art. 2), or a list (ZG-08-03: {@code shall,may}); {@code severity} lists every severity its rules may
 * declare, the usual one first. {@code quote-zh} is a verbatim span of the Chinese text. Messages live in
 * {@code messages.tsv}, not here.
 */
public final class CatalogueReader {

    static final String FILE = "constraints.tsv";
    private static final Pattern ID = Pattern.compile("ZG-\\d{2}-\\d{2}");
    private static final int COLUMNS = 8;

    private CatalogueReader() {
    }

    /**
     * @param text     the file's text
     * @param problems where problems are added
     * @return constraints by ID, in file order
     */
    public static Map<String, ConstraintDefinition> read(String text, List<RuleProblem> problems) {
        Map<String, ConstraintDefinition> out = new LinkedHashMap<>();
        if (text == null) {
            problems.add(new RuleProblem(FILE, 0, 0, "the pack has no constraints.tsv: every pack needs its constraint catalogue"));
            return out;
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].replace("\r", "");
            int no = i + 1;
            if (line.isBlank() || line.startsWith("#") || line.startsWith("id\t")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length != COLUMNS) {
                problems.add(new RuleProblem(FILE, no, 1, "expected " + COLUMNS
                        + " tab-separated columns (id, citation, basis, verb, severity, in-force-from, title-en, quote-zh), found " + cols.length));
                continue;
            }
            List<String> errors = new ArrayList<>();
            String id = cols[0].strip();
            if (!ID.matcher(id).matches()) {
                errors.add("constraint ID \"" + id + "\" is not of the form ZG-07-03");
            }
            Citation citation = null;
            try {
                citation = Citation.parse(cols[1]);
            } catch (IllegalArgumentException e) {
                errors.add(e.getMessage());
            }
            Set<Basis> bases = EnumSet.noneOf(Basis.class);
            try {
                for (String s : cols[2].split(",")) {
                    bases.add(Basis.valueOf(s.strip()));
                }
            } catch (IllegalArgumentException e) {
                errors.add("basis \"" + cols[2] + "\" is not TEXT, POLICY or INDICATOR (or a comma-separated list of them)");
            }
            Set<Verb> verbs = EnumSet.noneOf(Verb.class);
            try {
                for (String s : cols[3].split(",")) {
                    verbs.add(Verb.parse(s));
                }
            } catch (IllegalArgumentException e) {
                errors.add(e.getMessage() + " (or a comma-separated list of them)");
            }
            Severity severity = null;
            Set<Severity> severities = EnumSet.noneOf(Severity.class);
            try {
                for (String s : cols[4].split(",")) {
                    Severity one = Severity.valueOf(s.strip());
                    severities.add(one);
                    severity = severity == null ? one : severity;
                }
            } catch (IllegalArgumentException e) {
                errors.add("severity \"" + cols[4] + "\" is not VIOLATION, WARNING or NOTICE (or a comma-separated list of them)");
            }
            LocalDate from = null;
            try {
                from = LocalDate.parse(cols[5].strip());
            } catch (DateTimeParseException e) {
                errors.add("in-force-from \"" + cols[5] + "\" is not a date like 2024-02-01");
            }
            if (citation != null && id.length() == 8 && ID.matcher(id).matches()
                    && Integer.parseInt(id.substring(3, 5)) != citation.article()) {
                errors.add("constraint " + id + " cites " + citation + " but its ID names article " + id.substring(3, 5));
            }
            if (errors.isEmpty()) {
                // Each severity listed must follow from some basis and verb listed (or be NOTICE, kept for scope and pending).
                for (Severity sev : severities) {
                    boolean follows = sev == Severity.NOTICE || bases.stream().anyMatch(b -> verbs.stream().anyMatch(v -> b.severityFor(v) == sev))
                            || (sev == Severity.VIOLATION && bases.contains(Basis.POLICY));
                    if (!follows) {
                        errors.add("constraint " + id + " lists severity " + sev + ", which no basis " + bases + " with verb "
                                + verbs.stream().map(Verb::word).toList() + " gives");
                    }
                }
            }
            if (out.containsKey(id)) {
                errors.add("constraint " + id + " is defined twice");
            }
            if (cols[7].strip().isEmpty()) {
                errors.add("constraint " + id + " has no quote-zh: give the span of the Chinese text it encodes");
            }
            if (errors.isEmpty()) {
                out.put(id, new ConstraintDefinition(id, citation, severity, severities, from, cols[6].strip(), cols[7].strip(),
                        bases, verbs));
            } else {
                errors.forEach(e -> problems.add(new RuleProblem(FILE, no, 1, e)));
            }
        }
        return out;
    }
}
