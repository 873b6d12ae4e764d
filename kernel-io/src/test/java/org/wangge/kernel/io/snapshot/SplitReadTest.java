package org.wangge.kernel.io.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wangge.kernel.model.snapshot.CitySnapshot;

/**
 * A large JSON file is read by two threads, its largest list cut in two near the middle of the file
 * ({@link SplitRead}, on unless {@code wangge.snapshot.twoThreads=false}): here every file is "large"
 * ({@code wangge.snapshot.splitBytes=1}). The snapshot is the one a
 * single thread reads, problems in the second part are reported as a single thread reports them (file, line,
 * column, field), and a file not laid out as the writer lays it out is still read right.
 */
class SplitReadTest {

    @TempDir
    Path dir;

    @BeforeEach
    void everyFileIsLarge() {
        System.setProperty("wangge.snapshot.splitBytes", "1");
        System.setProperty("wangge.snapshot.twoThreads", "true");
    }

    @AfterEach
    void restore() {
        System.clearProperty("wangge.snapshot.splitBytes");
        System.clearProperty("wangge.snapshot.twoThreads");
    }

    private <T> T oneThread(Supplier<T> read) {
        System.setProperty("wangge.snapshot.twoThreads", "false");
        try {
            return read.get();
        } finally {
            System.setProperty("wangge.snapshot.twoThreads", "true");
        }
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void the_rich_city_is_cut_in_its_largest_list_and_read_as_one_thread_reads_it() throws IOException {
        CitySnapshot city = RichCity.snapshot();
        Path file = dir.resolve("city.json");
        SnapshotFiles.write(city, file);
        SplitRead split = SplitRead.of(file);
        assertThat(split).as("a large file").isNotNull();
        // the cut is looked for by the second thread (here: before reading, to see it)
        assertThat(split.findCut()).as("a cut in the writer's layout").isNotNull();
        assertThat(split.cut().comma()).isGreaterThanOrEqualTo(split.half).isGreaterThan((int) Files.size(file) / 2 - 1);
        // the two threads' reading itself (SnapshotFiles.read would fall back to one thread on a mismatch)
        CitySnapshot twoThreads = SnapshotReader.stream(split, file.toString(), () -> FileInput.of(Files.newInputStream(file)));
        assertThat(twoThreads).isEqualTo(city);
        assertThat(SnapshotFiles.read(file)).isEqualTo(city).isEqualTo(oneThread(() -> SnapshotFiles.read(file)));
    }

    @Test
    void a_problem_after_the_cut_is_reported_as_one_thread_reports_it() throws IOException {
        CitySnapshot city = RichCity.snapshot();
        String json = SnapshotFiles.toJson(city);
        Path good = write("good.json", json);
        SplitRead.Cut cut = SplitRead.of(good).findCut();
        // break the first element after the cut: an unknown field, and an id that no element has
        int at = json.getBytes(StandardCharsets.UTF_8).length > json.length()
                ? new String(java.util.Arrays.copyOf(json.getBytes(StandardCharsets.UTF_8), cut.comma()), StandardCharsets.UTF_8).length()
                : cut.comma();
        int open = json.indexOf('{', at);
        String broken = json.substring(0, open + 1) + "\"colour\": \"red\", " + json.substring(open + 1);
        Path file = write("broken.json", broken);
        SplitRead cutAgain = SplitRead.of(file);
        assertThat(cutAgain.findCut().listKey()).isEqualTo(cut.listKey());
        // the two threads' reading finds the problem (it is not a mismatch of the layout)
        assertThat(catchThrowableOfType(SnapshotFileException.class, () -> SnapshotReader.stream(cutAgain, file.toString(),
                () -> FileInput.of(Files.newInputStream(file))))).isNotNull();
        SnapshotFileException split = catchThrowableOfType(SnapshotFileException.class, () -> SnapshotFiles.read(file));
        SnapshotFileException single = catchThrowableOfType(SnapshotFileException.class,
                () -> oneThread(() -> SnapshotFiles.read(file)));
        assertThat(split).isNotNull();
        assertThat(split.problems()).isEqualTo(single.problems()).isNotEmpty();
        assertThat(split.problems().get(0).field()).startsWith(cut.listKey() + "[").endsWith(".colour");
    }

    @Test
    void a_file_in_another_layout_is_read_right() throws IOException {
        CitySnapshot city = RichCity.snapshot();
        String json = SnapshotFiles.toJson(city);
        // the list's closing bracket moved onto the last element's line: no cut can be checked, so none is made
        Path joined = write("joined.json", json.replace("}\n  ]", "}]"));
        assertThat(SnapshotFiles.read(joined)).isEqualTo(city);
        // all on one line
        Path oneLine = write("one-line.json", json.replace("\n", ""));
        assertThat(SplitRead.of(oneLine).findCut()).as("no cut in one line").isNull();
        // the calling thread then reads on past the middle, to the end, alone
        SplitRead none = SplitRead.of(oneLine);
        assertThat(SnapshotReader.stream(none, oneLine.toString(), () -> FileInput.of(Files.newInputStream(oneLine)))).isEqualTo(city);
        assertThat(SnapshotFiles.read(oneLine)).isEqualTo(city);
    }

    @Test
    void a_second_thread_reads_on_a_machine_with_two_processors_unless_it_is_turned_off() {
        System.setProperty("wangge.snapshot.twoThreads", "false");
        assertThat(SplitRead.wanted()).isFalse();
        System.clearProperty("wangge.snapshot.twoThreads");
        assertThat(SplitRead.wanted()).isEqualTo(Runtime.getRuntime().availableProcessors() >= 2);
    }
}
