package org.wangge.kernel.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wangge.kernel.cli.CliTestSupport.wangge;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wangge.kernel.cli.CliTestSupport.Run;
import tools.jackson.databind.json.JsonMapper;

/** {@code wangge export-rules --tables xlsx DIR}: the decision tables as Excel workbooks, a pack that checks like the built-in one. */
class ExportXlsxTablesTest {

    @TempDir
    Path dir;

    @Test
    void the_tables_are_written_as_xlsx_and_the_pack_gives_the_built_in_findings() throws Exception {
        Path rules = dir.resolve("xlsx-rules");
        Run r = wangge("export-rules", "--tables", "xlsx", rules.toString()).assertNoStackTrace();
        assertThat(r.code()).as(r.err()).isZero();
        for (String table : List.of("routing", "star-rating", "art22-consequences")) {
            assertThat(rules.resolve(table + ".drl.xlsx")).exists();
            assertThat(rules.resolve(table + ".drl.csv")).doesNotExist();
        }
        assertThat(rules.resolve("art13-worker-conduct.drl")).exists();
        assertThat(Files.readString(rules.resolve("parameters.toml"), StandardCharsets.UTF_8))
                .contains("file = \"routing.drl.xlsx\"").doesNotContain("routing.drl.csv\"");
        try (InputStream in = Files.newInputStream(rules.resolve("routing.drl.xlsx")); Workbook book = WorkbookFactory.create(in)) {
            assertThat(book.getSheetName(0)).isEqualTo("Sheet1");
            DataFormatter f = new DataFormatter();
            assertThat(f.formatCellValue(book.getSheetAt(0).getRow(1).getCell(0))).isEqualTo("RuleSet");
            assertThat(f.formatCellValue(book.getSheetAt(0).getRow(4).getCell(0))).isEqualTo("RuleTable Routing");
            assertThat(f.formatCellValue(book.getSheetAt(0).getRow(9).getCell(2))).isEqualTo("CIVIL_AFFAIRS");
        }
        assertThat(wangge("lint", rules.toString()).code()).isZero();

        Path city = dir.resolve("city.yaml");
        Run g = wangge("generate", "--seed", "11", "--inject", "ZG-15-02=3", "--inject", "ZG-17-01=3", "--inject", "ZG-13-02=2",
                "--inject", "ZG-23-01=2", "--inject", "ZG-08-01=2", city.toString()).assertNoStackTrace();
        assertThat(g.code()).as(g.err()).isZero();
        List<String> builtIn = findings(wangge("check", city.toString(), "--format", "json", "--lang", "en"));
        List<String> xlsx = findings(wangge("check", city.toString(), "--format", "json", "--lang", "en", "--rules", rules.toString()));
        assertThat(builtIn).anyMatch(s -> s.startsWith("ZG-15-02")).anyMatch(s -> s.startsWith("ZG-17-01"))
                .anyMatch(s -> s.startsWith("ZG-23-01")).anyMatch(s -> s.contains("consequence=CORRECTION_AND_CIRCULAR")
                        || s.contains("consequence=DISCIPLINARY"));
        assertThat(xlsx).containsExactlyInAnyOrderElementsOf(builtIn);
    }

    /** Each finding as constraint, severity, basis, subject, evidence, consequence, message: all but the pack and rule file. */
    @SuppressWarnings("unchecked")
    static List<String> findings(Run r) {
        assertThat(r.code()).as(r.err()).isIn(0, 1);
        Map<String, Object> doc = (Map<String, Object>) JsonMapper.shared().readValue(r.out(), Map.class);
        List<String> out = new ArrayList<>();
        for (Map<String, Object> f : (List<Map<String, Object>>) doc.get("findings")) {
            out.add(f.get("constraintId") + " " + f.get("severity") + " " + f.get("basis") + " " + f.get("subject") + " " + f.get("evidence")
                    + " consequence=" + f.get("consequence") + " " + f.get("occurredOn") + " " + f.get("messageEn"));
        }
        return out;
    }
}
