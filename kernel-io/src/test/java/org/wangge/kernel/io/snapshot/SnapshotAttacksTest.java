package org.wangge.kernel.io.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.api.io.TempDir;
import org.wangge.kernel.model.snapshot.CitySnapshot;
import org.wangge.kernel.model.testdata.CompliantCity;
import org.wangge.kernel.rules.RuleEngine;

/**
 * Snapshot files are input from outside: each attack an untrusted file can make on the reader is refused
 * with a {@link SnapshotFileException} naming file, line, column and field, in bounded time (and, by the
 * limits of {@link Limits}, bounded memory), and no personal value is echoed. One test per attack
 * (issue 17); {@code docs/security.md} "Snapshot files" lists them with their limits.
 */
// Isolated: the 200 MB test measures the heap this JVM grows by; other tests running beside it would be counted too.
@Isolated
class SnapshotAttacksTest {

    private static final Duration BOUND = Duration.ofSeconds(30);

    private static final String HEAD = "format: wangge-snapshot/1\njurisdiction: '510300'\nasOf: 2025-06-30\n";

    /** Set by {@link Canary}'s constructor: a tag naming it must never make the reader build one. */
    static final AtomicBoolean CANARY_BUILT = new AtomicBoolean();

    /** A class a YAML tag names; building it would prove the reader instantiates tagged types. */
    public static final class Canary {
        public Canary() {
            CANARY_BUILT.set(true);
        }

        public Canary(String ignored) {
            this();
        }
    }

    private static FileProblem refused(Supplier<CitySnapshot> read) {
        SnapshotFileException e = assertTimeoutPreemptively(BOUND,
                () -> catchThrowableOfType(SnapshotFileException.class, read::get));
        assertThat(e).as("the file must be refused").isNotNull();
        assertThat(e.problems()).isNotEmpty();
        return e.problems().get(0);
    }

    private static FileProblem refused(String text, String name) {
        return refused(() -> SnapshotFiles.read(new StringReader(text), name));
    }

    @Test
    void a_yaml_alias_bomb_is_refused_at_the_first_alias_without_expanding_anything() {
        StringBuilder bomb = new StringBuilder(HEAD).append("lol0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i <= 9; i++) {
            bomb.append("lol").append(i).append(": &l").append(i).append(" [");
            for (int k = 0; k < 9; k++) {
                bomb.append(k == 0 ? "" : ", ").append("*l").append(i - 1);
            }
            bomb.append("]\n");
        }
        FileProblem p = refused(bomb.toString(), "bomb.yaml");
        assertThat(p).hasToString("bomb.yaml:5:12: lol1[0]: YAML aliases (*name) are not allowed in a snapshot file: write the value out");
    }

