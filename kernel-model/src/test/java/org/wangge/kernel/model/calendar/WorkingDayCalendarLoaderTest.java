package org.wangge.kernel.model.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wangge.kernel.model.ModelValidationException;

@DisplayName("Loading working-day calendar files")
class WorkingDayCalendarLoaderTest {

    private static final String GOOD_2024 = """
            # a comment line
            year 2024
            source 国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号）

            2024-10-01..2024-10-07 holiday 国庆节   # trailing comment
            2024-09-29 workday 国庆节调休
            2024-10-12 workday
            """;

    @TempDir
    Path dir;

    private static WorkingDayCalendar load(String text) {
        return WorkingDayCalendarLoader.load(new StringReader(text), "test.txt");
    }

    private static CalendarFormatException failure(String text) {
        return catchThrowableOfType(CalendarFormatException.class, () -> load(text));
    }

    @Test
    void aWellFormedFileLoadsRangesSingleDaysLabelsAndComments() {
        WorkingDayCalendar c = load(GOOD_2024);
        assertThat(c.coveredYears()).containsExactly(2024);
        assertThat(c.isHoliday(LocalDate.of(2024, 10, 7))).isTrue();
        assertThat(c.isMakeUpWorkday(LocalDate.of(2024, 9, 29))).isTrue();
        assertThat(c.label(LocalDate.of(2024, 10, 1))).hasValue("国庆节");
        assertThat(c.label(LocalDate.of(2024, 10, 12))).as("the label is optional").isEmpty();
        assertThat(c.source(2024)).hasValue("国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号）");
    }

    @Test
    void oneFileMayHoldSeveralYearSections() {
        WorkingDayCalendar c = load(GOOD_2024 + """
                year 2027
                source test
                2027-01-01 holiday 元旦
                """);
        assertThat(c.coveredYears()).containsExactly(2024, 2027);
        assertThat(c.isHoliday(LocalDate.of(2027, 1, 1))).isTrue();
    }

