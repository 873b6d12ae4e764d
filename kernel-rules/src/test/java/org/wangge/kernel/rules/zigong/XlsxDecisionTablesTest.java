package org.wangge.kernel.rules.zigong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.drools.decisiontable.parser.csv.CsvLineParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wangge.kernel.model.matter.MatterCategory;
import org.wangge.kernel.model.snapshot.CitySnapshot;
import org.wangge.kernel.model.testdata.CompliantCity;
import org.wangge.kernel.rules.CheckReport;
import org.wangge.kernel.rules.Finding;
import org.wangge.kernel.rules.RuleEngine;
import org.wangge.kernel.rules.RulePackException;
import org.wangge.kernel.rules.RuleProblem;

/**
 * Excel decision tables (.drl.xlsx): the routing table written as a workbook here, with POI (no binary is committed),
 * loads and routes like the CSV table; an error in one of its cells is reported at {@code routing.drl.xlsx!Sheet1!C10}.
 * The CSV table's line n is the sheet's row n, its k-th cell column k (A = 1).
 */
class XlsxDecisionTablesTest {

    /** Public opinion assigned to emergency management: the routing table names civil affairs and government services (ZG-15-02). */
    static final CitySnapshot MISROUTED = CompliantCity.with(Art15PlatformAndDepartmentsTest.assignedTo(CompliantCity.EMERGENCY,
            MatterCategory.PUBLIC_OPINION, false));

    /** Copies the built-in pack and replaces routing.drl.csv by a workbook of the same cells, edited by {@code edit}. */
    static Path xlsxPack(Path dir, java.util.function.Consumer<Sheet> edit) throws IOException {
        RuleEngine.exportBuiltInPack(dir);
        Path csv = dir.resolve("routing.drl.csv");
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(dir.resolve("routing.drl.xlsx"))) {
            Sheet sheet = book.createSheet("Sheet1");
            CsvLineParser parser = new CsvLineParser();
            for (int r = 0; r < lines.size(); r++) {
                Row row = sheet.createRow(r);
                List<String> cells = parser.parse(lines.get(r));
                for (int c = 0; c < cells.size(); c++) {
                    if (!cells.get(c).isEmpty()) {
                        row.createCell(c).setCellValue(cells.get(c));
                    }
                }
            }
            edit.accept(sheet);
            book.write(out);
        }
        Files.delete(csv);
        Path toml = dir.resolve("parameters.toml");
        Files.writeString(toml, Files.readString(toml, StandardCharsets.UTF_8).replace("file = \"routing.drl.csv\"", "file = \"routing.drl.xlsx\""),
                StandardCharsets.UTF_8);
        return dir;
    }

    static List<String> zg1502(RuleEngine engine, CitySnapshot city) {
        CheckReport r = engine.check(city, CompliantCity.AS_OF);
        return r.findings().stream().filter(f -> f.constraintId().equals("ZG-15-02")).map(f -> f.subject() + " " + f.severity() + " " + f.evidence())
                .toList();
    }

    @Test
    void an_xlsx_routing_table_loads_and_routes_like_the_csv_one(@TempDir Path dir) throws IOException {
        RuleEngine xlsx = RuleEngine.fromDirectory(xlsxPack(dir, sheet -> { }));
        List<String> builtIn = zg1502(RuleEngine.zigong(), MISROUTED);
        assertThat(builtIn).hasSize(1);
        assertThat(zg1502(xlsx, MISROUTED)).isEqualTo(builtIn);
        assertThat(zg1502(xlsx, CompliantCity.snapshot())).isEmpty();
        assertThat(xlsx.check(CompliantCity.snapshot(), CompliantCity.AS_OF).findings().stream().map(Finding::constraintId).toList())
                .isEqualTo(RuleEngine.zigong().check(CompliantCity.snapshot(), CompliantCity.AS_OF).findings().stream().map(Finding::constraintId).toList());
    }

    @Test
    void the_workbook_is_what_routes_a_row_added_in_the_sheet_clears_the_finding(@TempDir Path dir) throws IOException {
        RuleEngine edited = RuleEngine.fromDirectory(xlsxPack(dir, sheet -> {
            Row row = sheet.getRow(12); // line 13 of the CSV: PUBLIC_OPINION -> GOVERNMENT_SERVICES_DIGITAL
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("PUBLIC_OPINION");
            row.getCell(2).setCellValue("EMERGENCY_MANAGEMENT");
        }));
        assertThat(zg1502(edited, MISROUTED)).isEmpty();
    }

    @Test
    void an_error_in_a_cell_is_reported_at_the_sheet_and_cell(@TempDir Path dir) throws IOException {
        Path pack = xlsxPack(dir, sheet -> sheet.getRow(9).getCell(2).setCellValue("FINANSE")); // C10: BASIC_INFORMATION's department
        assertThatThrownBy(() -> RuleEngine.fromDirectory(pack)).isInstanceOfSatisfying(RulePackException.class, e -> {
            List<String> problems = e.problems().stream().map(RuleProblem::toString).toList();
            assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("routing.drl.xlsx!Sheet1!C10: \"FINANSE\" is not a DepartmentKind")
                    .contains("valid: ").contains("CIVIL_AFFAIRS"));
            assertThat(problems).noneMatch(p -> p.contains(".java"));
        });
        assertThat(RuleEngine.lint(pack).stream().map(RuleProblem::toString))
                .anySatisfy(p -> assertThat(p).startsWith("routing.drl.xlsx!Sheet1!C10: \"FINANSE\" is not a DepartmentKind"));
    }

    @Test
    void the_built_in_pack_exported_with_xlsx_tables_checks_alike(@TempDir Path dir) {
        RuleEngine.exportBuiltInPack(dir, RuleEngine.TableFormat.XLSX);
        assertThat(dir.resolve("routing.drl.xlsx")).exists();
        assertThat(dir.resolve("star-rating.drl.xlsx")).exists();
        assertThat(dir.resolve("art22-consequences.drl.xlsx")).exists();
        assertThat(dir.resolve("routing.drl.csv")).doesNotExist();
        RuleEngine xlsx = RuleEngine.fromDirectory(dir);
        assertThat(zg1502(xlsx, MISROUTED)).isEqualTo(zg1502(RuleEngine.zigong(), MISROUTED));
        // every finding alike, not only routing's: the star-rating table's merged pattern cell ($i : GridIndicators over
        // four condition columns) is read as one pattern, as from the CSV
        for (CitySnapshot city : List.of(MISROUTED, CompliantCity.snapshot())) {
            assertThat(all(xlsx, city)).isEqualTo(all(RuleEngine.zigong(), city));
        }
    }

    static List<String> all(RuleEngine engine, CitySnapshot city) {
        return engine.check(city, CompliantCity.AS_OF).findings().stream()
                .map(f -> f.constraintId() + " " + f.subject() + " " + f.severity() + " " + f.basis() + " " + f.evidence()).sorted().toList();
    }

    @Test
    void cell_names_are_excel_letters_and_row() {
        assertThat(RuleProblem.cellName(3, 28)).isEqualTo("C28");
        assertThat(RuleProblem.cellName(26, 1)).isEqualTo("Z1");
        assertThat(RuleProblem.cellName(27, 2)).isEqualTo("AA2");
        assertThat(new RuleProblem("routing.drl.xlsx", 28, 3, "bad", "Sheet1")).hasToString("routing.drl.xlsx!Sheet1!C28: bad");
        assertThat(new RuleProblem("routing.drl.csv", 28, 3, "bad")).hasToString("routing.drl.csv:28:3: bad");
    }
}
