package org.wangge.kernel.model.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.wangge.kernel.model.ModelValidationException;

/**
 * Loads {@link WorkingDayCalendar}s from plain-text schedule files, and provides the built-in PRC
 * calendar ({@link #prc()}).
 *
 * <h2>File format</h2>
 * UTF-8 text, one statement a line; {@code #} starts a comment that runs to the end of the line;
 * blank lines are ignored. A file holds one or more <em>year sections</em>:
 * <pre>
 * year 2024
 * source 国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号，2023年10月25日）
 * 2024-10-01..2024-10-07 holiday 国庆节
 * 2024-09-29 workday 国庆节调休
 * </pre>
 * <ul>
 *   <li>{@code year YYYY} starts a section; every date line after it, up to the next {@code year}
 *       line, must be in that year. A year may be declared only once across all files loaded
 *       together.</li>
 *   <li>{@code source TEXT} cites the State Council notice the section was copied from; exactly one
 *       per section.</li>
 *   <li>{@code DATE KIND [LABEL]} or {@code START..END KIND [LABEL]} (both ends included), with dates
 *       as {@code YYYY-MM-DD} and {@code KIND} one of {@code holiday} (statutory holiday day, 放假,
 *       weekend days of the holiday period included) or {@code workday} (make-up working day, 调休上班,
 *       always a Saturday or Sunday). The optional label names the festival.</li>
 *   <li>Every other day follows the plain week: Monday-Friday working, Saturday and Sunday not.</li>
 * </ul>
 * Loading reports every mistake in every file at once, as a {@link CalendarFormatException}; nothing
 * is loaded if there is any. The full description, with the yearly update procedure, is in
 * {@code docs/working-day-calendar.md}.
 */
public final class WorkingDayCalendarLoader {

    /** The classpath index of the built-in PRC schedule files, relative to this package. */
    static final String PRC_INDEX = "prc-calendar.index";

    private static final String RESOURCE_PREFIX = "classpath:org/wangge/kernel/model/calendar/";
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private WorkingDayCalendarLoader() {
    }

    /**
     * Loads and combines schedule files, read as UTF-8. Their year sections must not overlap.
     *
     * @param files one or more files
     * @return the calendar covering every year declared in the files, without weekday fallback
     * @throws CalendarFormatException  listing every problem in all the files
     * @throws ModelValidationException if no file is given or a file is null
     * @throws UncheckedIOException     if a file cannot be read
     */
    public static WorkingDayCalendar load(Path... files) {
        if (files == null || files.length == 0) {
            throw new ModelValidationException("WorkingDayCalendarLoader.files", "none",
                    "give at least one calendar file");
        }
        Parser parser = new Parser();
        for (Path file : files) {
            if (file == null) {
                throw new ModelValidationException("WorkingDayCalendarLoader.files", "null",
                        "must not contain null elements");
            }
            try (InputStream in = Files.newInputStream(file)) {
                parser.parse(in, file.toString());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read working-day calendar file " + file + ": " + e, e);
            }
        }
        return parser.finish();
    }

