package org.wangge.kernel.rules;

/**
 * A problem found while loading a rule pack, at a place in a file.
 *
 * @param file    the file, relative to the pack
 * @param line    the line, 1-based, or 0 when unknown
 * @param column  the column, 1-based, or 0 when unknown
 * @param message what is wrong and how to fix it
 * @param sheet   for a cell of an Excel decision table ({@code .drl.xlsx}), its sheet; then {@code line} is the cell's
 *                row and {@code column} its column (1 = A); null otherwise
 */
public record RuleProblem(String file, int line, int column, String message, String sheet) {

    /**
     * A problem at a line and column of a text file (or of a CSV table: row and cell).
     *
     * @param file    the file, relative to the pack
     * @param line    the line, 1-based, or 0 when unknown
     * @param column  the column, 1-based, or 0 when unknown
     * @param message what is wrong and how to fix it
     */
    public RuleProblem(String file, int line, int column, String message) {
        this(file, line, column, message, null);
    }

    /** @return {@code file:line:column: message}, or for a workbook cell {@code file!Sheet1!C28: message} */
    @Override
    public String toString() {
        if (sheet != null && line > 0 && column > 0) {
            return file + "!" + sheet + "!" + cellName(column, line) + ": " + message;
        }
        return file + ":" + line + ":" + column + ": " + message;
    }

    /**
     * @param column 1-based column (1 = A)
     * @param row    1-based row
     * @return the cell's name in a sheet, e.g. {@code C28}
     */
    public static String cellName(int column, int row) {
        StringBuilder b = new StringBuilder();
        for (int c = column; c > 0; c = (c - 1) / 26) {
            b.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return b.append(row).toString();
    }
}
