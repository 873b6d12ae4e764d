package org.wangge.kernel.rules.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.wangge.kernel.rules.Citation;
import org.wangge.kernel.rules.ConstraintDefinition;
import org.wangge.kernel.rules.RuleProblem;
import org.wangge.kernel.rules.Severity;

/**
 * Reads a pack's {@code constraints.tsv}: one constraint a line, tab-separated columns
 * {@code id citation severity in-force-from title-en quote-zh template-zh template-en}; {@code #}
 * starts a comment line.
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
                        + " tab-separated columns (id, citation, severity, in-force-from, title-en, quote-zh, template-zh, template-en), found " + cols.length));
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
            Severity severity = null;
            java.util.Set<Severity> severities = java.util.EnumSet.noneOf(Severity.class);
            try {
                for (String s : cols[2].split(",")) {
                    Severity one = Severity.valueOf(s.strip());
                    severities.add(one);
                    severity = severity == null ? one : severity;
                }
            } catch (IllegalArgumentException e) {
                errors.add("severity \"" + cols[2] + "\" is not VIOLATION, WARNING or NOTICE (or a comma-separated list of them)");
            }
            LocalDate from = null;
            try {
                from = LocalDate.parse(cols[3].strip());
            } catch (DateTimeParseException e) {
                errors.add("in-force-from \"" + cols[3] + "\" is not a date like 2024-02-01");
            }
            if (citation != null && id.length() == 8 && ID.matcher(id).matches()
                    && Integer.parseInt(id.substring(3, 5)) != citation.article()) {
                errors.add("constraint " + id + " cites " + citation + " but its ID names article " + id.substring(3, 5));
            }
            if (out.containsKey(id)) {
                errors.add("constraint " + id + " is defined twice");
            }
            if (errors.isEmpty()) {
                out.put(id, new ConstraintDefinition(id, citation, severity, java.util.Set.copyOf(severities), from, cols[4].strip(), cols[5].strip(),
                        cols[6].strip(), cols[7].strip()));
            } else {
                errors.forEach(e -> problems.add(new RuleProblem(FILE, no, 1, e)));
            }
        }
        return out;
    }
}