    @Test
    void a_global_tag_is_refused_and_nothing_is_instantiated() {
        for (String tag : List.of("!!javax.script.ScriptEngineManager", "!!" + Canary.class.getName(),
                "!<tag:yaml.org,2002:" + Canary.class.getName() + ">")) {
            FileProblem p = refused(HEAD + "organisations:\n  - " + tag + " [x]\n", "tag.yaml");
            assertThat(p.file()).isEqualTo("tag.yaml");
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.column()).isEqualTo(5);
            assertThat(p.field()).isEqualTo("organisations[0]");
            assertThat(p.message()).startsWith("YAML tags (!!").contains("are not allowed in a snapshot file");
            FileProblem scalar = refused(HEAD + "jurisdiction2: " + tag + " '510300'\n", "tag.yaml");
            assertThat(scalar.field()).isEqualTo("jurisdiction2");
        }
        assertThat(CANARY_BUILT).as("no tagged type was built").isFalse();
    }

    @Test
    void ten_thousand_levels_of_flow_nesting_are_refused_at_the_limit() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        FileProblem yaml = refused(HEAD + "grids: " + deep + "\n", "deep.yaml");
        assertThat(yaml.file()).isEqualTo("deep.yaml");
        assertThat(yaml.line()).isEqualTo(4);
        assertThat(yaml.column()).as("at the bracket that opens level 65").isBetween(Limits.MAX_NESTING, Limits.MAX_NESTING + 10);
        assertThat(yaml.field()).startsWith("grids[0][0][0]");
        assertThat(yaml.message()).isEqualTo("nested deeper than 64 levels, the limit of a snapshot file (the format needs five)");
        FileProblem json = refused("{\"format\": \"wangge-snapshot/1\", \"grids\": " + deep + "}\n", "deep.json");
        assertThat(json.line()).isEqualTo(1);
        assertThat(json.field()).startsWith("grids[0][0]");
        assertThat(json.message()).startsWith("nested deeper than 64 levels");
    }

    /** A reader that makes {@code prefix}, then {@code count} times {@code 'x'}, then {@code suffix}: nothing is held. */
    private static Reader generated(String prefix, long count, String suffix) {
        return new Reader() {
            private long at;
            private final long total = prefix.length() + count + suffix.length();

            @Override
            public int read(char[] buffer, int offset, int length) {
                if (at >= total) {
                    return -1;
                }
                int n = 0;
                while (n < length && at < total) {
                    if (at < prefix.length()) {
                        buffer[offset + n] = prefix.charAt((int) at);
                    } else if (at < prefix.length() + count) {
                        buffer[offset + n] = 'x';
                    } else {
                        buffer[offset + n] = suffix.charAt((int) (at - prefix.length() - count));
                    }
                    n++;
                    at++;
                }
                return n;
            }

            @Override
            public void close() {
            }
        };
    }

    @Test
    void a_200_mb_scalar_is_refused_after_the_limit_without_being_read_whole(@TempDir Path dir) throws IOException {
        long size = 200L * 1024 * 1024;
        String yamlHead = HEAD + "organisations:\n  - {id: ORG-1, name: ";
        String jsonHead = "{\"format\": \"wangge-snapshot/1\",\n  \"organisations\": [\n    {\"id\": \"ORG-1\", \"name\": \"";
        for (String name : List.of("huge.yaml", "huge.json")) {
            boolean json = name.endsWith(".json");
            String head = json ? jsonHead : yamlHead;
            String tail = json ? "\"}]}\n" : "}\n";
            java.util.concurrent.atomic.AtomicLong taken = new java.util.concurrent.atomic.AtomicLong();
            Reader counted = new java.io.FilterReader(generated(head, size, tail)) {
                @Override
                public int read(char[] cbuf, int off, int len) throws IOException {
                    int n = super.read(cbuf, off, len);
                    if (n > 0) {
                        taken.addAndGet(n);
                    }
                    return n;
                }
            };
            FileProblem p = refused(() -> SnapshotFiles.read(counted, name));
            // the value is 200 M characters: the reader stops after about a megabyte of it (plus its buffers), never
            // taking it whole. Counted on the input rather than on the heap, which other work in the JVM also moves.
            assertThat(taken.get()).as("characters taken of a 200 MB value").isLessThan(16L * 1024 * 1024);
            assertThat(p.file()).isEqualTo(name);
            // JSON names the field; the YAML scanner has not yet given the element's first token when it stops
            assertThat(p.field()).isEqualTo(json ? "organisations[0].name" : "organisations");
            assertThat(p.message()).contains("longer than " + Limits.MAX_VALUE_CHARS + " characters");
            assertThat(p.line()).isEqualTo(json ? 3 : 5);

            Path file = dir.resolve(name);
            try (OutputStream out = Files.newOutputStream(file); Reader in = generated(head, size, tail)) {
                char[] buffer = new char[1 << 16];
                int n;
                while ((n = in.read(buffer, 0, buffer.length)) > 0) {
                    out.write(new String(buffer, 0, n).getBytes(StandardCharsets.UTF_8));
                }
            }
            FileProblem fromFile = refused(() -> SnapshotFiles.read(file));
            assertThat(fromFile.field()).isEqualTo(p.field());
            assertThat(fromFile.message()).contains("longer than " + Limits.MAX_VALUE_CHARS + " characters");
            Files.delete(file);
        }
    }

    @Test
    void a_huge_exponent_is_refused_as_out_of_range_at_once() {
        String budget = "organisations:\n  - {id: GOV, name: 市政府, kind: PEOPLES_GOVERNMENT, level: CITY, divisionCode: '510300'}\n"
                + "budgets:\n  - {id: B-1, governmentId: GOV, year: 2025, gridFunding: %s}\n";
        for (String number : List.of("1e999999999", "1E+999999999", "1e-999999999", "1e99999999999")) {
            FileProblem p = refused(HEAD + budget.formatted(number), "exp.yaml");
            assertThat(p).hasToString("exp.yaml:7:59: budgets[0].gridFunding: " + number
                    + " is out of range: a number in a snapshot has at most 18 digits before the decimal point and 8 after");
        }
        FileProblem whole = refused(HEAD + budget.formatted("10").replace("year: 2025", "year: 1e999999999"), "exp.yaml");
        assertThat(whole.message()).isEqualTo("1e999999999 is not a whole number");
        FileProblem json = refused("{\"format\": \"wangge-snapshot/1\", \"jurisdiction\": \"510300\", \"asOf\": \"2025-06-30\",\n"
                + "\"budgets\": [{\"id\": \"B-1\", \"governmentId\": \"GOV\", \"year\": 2025, \"gridFunding\": 1e999999999}]}", "exp.json");
        assertThat(json).hasToString("exp.json:2:79: budgets[0].gridFunding: 1e999999999 is out of range: a number in a snapshot"
                + " has at most 18 digits before the decimal point and 8 after");
        FileProblem longNumber = refused(HEAD + budget.formatted("1" + "0".repeat(200)), "long.yaml");
        assertThat(longNumber.message()).contains("out of range");
        // the boundary: 18 digits and 8 decimals are read
        CitySnapshot s = SnapshotFiles.read(new StringReader(HEAD + budget.formatted("123456789012345678.12345678")), "ok.yaml");
        assertThat(s.budgets().get(0).gridFunding()).isEqualByComparingTo("123456789012345678.12345678");
        assertThat(refused(HEAD + budget.formatted("1234567890123456789"), "big.yaml").message()).contains("out of range");
        assertThat(refused(HEAD + budget.formatted("0.123456789"), "fine.yaml").message()).contains("out of range");
    }

    @Test
    void invalid_utf8_is_an_error_at_its_line_and_column(@TempDir Path dir) throws IOException {
        byte[] bad = {(byte) 0xff};
        for (String name : List.of("bad.yaml", "bad.json")) {
            String before = name.endsWith(".json")
                    ? "{\"format\": \"wangge-snapshot/1\",\n\"jurisdiction\": \"5103"
                    : HEAD + "organisations:\n  - {id: ORG-1, name: 区中";
            String after = name.endsWith(".json") ? "00\"}\n" : "心}\n";
            Path file = dir.resolve(name);
            try (OutputStream out = Files.newOutputStream(file)) {
                out.write(before.getBytes(StandardCharsets.UTF_8));
                out.write(bad);
                out.write(after.getBytes(StandardCharsets.UTF_8));
            }
            FileProblem p = refused(() -> SnapshotFiles.read(file));
            String lastLine = before.substring(before.lastIndexOf('\n') + 1);
            assertThat(p.file()).isEqualTo(file.toString());
            assertThat(p.line()).isEqualTo((int) before.chars().filter(c -> c == '\n').count() + 1);
            assertThat(p.column()).isEqualTo(lastLine.length() + 1);
            assertThat(p.message()).startsWith("not valid UTF-8: the byte 0xff").doesNotContain("Input length");
        }
        // a long valid prefix first: the position is still exact past the decoder's buffer
        Path file = dir.resolve("long.yaml");
        String prefix = HEAD + "# " + "注".repeat(100_000) + "\n";
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(prefix.getBytes(StandardCharsets.UTF_8));
            out.write("x: ".getBytes(StandardCharsets.UTF_8));
            out.write(new byte[] {(byte) 0xe6, (byte) 0x28});
        }
        FileProblem p = refused(() -> SnapshotFiles.read(file));
        assertThat(p.line()).isEqualTo(5);
        assertThat(p.column()).isEqualTo(4);
    }

    @Test
    void dates_beyond_the_range_are_refused_and_the_range_ends_are_checked_without_crashing_a_rule() {
        String yaml = SnapshotFiles.toYaml(CompliantCity.snapshot());
        for (String date : List.of("+999999999-12-31", "-999999999-01-01", "0000-01-01", "1899-12-31", "2200-01-01")) {
            FileProblem p = refused(yaml.replace("asOf: 2025-06-30", "asOf: " + date), "dates.yaml");
            assertThat(p).hasToString("dates.yaml:3:7: asOf: " + date
                    + " is out of range: a date in a snapshot lies between 1900-01-01 and 2199-12-31");
        }
        FileProblem time = refused(yaml.replaceFirst("collected: '2025-06-02T09:00'", "collected: '+999999999-06-02T09:00'"),
                "dates.yaml");
        assertThat(time.field()).endsWith(".timeline.collected");
        assertThat(time.message()).contains("is out of range");
        RuleEngine engine = RuleEngine.zigong();
        for (String date : List.of("1900-01-01", "2199-12-31")) {
            CitySnapshot s = SnapshotFiles.read(new StringReader(yaml.replace("asOf: 2025-06-30", "asOf: " + date)), "ends.yaml");
            assertThat(s.asOf()).hasToString(date);
            assertThat(assertTimeoutPreemptively(BOUND, () -> engine.check(s, s.asOf()))).as(date).isNotNull();
        }
    }

    /** A valid synthetic resident ID number (GB 11643 check character). */
    private static String idNumber(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    @Test
    void an_id_number_or_mobile_in_a_numeric_enum_or_date_field_is_masked_in_the_error() {
        String id = idNumber("51030219900101123");
        String mobile = "13912345678";
        String grid = "organisations:\n  - {id: ORG-1, name: 区中心, kind: GRID_AGENCY, level: COUNTY, divisionCode: '510302'}\n"
                + "grids:\n  - {id: G-1, code: '510302001001001', name: 网格一, kind: %s, divisionCodes: ['510302001001'],"
                + " households: %s, residents: %s, dividedById: ORG-1, status: ACTIVE, validFrom: %s, legalBasis: x}\n";
        for (String raw : List.of(id, mobile, "+86 139 1234 5678")) {
            SnapshotFileException e = catchThrowableOfType(SnapshotFileException.class, () -> SnapshotFiles.read(
                    new StringReader(HEAD + grid.formatted("'" + raw + "'", "'" + raw + "'", "'" + raw + "'", "'" + raw + "'")),
                    "people.yaml"));
            assertThat(e).isNotNull();
            assertThat(e.problems()).extracting(FileProblem::field).contains("grids[0].kind", "grids[0].households",
                    "grids[0].residents", "grids[0].validFrom");
            assertThat(e.getMessage()).doesNotContain(raw).doesNotContain(raw.replace(" ", "").substring(3, 10));
            assertThat(e.problems()).allSatisfy(p -> assertThat(p.line()).isEqualTo(7));
        }
        SnapshotFileException e = catchThrowableOfType(SnapshotFileException.class, () -> SnapshotFiles.read(
                new StringReader(HEAD + grid.formatted("COMMUNITY", mobile, "1", "2024-02-01")), "people.yaml"));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("grids[0].households");
            assertThat(p.message()).isEqualTo("139****5678 is too large a whole number");
        });
        SnapshotFileException json = catchThrowableOfType(SnapshotFileException.class, () -> SnapshotFiles.read(new StringReader(
                "{\"format\": \"wangge-snapshot/1\", \"jurisdiction\": \"510300\", \"asOf\": \"2025-06-30\", \"budgets\": "
                        + "[{\"id\": \"B-1\", \"governmentId\": \"G\", \"year\": \"" + id + "\", \"gridFunding\": 1}]}"), "b.json"));
        assertThat(json.getMessage()).doesNotContain(id).contains("budgets[0].year");
    }
}
