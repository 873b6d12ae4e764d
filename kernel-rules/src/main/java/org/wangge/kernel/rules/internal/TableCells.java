package org.wangge.kernel.rules.internal;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.wangge.kernel.rules.RuleProblem;

/**
 * Places a build error of the Java code Drools generates from a decision table at the table's cell, in plain words:
 * {@code routing.drl.csv:28:3: FINANSE is not a DepartmentKind; did you mean FINANCE? (valid: …)}, or in a workbook
 * {@code routing.drl.xlsx!Sheet1!C28: …}. The column of a table problem is the cell's column number (1 = the first
 * cell of the row, A in a sheet).
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
            if (file.endsWith(".drl.csv")) {
                List<List<String>> rows = new ArrayList<>();
                for (String row : source.text(file).split("\n", -1)) {
                    rows.add(ReformLoader.Csv.cells(row));
                }
                RuleProblem p = locateIn(file, null, rows, name, word, text);
                if (p != null) {
                    return p;
                }
            } else if (file.endsWith(".drl.xlsx")) {
                for (Map.Entry<String, List<List<String>>> sheet : sheets(source.files().get(file)).entrySet()) {
                    RuleProblem p = locateIn(file, sheet.getKey(), sheet.getValue(), name, word, text);
                    if (p != null) {
                        return p;
                    }
                }
            }
        }
        return null;
    }

    /** A table's rows of cells (CSV, or one sheet of a workbook); an xlsx problem names its sheet and cell ({@code Sheet1!C28}). */
    private static RuleProblem locateIn(String file, String sheet, List<List<String>> rows, String name, Pattern word, String text) {
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = rows.get(r);
            if (cells.isEmpty()) {
                continue;
            }
            for (int c = 0; c < cells.size(); c++) {
                if (word.matcher(cells.get(c)).find() && !cells.get(0).strip().matches("Notes|RuleSet|Import|RuleTable.*")) {
                    String message = plainWords(name, text + " " + codeOfColumn(rows, r, c, name), rows, c);
                    return sheet == null ? new RuleProblem(file, r + 1, c + 1, message) : new RuleProblem(file, r + 1, c + 1, message, sheet);
                }
            }
        }
        return null;
    }

    /** @return each sheet's rows of cells as text (as the cells show), in sheet order; empty when the workbook cannot be read */
    private static Map<String, List<List<String>>> sheets(byte[] xlsx) {
        Map<String, List<List<String>>> out = new LinkedHashMap<>();
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            DataFormatter format = new DataFormatter();
            for (Sheet sheet : book) {
                List<List<String>> rows = new ArrayList<>();
                for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    List<String> cells = new ArrayList<>();
                    if (row != null) {
                        for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                            Cell cell = row.getCell(c);
                            cells.add(cell == null ? "" : format.formatCellValue(cell));
                        }
                    }
                    rows.add(cells);
                }
                out.put(sheet.getSheetName(), rows);
            }
        } catch (Exception e) {
            return Map.of(); // the workbook's own problem is reported by the build
        }
        return out;
    }

    /** The code cell of a data cell's column (two rows below the CONDITION/ACTION row), with the cell's value for $param. */
    private static String codeOfColumn(List<List<String>> rows, int row, int column, String value) {
        for (int h = row - 1; h >= 0; h--) {
            List<String> header = rows.get(h);
            String first = header.isEmpty() ? "" : header.get(0).strip();
            if (first.equals("CONDITION") || first.equals("ACTION")) {
                if (h + 2 < rows.size()) {
                    List<String> code = rows.get(h + 2);
                    return column < code.size() ? code.get(column).replace("$param", value) : "";
                }
                return "";
            }
        }
        return "";
    }

    private static String plainWords(String name, String text, List<List<String>> rows, int column) {
        Matcher qualified = Pattern.compile("([A-Z][\\w$]*)\\." + Pattern.quote(name) + "(?![\\w$])").matcher(text);
        if (qualified.find()) {
            Class<?> type = importedClass(rows, qualified.group(1));
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

    private static Class<?> importedClass(List<List<String>> rows, String simpleName) {
        for (List<String> row : rows) {
            if (row.size() < 2 || !row.get(0).strip().equals("Import")) {
                continue;
            }
            for (String imp : row.get(1).split(",")) {
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
