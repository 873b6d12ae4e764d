package org.wangge.kernel.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.wangge.kernel.cli.CliTestSupport.wangge;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wangge.kernel.cli.CliTestSupport.Run;

/**
 * The snapshot-file attacks of issue 17 through {@code wangge check}: each exits 2 with
 * file:line:column: field: message on stderr, no stack trace and no raw personal value, in bounded time.
 * (The reader's own tests, one per attack, are kernel-io's SnapshotAttacksTest.)
 */
class SnapshotAttacksCliTest {

    private static final String HEAD = "format: wangge-snapshot/1\njurisdiction: '510300'\nasOf: 2025-06-30\n";

    @TempDir
    static Path dir;

    private static Run check(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(content);
        }
        Run r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> wangge("check", file.toString()).assertNoStackTrace());
        assertThat(r.code()).as(name + ": " + r.err()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).as(name).containsPattern(Pattern.quote(file.toString()) + ":\\d+:\\d+: [^ :]+: ");
        return r;
    }

    private static Run check(String name, String text) throws IOException {
        return check(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void every_snapshot_attack_is_bad_input_with_its_position_and_field() throws IOException {
        assertThat(check("bomb.yaml", HEAD + "a: &a [lol, lol]\nb: &b [*a, *a]\nc: [*b, *b]\n").err()).contains("bomb.yaml:5:8: b[0]: YAML aliases");
        assertThat(check("tag.yaml", HEAD + "grids: !!javax.script.ScriptEngineManager [x]\n").err()).contains("grids: YAML tags");
        assertThat(check("deep.yaml", HEAD + "grids: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n").err())
                .contains("nested deeper than 64 levels");
        assertThat(check("exp.json", "{\"format\": \"wangge-snapshot/1\", \"jurisdiction\": \"510300\", \"asOf\": \"2025-06-30\","
                + " \"budgets\": [{\"id\": \"B-1\", \"governmentId\": \"G\", \"year\": 2025, \"gridFunding\": 1e999999999}]}").err())
                .contains("budgets[0].gridFunding: 1e999999999 is out of range");
        byte[] head = (HEAD + "organisations:\n  - {id: O, name: 区").getBytes(StandardCharsets.UTF_8);
        byte[] utf8 = new byte[head.length + 3];
        System.arraycopy(head, 0, utf8, 0, head.length);
        utf8[head.length] = (byte) 0xff;
        utf8[head.length + 1] = '}';
        utf8[head.length + 2] = '\n';
        assertThat(check("utf8.yaml", utf8).err()).contains("utf8.yaml:5:20: ").contains("not valid UTF-8");
        assertThat(check("old.yaml", HEAD.replace("2025-06-30", "0001-01-01")).err()).contains("asOf: 0001-01-01 is out of range");
        Run mobile = check("mobile.yaml", HEAD + "budgets:\n  - {id: B-1, governmentId: G, year: 13912345678, gridFunding: 1}\n");
        assertThat(mobile.err()).contains("budgets[0].year: 139****5678 is too large").doesNotContain("13912345678");
        StringBuilder huge = new StringBuilder(HEAD).append("organisations:\n  - {id: O, name: ");
        huge.append("x".repeat(3 << 20)).append("}\n");
        assertThat(check("huge.yaml", huge.toString()).err()).contains("organisations: a value").contains("longer than 1048576");
    }
}
