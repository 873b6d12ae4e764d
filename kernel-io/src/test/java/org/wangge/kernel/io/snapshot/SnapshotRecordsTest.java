package org.wangge.kernel.io.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wangge.kernel.model.snapshot.CitySnapshot;

/** A snapshot as record files (one directory per kind, JSON lines) reads back equal, and a bad line is named at file:line. */
class SnapshotRecordsTest {

    @Test
    void a_rich_city_written_as_records_in_three_files_per_kind_reads_back_equal(@TempDir Path dir) throws Exception {
        CitySnapshot city = RichCity.snapshot();
        SnapshotRecords.write(city, dir, 3);
        assertThat(dir.resolve(SnapshotRecords.HEADER_FILE)).exists();
        assertThat(SnapshotRecords.files(dir, "grids")).isNotEmpty()
                .allSatisfy(f -> assertThat(f.getFileName().toString()).matches("part-\\d{5}\\.jsonl"));
        CitySnapshot back = SnapshotRecords.read(dir);
        assertThat(back).isEqualTo(city);
        // and the same as through a snapshot file
        assertThat(SnapshotFiles.read(new java.io.StringReader(SnapshotFiles.toJson(back)), "x.json")).isEqualTo(city);
        CitySnapshot header = SnapshotRecords.readHeader(dir);
        assertThat(header.jurisdiction()).isEqualTo(city.jurisdiction());
        assertThat(header.asOf()).isEqualTo(city.asOf());
        assertThat(header.facts()).isEmpty();
    }

    @Test
    void each_record_is_one_line_and_parses_back_to_itself() {
        CitySnapshot city = RichCity.snapshot();
        for (Object fact : city.facts()) {
            String kind = SnapshotRecords.kindOf(fact);
            String line = SnapshotRecords.toLine(fact);
            assertThat(line).doesNotContain("\n").startsWith("{");
            assertThat(SnapshotRecords.parser(kind, "x.jsonl").parse(line, 7)).isEqualTo(fact);
        }
    }

    @Test
    void a_corrupt_line_and_a_wrong_value_are_reported_at_their_file_and_line(@TempDir Path dir) throws Exception {
        CitySnapshot city = RichCity.snapshot();
        SnapshotRecords.write(city, dir, 1);
        Path grids = SnapshotRecords.files(dir, "grids").get(0);
        List<String> lines = new ArrayList<>(Files.readAllLines(grids, StandardCharsets.UTF_8));
        lines.add(1, "");
        lines.add(2, "{\"id\": \"G-X\", \"households\": ");
        Files.write(grids, lines, StandardCharsets.UTF_8);
        SnapshotFileException syntax = catchThrowableOfType(SnapshotFileException.class, () -> SnapshotRecords.read(dir));
        assertThat(syntax).isNotNull();
        assertThat(syntax.problems()).hasSize(1);
        assertThat(syntax.problems().get(0).file()).isEqualTo(grids.toString());
        assertThat(syntax.problems().get(0).line()).isEqualTo(3);
        assertThat(syntax.getMessage()).contains(grids + ":3:");

        String good = lines.get(0);
        lines.set(2, good.replaceFirst("\"households\":\\s*\\d+", "\"households\": \"abc\""));
        assertThat(lines.get(2)).contains("\"abc\"");
        Files.write(grids, lines, StandardCharsets.UTF_8);
        SnapshotFileException value = catchThrowableOfType(SnapshotFileException.class, () -> SnapshotRecords.read(dir));
        assertThat(value).isNotNull();
        assertThat(value.problems()).extracting(FileProblem::line, FileProblem::field)
                .containsExactly(org.assertj.core.api.Assertions.tuple(3, "grids[2].households"));
    }

    @Test
    void a_record_naming_an_unknown_grid_is_reported_at_its_line(@TempDir Path dir) throws Exception {
        CitySnapshot city = RichCity.snapshot();
        SnapshotRecords.write(city, dir, 1);
        Path grids = SnapshotRecords.files(dir, "grids").get(0);
        Files.delete(grids);
        SnapshotFileException e = catchThrowableOfType(SnapshotFileException.class, () -> SnapshotRecords.read(dir));
        assertThat(e).isNotNull();
        assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.file()).endsWith(SnapshotRecords.SUFFIX));
    }

    @Test
    void an_unknown_kind_is_refused_with_the_known_kinds() {
        IllegalArgumentException e = catchThrowableOfType(IllegalArgumentException.class, () -> SnapshotRecords.recordType("caes"));
        assertThat(e.getMessage()).contains("cases");
    }
}
