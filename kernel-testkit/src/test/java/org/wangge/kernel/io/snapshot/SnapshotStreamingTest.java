package org.wangge.kernel.io.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wangge.kernel.model.snapshot.CitySnapshot;
import org.wangge.kernel.model.testdata.CompliantCity;
import org.wangge.kernel.testkit.generator.CityGenerator;

/**
 * The streaming writer and reader: a generated city round-trips in both formats, the fast reader of the
 * writer's layout and other layouts read alike, with the same problem positions, problems deep in a long list
 * are at the right line and column, and writing never holds the text.
 */
class SnapshotStreamingTest {

    private static CitySnapshot city;

    @BeforeAll
    static void generate() {
        city = CityGenerator.builder().seed(7).grids(12).breachRate(0.05).generate().snapshot();
    }

    private static List<FileProblem> problems(String text, String name) {
        SnapshotFileException e = catchThrowableOfType(SnapshotFileException.class,
                () -> SnapshotFiles.read(new StringReader(text), name));
        assertThat(e).as("reading should fail").isNotNull();
        return e.problems();
    }

    @Test
    void a_generated_city_round_trips_through_files_in_both_formats(@TempDir Path dir) {
        assertThat(city.accesses()).hasSizeGreaterThan(1000);
        for (String name : List.of("city.yaml", "city.json")) {
            Path file = dir.resolve(name);
            SnapshotFiles.write(city, file);
            assertThat(SnapshotFiles.read(file)).as(name).isEqualTo(city);
        }
    }

    @Test
    void equal_values_read_from_a_file_share_one_object_but_ids_are_never_shared(@TempDir Path dir) {
        Path file = dir.resolve("city.yaml");
        SnapshotFiles.write(city, file);
        CitySnapshot read = SnapshotFiles.read(file);
        var accesses = read.accesses();
        var first = accesses.get(0);
        var sameWorker = accesses.stream().skip(1).filter(a -> a.workerId().equals(first.workerId())).findFirst().orElseThrow();
        assertThat(sameWorker.workerId()).as("a worker id repeated in the file").isSameAs(first.workerId());
        var sameHour = accesses.stream().filter(a -> a != first && a.at().equals(first.at())).findFirst();
        sameHour.ifPresent(a -> assertThat(a.at()).as("an access time repeated in the file").isSameAs(first.at()));
        // an id equal to another record's reference stays its own object: ids are unique, so sharing them only costs
        var worker = read.workers().stream().filter(w -> w.id().equals(first.workerId())).findFirst().orElseThrow();
        assertThat(worker.id()).isEqualTo(first.workerId()).isNotSameAs(first.workerId());
    }

    @Test
    void each_element_is_one_line_in_both_formats() {
        long yamlElements = SnapshotFiles.toYaml(city).lines().filter(l -> l.startsWith("  - {")).count();
        long jsonElements = SnapshotFiles.toJson(city).lines().filter(l -> l.startsWith("    {")).count();
        assertThat(yamlElements).isEqualTo(city.facts().size()).isEqualTo(jsonElements);
    }

    /** A comment line first: the same text one line lower gives the same snapshot and the same problems, one line lower. */
    @Test
    void the_writers_layout_and_the_same_text_shifted_read_alike() {
        for (String text : List.of(SnapshotFiles.toYaml(city), SnapshotFiles.toJson(city))) {
            assertThat(SnapshotFiles.read(new StringReader(text), "fast.yaml")).isEqualTo(city);
            assertThat(SnapshotFiles.read(new StringReader("# a comment\n" + text), "slow.yaml")).isEqualTo(city);
        }
        String broken = SnapshotFiles.toYaml(CompliantCity.snapshot())
                .replace("households: 400", "households: many")
                .replace("kind: CITY}", "kind: TOWN}")
                .replace("gridIds: [G-COMM-1, G-DED-1]", "gridIds: [G-COMM-1, G-GONE]")
                .replace("workers: [{workerId: W-2,", "workers: [{workerId: W-9,")
                .replace("employment: FULL_TIME", "employment: FULL_TIME, colour: red");
        List<FileProblem> fast = problems(broken, "city.yaml");
        List<FileProblem> slow = problems("# a comment\n" + broken, "city.yaml");
        assertThat(fast).hasSizeGreaterThanOrEqualTo(5);
        assertThat(slow).hasSameSizeAs(fast);
        for (int i = 0; i < fast.size(); i++) {
            FileProblem f = fast.get(i);
            assertThat(slow.get(i)).isEqualTo(new FileProblem(f.file(), f.line() + 1, f.column(), f.field(), f.message()));
        }
    }

