package org.wangge.kernel.io.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wangge.kernel.model.snapshot.CitySnapshot;
import org.wangge.kernel.rules.CheckReport;
import org.wangge.kernel.rules.Finding;
import org.wangge.kernel.rules.RuleEngine;
import org.wangge.kernel.rules.SlicingMode;
import org.wangge.kernel.testkit.generator.CityGenerator;
import org.wangge.kernel.testkit.generator.GeneratedCity;

/**
 * The sliced check of a records directory through spool files (issue 16: a city larger than the heap) gives exactly
 * the findings of the one-session check of the same records, leaves no spool file behind, and stops at a bad record
 * with its file and line.
 */
class RecordsCheckTest {

    private static final RuleEngine SINGLE = RuleEngine.builder().withBuiltInZigongPack().slicing(SlicingMode.NEVER).build();

    @Test
    void a_records_directory_with_every_constraint_injected_gives_the_one_session_findings_when_checked_through_spool_files(
            @TempDir Path records, @TempDir Path spool) throws Exception {
        GeneratedCity city = CityGenerator.builder().seed(16).grids(150).casesPerGrid(20).accessesPerGrid(120).checkInsPerGrid(20)
                .breachRate(0.03).minimumBreachesPerConstraint(2).generate();
        assertEquals(new TreeSet<>(CityGenerator.CONSTRAINT_IDS), city.expectedByConstraint().keySet(), "all 42 injected");
        SnapshotRecords.write(city.snapshot(), records, 3);
        CitySnapshot read = SnapshotRecords.read(records);
        CheckReport one = SINGLE.check(read, read.asOf());

        CheckReport streamed = RecordsCheck.check(SINGLE, records, null, spool, 2, 5);

        assertSame(one, streamed);
        Set<String> found = one.findings().stream().map(Finding::constraintId).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(CityGenerator.CONSTRAINT_IDS), found, "every constraint found");
        try (Stream<Path> left = Files.list(spool)) {
            assertEquals(List.of(), left.toList(), "the spool files are deleted");
        }
        // One thread and one slice per pass: the same again.
        assertSame(one, RecordsCheck.check(SINGLE, records, null, spool, 1, 1));
    }

    @Test
    void the_check_date_may_be_other_than_the_headers(@TempDir Path records, @TempDir Path spool) {
        GeneratedCity city = CityGenerator.builder().seed(5).grids(40).breachRate(0.05).generate();
        SnapshotRecords.write(city.snapshot(), records, 2);
        CitySnapshot read = SnapshotRecords.read(records);
        java.time.LocalDate earlier = read.asOf().minusDays(40);
        assertSame(SINGLE.check(read, earlier), RecordsCheck.check(SINGLE, records, earlier, spool, 2, 0));
    }

    @Test
    void a_bad_bulk_record_stops_the_check_at_its_file_and_line_and_leaves_no_spool_file(@TempDir Path records, @TempDir Path spool)
            throws Exception {
        GeneratedCity city = CityGenerator.builder().seed(6).grids(30).generate();
        SnapshotRecords.write(city.snapshot(), records, 1);
        Path cases = SnapshotRecords.files(records, "cases").get(0);
        List<String> lines = Files.readAllLines(cases, StandardCharsets.UTF_8);
        lines.set(3, lines.get(3).replaceFirst("\"category\":\"[^\"]*\"", "\"category\":\"NO_SUCH_CATEGORY\""));
        Files.write(cases, lines, StandardCharsets.UTF_8);

        SnapshotFileException e = assertThrows(SnapshotFileException.class, () -> RecordsCheck.check(SINGLE, records, null, spool, 2, 3));

        assertTrue(e.getMessage().contains(cases.toString() + ":4:"), e.getMessage());
        assertTrue(e.getMessage().contains("category"), e.getMessage());
        try (Stream<Path> left = Files.list(spool)) {
            assertEquals(List.of(), left.toList(), "the spool files are deleted on failure too");
        }
    }

    @Test
    void threads_and_slices_out_of_range_are_refused_with_their_name(@TempDir Path records) {
        SnapshotRecords.write(CityGenerator.builder().seed(7).grids(12).generate().snapshot(), records, 1);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RecordsCheck.check(SINGLE, records, null, null, 0, 0))
                .getMessage().contains("threads"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RecordsCheck.check(SINGLE, records, null, null, 1, -1))
                .getMessage().contains("slices"));
    }

    private static void assertSame(CheckReport expected, CheckReport actual) {
        org.wangge.kernel.testkit.generator.SameFindings.assertSameFindings(expected, actual, "streamed");
    }
}