    @Test
    void severalFilesAreCombinedIntoOneCalendar() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), GOOD_2024, StandardCharsets.UTF_8);
        Path b = Files.writeString(dir.resolve("b.txt"), "\uFEFFyear 2027\nsource test\n2027-01-01 holiday 元旦\n",
                StandardCharsets.UTF_8);
        WorkingDayCalendar c = WorkingDayCalendarLoader.load(a, b);
        assertThat(c.coveredYears()).containsExactly(2024, 2027);
    }

    @Test
    void loadingReportsEveryErrorWithFileAndLineNumberAndHowToFixIt() {
        CalendarFormatException e = failure("""
                year 2024
                source 国办发明电〔2023〕7号
                2024-02-30 holiday 春节
                2024-10-01 holliday 国庆节
                2024-10-01..2024-10-07 holiday 国庆节
                2024-10-03 workday 国庆节调休
                2025-01-01 holiday 元旦
                2024-10-07..2024-10-01 holiday 国庆节
                2024-10-08 workday 调休
                nonsense here
                """);
        assertThat(e.problems()).extracting(CalendarFormatException.Problem::line)
                .containsExactly(3, 4, 6, 7, 8, 9, 10);
        assertThat(e.problems()).extracting(Object::toString).satisfiesExactly(
                p -> assertThat(p).startsWith("test.txt:3: bad date '2024-02-30'").contains("YYYY-MM-DD"),
                p -> assertThat(p).startsWith("test.txt:4: unknown kind 'holliday'").contains("`holiday`", "`workday`"),
                p -> assertThat(p).startsWith("test.txt:6: 2024-10-03 is listed as workday here but as holiday on line 5")
                        .contains("remove the wrong one"),
                p -> assertThat(p).startsWith("test.txt:7: 2025-01-01 is outside the declared year 2024")
                        .contains("`year 2025` section"),
                p -> assertThat(p).startsWith("test.txt:8: range 2024-10-07..2024-10-01 ends before it starts")
                        .contains("2024-10-01..2024-10-07"),
                p -> assertThat(p).startsWith("test.txt:9: 2024-10-08 is a TUESDAY").contains("Saturday or Sunday"),
                p -> assertThat(p).startsWith("test.txt:10: unknown statement 'nonsense'"));
        assertThat(e).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Working-day calendar data has 7 problems")
                .hasMessageContaining("\n  test.txt:3: ")
                .hasMessageContaining("\n  test.txt:10: ");
    }

    @Test
    void aDuplicateYearIsReportedWithBothPlacesEvenAcrossFiles() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), GOOD_2024, StandardCharsets.UTF_8);
        Path b = Files.writeString(dir.resolve("b.txt"), "# again\nyear 2024\nsource copy\n2024-99-01 holiday x\n",
                StandardCharsets.UTF_8);
        CalendarFormatException e = catchThrowableOfType(CalendarFormatException.class,
                () -> WorkingDayCalendarLoader.load(a, b));
        assertThat(e.problems()).extracting(Object::toString).satisfiesExactly(
                p -> assertThat(p).startsWith(b + ":2: duplicate year 2024: already declared at " + a + ":2"),
                p -> assertThat(p).startsWith(b + ":4: bad date '2024-99-01'"));
    }

    @Test
    void aDuplicateDateOfTheSameKindIsReportedOnceForTheWholeOverlap() {
        CalendarFormatException e = failure("""
                year 2024
                source s
                2024-10-01..2024-10-07 holiday 国庆节
                2024-10-05..2024-10-09 holiday 国庆节
                """);
        assertThat(e.problems()).singleElement().hasToString(
                "test.txt:4: 2024-10-05..2024-10-07 (3 days) is already listed as holiday on line 3; remove the duplicate");
    }

    @Test
    void aYearWithoutSourceAndStatementsOutOfPlaceAreReported() {
        CalendarFormatException e = failure("""
                2024-10-01 holiday 国庆节
                source orphan
                year 24
                2024-10-02 holiday 国庆节
                year 2024
                2024-10-01
                source
                year 2025
                source one
                source two
                """);
        assertThat(e.problems()).extracting(Object::toString).satisfiesExactly(
                p -> assertThat(p).startsWith("test.txt:1: date line before any `year` line"),
                p -> assertThat(p).startsWith("test.txt:2: `source` before any `year` line"),
                p -> assertThat(p).startsWith("test.txt:3: bad year '24'"),
                p -> assertThat(p).startsWith("test.txt:5: year 2024 has no `source` line"),
                p -> assertThat(p).startsWith("test.txt:6: missing kind after 2024-10-01"),
                p -> assertThat(p).startsWith("test.txt:7: empty `source`"),
                p -> assertThat(p).startsWith("test.txt:10: second `source` line in this section (the first is at line 9)"));
    }

    @Test
    void aFileWithoutAnyYearIsReported() {
        assertThat(failure("# only comments\n").problems()).singleElement()
                .hasToString("test.txt:1: no `year` section; start the schedule with `year YYYY` and a `source` line");
    }

    @Test
    void aFileNotInUtf8IsReported() throws IOException {
        Path gbk = dir.resolve("gbk.txt");
        Files.write(gbk, "year 2024\nsource 国务院\n".getBytes("GBK"));
        CalendarFormatException e = catchThrowableOfType(CalendarFormatException.class,
                () -> WorkingDayCalendarLoader.load(gbk));
        assertThat(e.problems()).extracting(CalendarFormatException.Problem::reason)
                .anySatisfy(r -> assertThat(r).contains("not valid UTF-8"));
    }

    @Test
    void aMissingFileIsAnIoErrorNamingTheFile() {
        Path missing = dir.resolve("missing.txt");
        assertThatThrownBy(() -> WorkingDayCalendarLoader.load(missing))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(missing.toString());
    }

    @Test
    void loadingNoFileIsRefused() {
        assertThatThrownBy(WorkingDayCalendarLoader::load).isInstanceOf(ModelValidationException.class);
    }
}
