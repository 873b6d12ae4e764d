package org.wangge.kernel.io.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wangge.kernel.model.snapshot.CitySnapshot;
import org.wangge.kernel.model.testdata.CompliantCity;

/**
 * A JSON file is read first from its bytes, through Jackson's UTF-8 parser ({@link Utf8Bytes}); a file with any
 * problem is read again as characters ({@link FileInput}), which reports every problem at its line and column in
 * characters. Here: the byte check accepts exactly what the JDK's strict decoder accepts; a good file read from
 * its bytes is the snapshot read from its characters; a broken file gives from a path the very problems it gives
 * from a reader, also where the bytes and the characters of a line differ in number.
 */
class JsonBytesReadTest {

    /** Whether the JDK's strict UTF-8 decoder (the one {@link FileInput} uses) accepts {@code bytes}. */
    private static boolean jdkAccepts(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Whether {@link Utf8Bytes} lets {@code bytes} through whole, read in pieces of at most {@code piece} bytes. */
    private static boolean bytesAccept(byte[] bytes, int piece) {
        return bytesAccept(bytes, piece, true);
    }

    /** The same, with {@code token()} called before each read or only once, at the start. */
    private static boolean bytesAccept(byte[] bytes, int piece, boolean tokenEachRead) {
        try (Utf8Bytes in = new Utf8Bytes(new ByteArrayInputStream(bytes))) {
            byte[] buffer = new byte[piece];
            in.token();
            while (true) {
                if (tokenEachRead) {
                    in.token();
                }
                if (in.read(buffer, 0, piece) < 0) {
                    return true;
                }
            }
        } catch (FileInput.InputProblem e) {
            return false;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    @Test
    void the_byte_check_accepts_exactly_what_the_strict_decoder_accepts_at_the_edges_of_each_form() {
        List<byte[]> cases = List.of(
                bytes('{', 0x41), bytes('{', 0xC2, 0x80), bytes('{', 0xDF, 0xBF), bytes('{', 0xC0, 0xAF), bytes('{', 0xC1, 0xBF),
                bytes('{', 0xE0, 0xA0, 0x80), bytes('{', 0xE0, 0x9F, 0xBF), bytes('{', 0xED, 0x9F, 0xBF), bytes('{', 0xED, 0xA0, 0x80),
                bytes('{', 0xEF, 0xBF, 0xBF), bytes('{', 0xF0, 0x90, 0x80, 0x80), bytes('{', 0xF0, 0x8F, 0xBF, 0xBF),
                bytes('{', 0xF4, 0x8F, 0xBF, 0xBF), bytes('{', 0xF4, 0x90, 0x80, 0x80), bytes('{', 0xF5, 0x80, 0x80, 0x80),
                bytes('{', 0xFF), bytes('{', 0x80), bytes('{', 0xE6, 0x28), bytes('{', 0xE6, 0xB3), bytes('{', 0xF0, 0x9F, 0x98),
                bytes(0xEF, 0xBB, 0xBF, '{', '}'), bytes('{', 0xE6, 0xB3, 0xA8, '}'),
                // three-byte forms with the full continuation range (checked two bytes at once when whole in a read)
                bytes('{', 0xE1, 0x80, 0x80, '}'), bytes('{', 0xEC, 0xBF, 0xBF, '}'), bytes('{', 0xEE, 0x80, 0xBF, '}'),
                bytes('{', 0xE1, 0x7F, 0x80, '}'), bytes('{', 0xE1, 0x80, 0xC0, '}'), bytes('{', 0xEF, 0xC0, 0x80, '}'),
                bytes('{', 0xE8, 0x80, '}', '}'), bytes('{', 0xE8, 0x80));
        for (byte[] b : cases) {
            for (int piece = 1; piece <= 5; piece++) {
                assertThat(bytesAccept(b, piece)).as(java.util.HexFormat.ofDelimiter(" ").formatHex(b) + " in pieces of " + piece)
                        .isEqualTo(jdkAccepts(b));
            }
        }
    }

    @Test
    void the_byte_check_agrees_with_the_strict_decoder_on_random_text_and_random_bytes() {
        Random random = new Random(20251202);
        String alphabet = "{\"a\": 网格员 é ß 𝄞 😀 \n}";
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder("{");
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                text.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0, random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
            }
            byte[] b = text.toString().getBytes(StandardCharsets.UTF_8);
            int flips = random.nextInt(3); // valid text, or one or two bytes replaced by any byte
            for (int f = 0; f < flips && b.length > 1; f++) {
                b[1 + random.nextInt(b.length - 1)] = (byte) random.nextInt(256);
            }
            if (random.nextInt(10) == 0) {
                b = java.util.Arrays.copyOf(b, Math.max(1, b.length - 1 - random.nextInt(3))); // cut, maybe inside a character
            }
            int piece = 1 + random.nextInt(9);
            boolean nulAtStart = false; // refused besides (where Jackson would guess UTF-16 or UTF-32)
            for (int i = 0; i < Math.min(4, b.length); i++) {
                nulAtStart |= b[i] == 0;
            }
            assertThat(bytesAccept(b, piece)).as(java.util.HexFormat.ofDelimiter(" ").formatHex(b) + " in pieces of " + piece)
                    .isEqualTo(jdkAccepts(b) && !nulAtStart);
        }
    }

    @Test
    void a_nul_byte_among_the_first_four_and_a_long_blank_run_are_refused_by_the_byte_check() {
        assertThat(bytesAccept(bytes('{', 0, '"', 0), 64)).as("UTF-16 without a byte-order mark").isFalse();
        assertThat(bytesAccept(bytes(0xFE, 0xFF, 0, '{'), 64)).as("a UTF-16 byte-order mark").isFalse();
        byte[] blanks = new byte[Limits.MAX_VALUE_CHARS + 2];
        java.util.Arrays.fill(blanks, (byte) ' ');
        blanks[0] = '{';
        blanks[blanks.length - 1] = '}';
        assertThat(bytesAccept(blanks, 1 << 16, false)).as("a blank run of more than the value limit between two tokens").isFalse();
        assertThat(bytesAccept(blanks, 1 << 16, true)).as("the same bytes, a token every 64 KB").isTrue();
        assertThat(bytesAccept(java.util.Arrays.copyOf(blanks, Limits.MAX_VALUE_CHARS / 2), 1 << 16, false)).isTrue();
    }

    @Test
    void a_good_json_file_read_from_its_bytes_is_the_snapshot_read_from_its_characters(@TempDir Path dir) throws IOException {
        for (CitySnapshot city : List.of(RichCity.snapshot(), CompliantCity.snapshot())) {
            String json = SnapshotFiles.toJson(city);
            Path file = dir.resolve("city.json");
            Files.writeString(file, json);
            CitySnapshot fromBytes;
            try (Utf8Bytes in = new Utf8Bytes(Files.newInputStream(file))) {
                fromBytes = SnapshotReader.stream(in, file.toString(), () -> {
                    throw new AssertionError("a good file is not read twice");
                });
            }
            assertThat(fromBytes).isEqualTo(city).isEqualTo(SnapshotFiles.read(new StringReader(json), "city.json"));
            assertThat(SnapshotFiles.read(file)).isEqualTo(city);
        }
    }

    @Test
    void a_broken_json_file_gives_from_its_path_the_problems_it_gives_from_a_reader_in_characters(@TempDir Path dir)
            throws IOException {
        // one line for the whole file, with Chinese names before the faults: columns in bytes would be about three times too far
        String json = SnapshotFiles.toJson(CompliantCity.snapshot()).replace("\n", " ");
        List<String> broken = new ArrayList<>();
        broken.add(json.replaceFirst("\"households\": (\\d+)", "\"households\": \"很多\", \"colour\": \"红\""));
        broken.add(json.replaceFirst("\"households\": (\\d+)", "\"households\": $1,,"));
        broken.add(json.replaceFirst("\"collected\": \"2025-06-02T09:00\"", "\"collected\": \"2025-06-31T09:00\""));
        broken.add(json.replaceFirst("\"asOf\": \"2025-06-30\"", "\"asOf\": \"明天\""));
        String firstGridId = json.replaceFirst("(?s).*?\"grids\": \\[ *\\{ *\"id\": \"([^\"]+)\".*", "$1");
        broken.add(json.replace("\"gridId\": \"" + firstGridId + "\"", "\"gridId\": \"无此网格\"")); // dangling references
        for (String text : broken) {
            assertThat(text).isNotEqualTo(json);
            Path file = dir.resolve("broken.json");
            Files.writeString(file, text);
            SnapshotFileException fromReader = catchThrowableOfType(SnapshotFileException.class,
                    () -> SnapshotFiles.read(new StringReader(text), file.toString()));
            SnapshotFileException fromPath = catchThrowableOfType(SnapshotFileException.class, () -> SnapshotFiles.read(file));
            assertThat(fromReader).as(text).isNotNull();
            assertThat(fromPath).as(text).isNotNull();
            assertThat(fromPath.problems()).isEqualTo(fromReader.problems());
            assertThat(fromPath.problems()).allSatisfy(p -> assertThat(p.column()).isLessThanOrEqualTo(text.length() + 1));
        }
    }

    @Test
    void invalid_utf8_in_a_json_file_is_refused_with_the_character_position_for_each_form_of_invalid_bytes(@TempDir Path dir)
            throws IOException {
        String before = "{\"format\": \"wangge-snapshot/1\", \"jurisdiction\": \"网格";
        for (byte[] bad : List.of(bytes(0xC0, 0xAF), bytes(0xED, 0xA0, 0x80), bytes(0xF4, 0x90, 0x80, 0x80), bytes(0xE6, 0xB3))) {
            Path file = dir.resolve("bad.json");
            try (var out = Files.newOutputStream(file)) {
                out.write(before.getBytes(StandardCharsets.UTF_8));
                out.write(bad);
                out.write("\"}".getBytes(StandardCharsets.UTF_8));
            }
            try (InputStream in = new Utf8Bytes(Files.newInputStream(file))) {
                assertThat(catchThrowableOfType(FileInput.InputProblem.class, () -> in.readAllBytes())).isNotNull();
            }
            SnapshotFileException e = catchThrowableOfType(SnapshotFileException.class, () -> SnapshotFiles.read(file));
            assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p.line()).isEqualTo(1);
                assertThat(p.column()).isEqualTo(before.length() + 1);
                assertThat(p.message()).startsWith("not valid UTF-8: the byte 0x");
            });
        }
    }
}