    @Test
    void blank_lines_and_other_layouts_read_the_same() {
        String yaml = SnapshotFiles.toYaml(CompliantCity.snapshot());
        for (String text : List.of(yaml + "\n", "\n" + yaml, yaml.replace("\ngrids:", "\n\ngrids:"), yaml.replace(", ", ",  "),
                yaml + "# the end\n", "---\n" + yaml, yaml.replace("  - {", "- {"))) {
            assertThat(SnapshotFiles.read(new StringReader(text), "city.yaml")).isEqualTo(CompliantCity.snapshot());
        }
        List<FileProblem> problems = problems(yaml + "\nunknownTopLevelKey: 1\n", "city.yaml");
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("unknownTopLevelKey"));
    }

    @Test
    void problems_deep_in_a_long_list_are_reported_at_their_line_and_column() {
        String yaml = SnapshotFiles.toYaml(city);
        String[] lines = yaml.split("\n", -1);
        int accessesAt = List.of(lines).indexOf("accesses:");
        int index = city.accesses().size() - 3;
        int lineNo = accessesAt + 1 + index; // 0-based line of accesses[index]; the next one is accesses[index + 1]
        String workerId = city.accesses().get(index).workerId();
        lines[lineNo] = lines[lineNo].replace("workerId: " + workerId + ",", "workerId: W-NOBODY,");
        lines[lineNo + 1] = lines[lineNo + 1].replaceFirst("kind: [A-Z]+", "kind: PEEK");
        String broken = String.join("\n", lines);
        for (String text : List.of(broken, "# a comment\n" + broken)) {
            int shift = text == broken ? 0 : 1;
            List<FileProblem> problems = problems(text, "big.yaml");
            assertThat(problems).extracting(FileProblem::field)
                    .containsExactly("accesses[" + index + "].workerId", "accesses[" + (index + 1) + "].kind");
            assertThat(problems.get(0).line()).isEqualTo(lineNo + 1 + shift);
            assertThat(lines[lineNo].substring(problems.get(0).column() - 1)).startsWith("W-NOBODY,");
            assertThat(problems.get(1).line()).isEqualTo(lineNo + 2 + shift);
            assertThat(lines[lineNo + 1].substring(problems.get(1).column() - 1)).startsWith("PEEK");
        }
    }

    // Files of the earlier layouts (the block layout, the samples of commit 0e080bd): kernel-io's SnapshotFormatFilesTest.

    @Test
    void a_large_text_read_from_a_reader_is_spooled_to_locate_reference_problems() {
        String yaml = SnapshotFiles.toYaml(city);
        assertThat(yaml.length()).isGreaterThan(Spool.IN_MEMORY); // so the copy goes to a temporary file
        String broken = yaml.replaceFirst("workerId: (W-[^,]*),", "workerId: W-NOBODY,");
        List<FileProblem> problems = problems("# a comment\n" + broken, "big.yaml");
        assertThat(problems).isNotEmpty().allSatisfy(p -> assertThat(p.message()).contains("W-NOBODY"));
        assertThat(problems(broken, "big.yaml")).isEqualTo(problems.stream()
                .map(p -> new FileProblem(p.file(), p.line() - 1, p.column(), p.field(), p.message())).toList());
    }

    /** Counts what is written, keeping nothing. */
    private static final class CountingWriter extends Writer {
        long chars;
        int largestWrite;
        int writes;

        @Override
        public void write(char[] buffer, int offset, int length) {
            chars += length;
            writes++;
            largestWrite = Math.max(largestWrite, length);
        }

        @Override
        public void write(String s, int offset, int length) {
            write((char[]) null, offset, length);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    @Test
    void writing_streams_the_text_in_small_pieces_without_holding_it() {
        for (boolean json : new boolean[] {false, true}) {
            CountingWriter out = new CountingWriter();
            if (json) {
                SnapshotFiles.writeJson(city, out);
            } else {
                SnapshotFiles.writeYaml(city, out);
            }
            long expected = (json ? SnapshotFiles.toJson(city) : SnapshotFiles.toYaml(city)).length();
            assertThat(out.chars).isEqualTo(expected).isGreaterThan(2_000_000L);
            // the text arrives piece by piece (the generator's buffer at most), so it is never built whole
            assertThat(out.largestWrite).isLessThanOrEqualTo(16_384);
            assertThat((long) out.writes).isGreaterThanOrEqualTo(out.chars / 16_384);
        }
    }

    @Test
    void a_file_is_written_through_a_buffer_and_read_back(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("sub/city.yaml");
        SnapshotFiles.write(city, file);
        assertThat(Files.size(file)).isGreaterThan(2_000_000L);
        assertThat(SnapshotFiles.read(file)).isEqualTo(city);
    }
}
