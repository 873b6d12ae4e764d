package org.wangge.kernel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.wangge.kernel.model.snapshot.CitySnapshot;
import org.wangge.kernel.rules.RuleEngine;
import org.wangge.kernel.io.snapshot.SnapshotFiles;

/** Runs the command line in-process and prepares files for it. */
final class CliTestSupport {

    private CliTestSupport() {
    }

    /** The outcome of one run. */
    record Run(int code, String out, String err) {
        Run assertNoStackTrace() {
            assertThat(err).doesNotContain("at org.").doesNotContain("at java.").doesNotContain("Exception");
            return this;
        }
    }

    static Run wangge(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = WanggeCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Path write(CitySnapshot snapshot, Path file) {
        SnapshotFiles.write(snapshot, file);
        return file;
    }

    /** Copies the built-in rule pack into a directory, as `wangge export-rules` does. */
    static Path copyBuiltInRules(Path target) throws IOException {
        RuleEngine.exportBuiltInPack(target);
        return target;
    }
}
