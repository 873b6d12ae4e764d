package org.wangge.kernel.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wangge.kernel.cli.CliTestSupport.wangge;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wangge.kernel.cli.CliTestSupport.Run;

/** An analyst starts from an exported copy of the built-in pack, which lints clean and refuses to be overwritten. */
class ExportRulesCommandTest {

    @TempDir
    Path dir;

    @Test
    void an_exported_pack_holds_every_file_and_lints_clean() {
        Path rules = dir.resolve("my-rules");
        Run r = wangge("export-rules", rules.toString()).assertNoStackTrace();
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(rules.resolve("parameters.toml")).exists();
        assertThat(rules.resolve("routing.drl.csv")).exists();
        assertThat(rules.resolve("art13-worker-conduct.drl")).exists();
        assertThat(wangge("lint", rules.toString()).code()).isZero();
    }

    @Test
    void exporting_over_an_existing_pack_is_refused_and_changes_nothing() throws Exception {
        Path rules = dir.resolve("my-rules");
        wangge("export-rules", rules.toString());
        Files.writeString(rules.resolve("parameters.toml"), "# my edits\n");
        Run again = wangge("export-rules", rules.toString()).assertNoStackTrace();
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("already exists");
        assertThat(Files.readString(rules.resolve("parameters.toml"))).isEqualTo("# my edits\n");
    }
}
