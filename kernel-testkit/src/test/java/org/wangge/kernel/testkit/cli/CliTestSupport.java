package org.wangge.kernel.testkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.wangge.kernel.model.snapshot.CitySnapshot;
import org.wangge.kernel.rules.RuleEngine;
import org.wangge.kernel.testkit.snapshot.SnapshotFiles;

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

    /** Copies the built-in rule pack out of the classpath (a jar or a directory) into a directory. */
    static Path copyBuiltInRules(Path target) throws IOException {
        URI location;
        try {
            location = RuleEngine.class.getProtectionDomain().getCodeSource().getLocation().toURI();
        } catch (java.net.URISyntaxException e) {
            throw new IOException(e);
        }
        Path base = Path.of(location);
        if (Files.isDirectory(base)) {
            copyTree(base.resolve(RuleEngine.ZIGONG_PACK), target);
        } else {
            try (FileSystem jar = FileSystems.newFileSystem(URI.create("jar:" + base.toUri()), Map.of())) {
                copyTree(jar.getPath(RuleEngine.ZIGONG_PACK), target);
            }
        }
        return target;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        List<Path> files;
        try (Stream<Path> s = Files.list(from)) {
            files = s.filter(Files::isRegularFile).toList();
        }
        for (Path f : files) {
            Files.write(to.resolve(f.getFileName().toString()), Files.readAllBytes(f));
        }
    }
}