    /**
     * Loads one schedule text.
     *
     * @param reader     the text; read to the end, not closed
     * @param sourceName the name to show in problem reports, e.g. a file name
     * @return the calendar covering every year declared in the text, without weekday fallback
     * @throws CalendarFormatException listing every problem in the text
     * @throws UncheckedIOException    if the reader fails
     */
    public static WorkingDayCalendar load(Reader reader, String sourceName) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(sourceName, "sourceName");
        Parser parser = new Parser();
        try {
            parser.parse(new BufferedReader(reader), sourceName);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read working-day calendar " + sourceName + ": " + e, e);
        }
        return parser.finish();
    }

    /**
     * The built-in PRC working-day calendar, from the schedule files shipped in this library (one
     * per year, listed in {@code prc-calendar.index} next to this class). Loaded once and cached.
     * Strict: a date in a year not shipped throws {@link CalendarNotCoveredException}.
     *
     * @return the built-in calendar, without weekday fallback
     * @throws IllegalStateException if the shipped data is missing or broken (a packaging error)
     */
    public static WorkingDayCalendar prc() {
        return Prc.CALENDAR;
    }

    /** Lazy, thread-safe holder of the built-in calendar. */
    private static final class Prc {
        static final WorkingDayCalendar CALENDAR = loadPrc();
    }

    private static WorkingDayCalendar loadPrc() {
        try {
            Parser parser = new Parser();
            for (String name : prcFileNames()) {
                try (InputStream in = resource(name)) {
                    parser.parse(in, RESOURCE_PREFIX + name);
                }
            }
            return parser.finish();
        } catch (IOException | CalendarFormatException e) {
            throw new IllegalStateException("The built-in PRC working-day calendar cannot be loaded: " + e.getMessage(), e);
        }
    }

    /**
     * The names of the built-in schedule files, as listed in the index.
     *
     * @return the file names, relative to this package, in index order
     * @throws IOException if the index cannot be read
     */
    static List<String> prcFileNames() throws IOException {
        List<String> names = new ArrayList<>();
        try (BufferedReader index = new BufferedReader(
                new InputStreamReader(resource(PRC_INDEX), StandardCharsets.UTF_8))) {
            for (String line = index.readLine(); line != null; line = index.readLine()) {
                String name = stripComment(line).strip();
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = WorkingDayCalendarLoader.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("missing classpath resource " + RESOURCE_PREFIX + name);
        }
        return in;
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return hash < 0 ? line : line.substring(0, hash);
    }

    /** Whether a day is a working day in the plain week. */
    private static boolean isMondayToFriday(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The two kinds of listed day, with their keyword in the files. */
    private enum Kind {
        HOLIDAY("holiday"), WORKDAY("workday");

        private final String keyword;

        Kind(String keyword) {
            this.keyword = keyword;
        }

        static Kind of(String keyword) {
            for (Kind kind : values()) {
                if (kind.keyword.equals(keyword)) {
                    return kind;
                }
            }
            return null;
        }
    }

    /** A listed day, with where it was listed. */
    private record Entry(Kind kind, String label, int line) {
    }

    /** One year section as read, even a faulty one, so that its other lines can still be checked. */
    private static final class Section {
        final String sourceName;
        final int line;
        /** The declared year, or -1 when the {@code year} line itself is faulty. */
        final int year;
        /** Whether the section counts: a well-formed year declared for the first time. */
        final boolean counted;
        String source;
        int sourceLine;
        final Map<LocalDate, Entry> entries = new TreeMap<>();

        Section(String sourceName, int line, int year, boolean counted) {
            this.sourceName = sourceName;
            this.line = line;
            this.year = year;
            this.counted = counted;
        }
    }

    /** Reads any number of texts, collecting sections and every problem, then builds or throws. */
    private static final class Parser {

        private final List<Section> sections = new ArrayList<>();
        private final Map<Integer, Section> firstDeclaration = new HashMap<>();
        private final List<CalendarFormatException.Problem> problems = new ArrayList<>();
        private final Map<String, Integer> sourceOrder = new HashMap<>();

        void parse(InputStream in, String sourceName) throws IOException {
            // Strict UTF-8: a file saved in GBK is reported, not read as mojibake.
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT));
            parse(new BufferedReader(reader), sourceName);
        }

        void parse(BufferedReader reader, String sourceName) throws IOException {
            sourceOrder.putIfAbsent(sourceName, sourceOrder.size());
            Section current = null;
            boolean anySection = false;
            int lineNumber = 0;
            while (true) {
                String raw;
                try {
                    raw = reader.readLine();
                } catch (CharacterCodingException e) {
                    problem(sourceName, lineNumber + 1,
                            "the file is not valid UTF-8 (at this line or a later one); save it as UTF-8");
                    break;
                }
                if (raw == null) {
                    break;
                }
                lineNumber++;
                if (lineNumber == 1 && raw.startsWith("\uFEFF")) {
                    raw = raw.substring(1);
                }
                String line = stripComment(raw).strip();
                if (line.isEmpty()) {
                    continue;
                }
                String[] headAndRest = WHITESPACE.split(line, 2);
                String head = headAndRest[0];
                String rest = headAndRest.length > 1 ? headAndRest[1].strip() : "";
                if (head.equals("year")) {
                    current = yearLine(sourceName, lineNumber, rest);
                    anySection = true;
                } else if (head.equals("source")) {
                    sourceLine(current, sourceName, lineNumber, rest);
                } else if (!head.isEmpty() && Character.isDigit(head.charAt(0))) {
                    dateLine(current, sourceName, lineNumber, head, rest);
                } else {
                    problem(sourceName, lineNumber, "unknown statement '" + head + "'; a line is `year YYYY`, "
                            + "`source TEXT`, or `YYYY-MM-DD[..YYYY-MM-DD] holiday|workday [LABEL]` "
                            + "(use # for comments)");
                }
            }
            if (!anySection) {
                problem(sourceName, Math.max(lineNumber, 1),
                        "no `year` section; start the schedule with `year YYYY` and a `source` line");
            }
        }

        private Section yearLine(String sourceName, int lineNumber, String rest) {
            if (!YEAR.matcher(rest).matches()) {
                problem(sourceName, lineNumber, "bad year '" + rest + "'; write the year as four digits, "
                        + "e.g. `year 2027`");
                return add(new Section(sourceName, lineNumber, -1, false));
            }
            int year = Integer.parseInt(rest);
            Section first = firstDeclaration.get(year);
            if (first != null) {
                problem(sourceName, lineNumber, "duplicate year " + year + ": already declared at "
                        + first.sourceName + ":" + first.line + "; each year's schedule must appear exactly once "
                        + "- remove or merge one of the two sections");
                return add(new Section(sourceName, lineNumber, year, false));
            }
            Section section = add(new Section(sourceName, lineNumber, year, true));
            firstDeclaration.put(year, section);
            return section;
        }

        private Section add(Section section) {
            sections.add(section);
            return section;
        }

        private void sourceLine(Section current, String sourceName, int lineNumber, String rest) {
            if (current == null) {
                problem(sourceName, lineNumber, "`source` before any `year` line; put it after `year YYYY`");
            } else if (rest.isEmpty()) {
                problem(sourceName, lineNumber, "empty `source`; cite the State Council notice, e.g. "
                        + "`source 国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号）`");
            } else if (current.source != null) {
                problem(sourceName, lineNumber, "second `source` line in this section (the first is at line "
                        + current.sourceLine + "); keep exactly one per year");
            } else {
                current.source = rest;
                current.sourceLine = lineNumber;
            }
        }

        private void dateLine(Section current, String sourceName, int lineNumber, String dates, String rest) {
            int problemsBefore = problems.size();
            LocalDate start;
            LocalDate end;
            int dots = dates.indexOf("..");
            if (dots < 0) {
                start = date(dates, sourceName, lineNumber);
                end = start;
            } else {
                start = date(dates.substring(0, dots), sourceName, lineNumber);
                end = date(dates.substring(dots + 2), sourceName, lineNumber);
                if (start != null && end != null && end.isBefore(start)) {
                    problem(sourceName, lineNumber, "range " + dates + " ends before it starts; write "
                            + "START..END with START on or before END, e.g. " + end + ".." + start);
                }
            }
            String[] kindAndLabel = rest.isEmpty() ? new String[0] : WHITESPACE.split(rest, 2);
            Kind kind = null;
            if (kindAndLabel.length == 0) {
                problem(sourceName, lineNumber, "missing kind after " + dates
                        + "; write `holiday` (statutory holiday, 放假) or `workday` (make-up working day, 调休上班)");
            } else {
                kind = Kind.of(kindAndLabel[0]);
                if (kind == null) {
                    problem(sourceName, lineNumber, "unknown kind '" + kindAndLabel[0] + "'; use `holiday` "
                            + "(statutory holiday, 放假) or `workday` (make-up working day, 调休上班)");
                }
            }
            if (problems.size() > problemsBefore) {
                return;
            }
            String label = kindAndLabel.length > 1 ? kindAndLabel[1].strip() : "";
            if (current == null) {
                problem(sourceName, lineNumber, "date line before any `year` line; start the section with `year "
                        + start.getYear() + "` and a `source` line");
                return;
            }
            if (current.year < 0) {
                return; // the faulty year line is already reported; its dates cannot be placed
            }
            for (LocalDate outside : start.getYear() == end.getYear() ? List.of(start) : List.of(start, end)) {
                if (outside.getYear() != current.year) {
                    problem(sourceName, lineNumber, outside + " is outside the declared year " + current.year
                            + " (section at line " + current.line + "); move it to a `year " + outside.getYear()
                            + "` section - each section lists only its own year's dates");
                }
            }
            if (problems.size() > problemsBefore) {
                return;
            }
            Map<String, List<LocalDate>> clashes = new LinkedHashMap<>();
            for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
                Entry existing = current.entries.get(day);
                if (existing != null) {
                    String reason = existing.kind() == kind
                            ? "already listed as " + kind.keyword + " on line " + existing.line()
                            + "; remove the duplicate"
                            : "listed as " + kind.keyword + " here but as " + existing.kind().keyword + " on line "
                            + existing.line() + "; a day is either a holiday or a make-up working day, never both "
                            + "- check the notice and remove the wrong one";
                    clashes.computeIfAbsent(reason, r -> new ArrayList<>()).add(day);
                } else if (kind == Kind.WORKDAY && isMondayToFriday(day)) {
                    clashes.computeIfAbsent("a " + day.getDayOfWeek() + ", which is a working day anyway; "
                            + "`workday` declares a make-up working day (调休上班) on a Saturday or Sunday "
                            + "- check the date against the notice", r -> new ArrayList<>()).add(day);
                } else {
                    current.entries.put(day, new Entry(kind, label, lineNumber));
                }
            }
            clashes.forEach((reason, days) -> problem(sourceName, lineNumber, describe(days) + " is " + reason));
        }

        private LocalDate date(String text, String sourceName, int lineNumber) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                problem(sourceName, lineNumber, "bad date '" + text + "'; write a real calendar date as "
                        + "YYYY-MM-DD, e.g. 2024-10-01, and a range as 2024-10-01..2024-10-07");
                return null;
            }
        }

        private static String describe(List<LocalDate> days) {
            if (days.size() == 1) {
                return days.get(0).toString();
            }
            return days.get(0) + ".." + days.get(days.size() - 1) + " (" + days.size() + " days)";
        }

        private void problem(String sourceName, int line, String reason) {
            problems.add(new CalendarFormatException.Problem(sourceName, line, reason));
        }

        WorkingDayCalendar finish() {
            for (Section section : sections) {
                if (section.counted && section.source == null) {
                    problem(section.sourceName, section.line, "year " + section.year + " has no `source` line; "
                            + "add one citing the State Council notice, e.g. `source 国务院办公厅关于"
                            + section.year + "年部分节假日安排的通知（国办发明电〔…〕…号）`");
                }
            }
            if (!problems.isEmpty()) {
                List<CalendarFormatException.Problem> sorted = new ArrayList<>(problems);
                sorted.sort(Comparator.comparing((CalendarFormatException.Problem p) -> sourceOrder.get(p.source()))
                        .thenComparingInt(CalendarFormatException.Problem::line));
                throw new CalendarFormatException(sorted);
            }
            WorkingDayCalendar.Builder builder = WorkingDayCalendar.builder();
            for (Section section : sections) {
                if (!section.counted) {
                    continue; // unreachable today: an uncounted section always comes with a problem
                }
                builder.year(section.year, section.source);
                section.entries.forEach((day, entry) -> {
                    if (entry.kind() == Kind.HOLIDAY) {
                        builder.holiday(day, entry.label());
                    } else {
                        builder.makeUpWorkday(day, entry.label());
                    }
                });
            }
            return builder.build();
        }
    }
}
