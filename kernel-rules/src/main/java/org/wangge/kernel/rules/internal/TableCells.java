package org.wangge.kernel.rules.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wangge.kernel.rules.RuleProblem;

/**
 * Places a build error of the Java code Drools generates from a decision table at the table's cell, in plain words:
 * {@code routing.drl.csv:28:3: FINANSE is not a DepartmentKind; did you mean FINANCE? (valid: …)}. The column of a
 * table problem is the cell's column number (1 = the first cell of the row).
 */
final class TableCells {

    private static final Pattern UNRESOLVED = Pattern.compile(
            "(?:^|\\s)([A-Za-z_$][\\w$]*) cannot be resolved|Unknown (?:field|property|method) \"?([A-Za-z_$][\\w$]*)|"
                    + "cannot find symbol\\s+symbol:\\s+(?:variable|method|class)\\s+([A-Za-z_$][\\w$]*)");
    private static final Pattern IMPORT = Pattern.compile("^\"?Import\"?\\s*,\\s*\"?([^\"\\n]*)\"?", Pattern.MULTILINE);

    private TableCells() {
    }

    /**
     * @param source the pack
     * @param text   the error's text (one line)
     * @return the problem at a table cell, or null when no cell of a decision table holds the name the error gives
     */
    static RuleProblem locate(PackSource source, String text) {
        Matcher m = UNRESOLVED.matcher(text);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        Pattern word = Pattern.compile("(?<![\\w$])" + Pattern.quote(name) + "(?![\\w$])");
        for (String file : source.files().keySet()) {
            if (!file.endsWith(".drl.csv")) {
                continue;
            }
            String csv = source.text(file);
            String[] rows = csv.split("\n", -1);
            for (int r = 0; r < rows.length; r++) {
                List<String> cells = ReformLoader.Csv.cells(rows[r]);
                for (int c = 0; c < cells.size(); c++) {
                    if (word.matcher(cells.get(c)).find() && !cells.get(0).strip().matches("Notes|RuleSet|Import|RuleTable.*")) {
                        return new RuleProblem(file, r + 1, c + 1, plainWords(name, text + " " + codeOfColumn(rows, r, c, name), csv, cells, c));
                    }
                }
            }
        }
        return null;
    }

    /** The code cell of a data cell's column (two rows below the CONDITION/ACTION row), with the cell's value for $param. */
    private static String codeOfColumn(String[] rows, int row, int column, String value) {
        for (int h = row - 1; h >= 0; h--) {
            String first = ReformLoader.Csv.cells(rows[h]).get(0).strip();
            if (first.equals("CONDITION") || first.equals("ACTION")) {
                if (h + 2 < rows.length) {
                    List<String> code = ReformLoader.Csv.cells(rows[h + 2]);
                    return column < code.size() ? code.get(column).replace("$param", value) : "";
                }
                return "";
            }
        }
        return "";
    }

    private static String plainWords(String name, String text, String csv, List<String> cells, int column) {
        Matcher qualified = Pattern.compile("([A-Z][\\w$]*)\\." + Pattern.quote(name) + "(?![\\w$])").matcher(text);
        if (qualified.find()) {
            Class<?> type = importedClass(csv, qualified.group(1));
            if (type != null && type.isEnum()) {
                List<String> valid = Arrays.stream(type.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList();
                String near = Suggest.nearest(name, valid);
                return "\"" + name + "\" is not a " + type.getSimpleName() + (near == null ? "" : "; did you mean " + near + "?")
                        + " (valid: " + String.join(", ", valid) + ")";
            }
            if (type != null) {
                List<String> fields = new ArrayList<>();
                for (var f : type.getFields()) {
                    fields.add(f.getName());
                }
                return "\"" + name + "\" is not a field of " + type.getSimpleName() + Suggest.didYouMean(name, fields);
            }
        }
        return "\"" + name + "\" in this cell cannot be resolved (the cell's column is " + (column + 1) + ")";
    }

    private static Class<?> importedClass(String csv, String simpleName) {
        Matcher m = IMPORT.matcher(csv);
        while (m.find()) {
            for (String imp : m.group(1).split(",")) {
                String i = imp.strip();
                if (i.endsWith("." + simpleName)) {
                    try {
                        return Class.forName(i, false, TableCells.class.getClassLoader());
                    } catch (ClassNotFoundException | LinkageError e) {
                        return null;
                    }
                }
            }
        }
        return null;
    }
}
