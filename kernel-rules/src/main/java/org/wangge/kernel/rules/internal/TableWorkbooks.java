package org.wangge.kernel.rules.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.drools.decisiontable.parser.csv.CsvLineParser;

/**
 * Decision tables as Excel workbooks (决策表): a {@code .drl.csv} table written as a {@code .drl.xlsx} workbook of one
 * sheet, {@value #SHEET}, cell for cell (row n of the CSV is row n of the sheet, its k-th cell is column k: A, B, C…),
 * every cell as text, a CSV merged cell ({@code text...} repeated) one merged cell, so that Drools reads the same table from either. The CSV is split by Drools' own CSV line parser,
 * the one that reads {@code .drl.csv} tables.
 */
public final class TableWorkbooks {

    /** The name of the one sheet of a written workbook. */
    public static final String SHEET = "Sheet1";

    private static final java.util.regex.Pattern TABLE_FILE = java.util.regex.Pattern.compile("(?m)^(\\s*file\\s*=\\s*\"[\\w.-]+)\\.drl\\.csv\"");

    private TableWorkbooks() {
    }

    /**
     * @param csv a {@code .drl.csv} table's text
     * @return the same table as the bytes of an {@code .xlsx} workbook
     */
    public static byte[] toXlsx(String csv) {
        CsvLineParser parser = new CsvLineParser();
        try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(SHEET);
            CellStyle wrap = book.createCellStyle();
            wrap.setWrapText(true);
            String[] lines = csv.replace("\r\n", "\n").split("\n", -1);
            int last = lines.length;
            while (last > 0 && lines[last - 1].isBlank()) {
                last--;
            }
            int widest = 0;
            for (int r = 0; r < last; r++) {
                List<String> cells = parser.parse(lines[r]);
                Row row = sheet.createRow(r);
                for (int c = 0; c < cells.size(); c++) {
                    String v = cells.get(c);
                    if (v == null || v.isEmpty()) {
                        continue;
                    }
                    if (v.endsWith("...")) {
                        // CSV's merged cell ("$i : GridIndicators..." repeated): in a sheet, one cell merged across the columns
                        int end = c;
                        while (end + 1 < cells.size() && v.equals(cells.get(end + 1))) {
                            end++;
                        }
                        row.createCell(c).setCellValue(v.substring(0, v.length() - 3));
                        if (end > c) {
                            // Drools' ExcelParser skips a column whose cell is absent (row.getCell(k) == null) before it
                            // looks for a merged region: the covered columns need cells of their own (blank, as Excel
                            // writes them), or their conditions get no ObjectType and compile as bare constraints.
                            for (int k = c + 1; k <= end; k++) {
                                row.createCell(k);
                            }
                            sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(r, r, c, end));
                        }
                        c = end;
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    cell.setCellValue(v);
                    if (v.length() > 60) {
                        cell.setCellStyle(wrap);
                    }
                }
                widest = Math.max(widest, cells.size());
            }
            for (int c = 0; c < widest; c++) {
                sheet.setColumnWidth(c, 30 * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a decision table workbook: " + e.getMessage(), e);
        }
    }

    /**
     * @param source a pack
     * @return the pack with every {@code .drl.csv} table replaced by the same table as {@code .drl.xlsx}, and the
     *         {@code file =} of its {@code [[table]]} in parameters.toml renamed to match; other files unchanged
     */
    public static PackSource withXlsxTables(PackSource source) {
        Map<String, byte[]> files = new TreeMap<>();
        source.files().forEach((name, bytes) -> {
            if (name.endsWith(".drl.csv")) {
                files.put(name.substring(0, name.length() - ".csv".length()) + ".xlsx", toXlsx(source.text(name)));
            } else if (name.equals("parameters.toml")) {
                files.put(name, TABLE_FILE.matcher(source.text(name)).replaceAll("$1.drl.xlsx\"").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            } else {
                files.put(name, bytes);
            }
        });
        return new PackSource(source.location(), files);
    }
}
