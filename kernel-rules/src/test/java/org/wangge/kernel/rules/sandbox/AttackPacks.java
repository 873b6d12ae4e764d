package org.wangge.kernel.rules.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Packs made of the smallest pack ({@code attacks/_pack}) and one attack file, with its marker path filled in. */
final class AttackPacks {

    static final String MARKER = "@MARKER@";

    private AttackPacks() {
    }

    /**
     * @param dir    an empty directory
     * @param folder {@code attacks} or {@code budget}
     * @param file   the attack file
     * @param marker the file the attack would create
     * @return the pack directory
     */
    static Path pack(Path dir, String folder, String file, Path marker) {
        try {
            for (String f : List.of("pack.properties", "constraints.tsv", "parameters.toml", "messages.tsv", "labels.tsv")) {
                Files.writeString(dir.resolve(f), resource("attacks/_pack/" + f));
            }
            Files.writeString(dir.resolve(file), resource(folder + "/" + file).replace(MARKER, marker.toString()));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An {@code .xlsx} decision table whose action cell writes a file, made here (no binary is committed).
     *
     * @param dir    the pack directory
     * @param marker the file the attack would create
     * @return the table file
     */
    static Path xlsxTable(Path dir, Path marker) {
        Path file = dir.resolve("xlsx-table.drl.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet("Tables");
            String[][] rows = {
                {"RuleSet", "attack"},
                {"Import", "org.wangge.kernel.rules.facts.AsOf"},
                {""},
                {"RuleTable Xlsx"},
                {"CONDITION", "ACTION", "METADATA", "METADATA"},
                {"$a : AsOf", "", "", ""},
                {"date != null", "org.apache.commons.io.FileUtils.touch(org.apache.commons.io.FileUtils.getFile(\"$param\"));",
                    "definition(\"$param\")", "citation(\"$param\")"},
                {"always", "file", "what", "provision"},
                {"x", marker.toString(), "attack", "Art. 7 ¶1"},
            };
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            book.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /**
     * @param folder a test resource folder
     * @return the attack files in it, in name order
     */
    static List<String> files(String folder) {
        String list = resource(folder + "/INDEX");
        return list.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    static String resource(String name) {
        try (InputStream in = AttackPacks.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
