package org.wangge.kernel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built command as a user runs it: {@code target/wangge.jar} copied alone into a folder (no
 * {@code lib/} beside it) and {@code target/wangge/bin/wangge}, each run in a child JVM whose working
 * directory is an empty temporary folder. Runs after {@code package} (failsafe), on the artifacts Maven
 * built; check, explain, lint, export-rules and test each reach Drools, so a service file lost in shading fails here.
 */
class DistributionIT {

    @TempDir
    static Path tmp;

    static Path jar;
    static Path work;
    static Path cache;

    @BeforeAll
    static void copyTheJarAlone() throws IOException {
        Path built = Path.of(System.getProperty("wangge.dist.jar", "target/wangge.jar"));
        assertThat(built).as("run after package: mvn verify builds target/wangge.jar").isRegularFile();
        Path app = Files.createDirectories(tmp.resolve("app"));
        jar = Files.copy(built, app.resolve("wangge.jar"));
        work = Files.createDirectories(tmp.resolve("work"));
        cache = tmp.resolve("cache");
        Path samples = Path.of(System.getProperty("wangge.dist.samples", "../examples"));
        Files.copy(samples.resolve("snapshots/compliant-city.yaml"), work.resolve("city.yaml"));
        Files.createDirectories(work.resolve("scenarios"));
        Files.writeString(work.resolve("scenarios/art08.scenarios.yaml"), String.join("\n",
                "snapshot: ../city.yaml",
                "scenarios:",
                "  - name: a community grid of 260 households and 700 residents is too small",
                "    given:",
                "      patch: { grids: { G-COMM-1: { households: 260, residents: 700 } } }",
                "    expect:",
                "      findings: [ { constraint: ZG-08-01, subject: G-COMM-1, severity: WARNING } ]",
                ""), StandardCharsets.UTF_8);
    }

    record Result(int code, String out, String err) {
    }

    static Result run(List<String> command) throws IOException, InterruptedException {
        return run(command, cache);
    }

    static Result run(List<String> command, Path cacheDirectory) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(work.toFile());
        pb.environment().put("WANGGE_CACHE_DIR", cacheDirectory.toString());
        pb.environment().remove("CLASSPATH");
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("wangge did not finish within 5 minutes: " + command);
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    static Result wangge(String... args) throws IOException, InterruptedException {
        return run(javaJar(args));
    }

    static List<String> javaJar(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString()));
        command.addAll(List.of(args));
        return command;
    }

    @Test
    void versionNamesToolPackAndJava() throws Exception {
        Result r = wangge("--version");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("wangge 0.1.0").contains("built-in rule pack zigong").contains("Java ");
    }

    @Test
    void theLibraryJarNamesItsModule() throws IOException {
        Path built = Path.of(System.getProperty("wangge.dist.jar", "target/wangge.jar")).resolveSibling(
                "kernel-cli-" + System.getProperty("wangge.version", "0.1.0-SNAPSHOT") + ".jar");
        try (java.util.jar.JarFile library = new java.util.jar.JarFile(built.toFile())) {
            assertThat(library.getManifest().getMainAttributes().getValue("Automatic-Module-Name")).isEqualTo("org.wangge.kernel.cli");
        }
    }

    @Test
    void checksASnapshotFile() throws Exception {
        Result r = wangge("check", "city.yaml", "--format", "json", "--output", "report.json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(work.resolve("report.json")).content(StandardCharsets.UTF_8).contains("\"findings\"");
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("SLF4J");
    }

    @Test
    void aMissingFileIsBadInputWithoutAStackTrace() throws Exception {
        Result r = wangge("check", "no-such-city.yaml");
        assertThat(r.code()).isEqualTo(WanggeCommand.EXIT_BAD_INPUT);
        assertThat(r.err()).contains("no-such-city.yaml").doesNotContain("\tat ");
    }

    @Test
    void explainsTwiceTheSecondTimeFromTheCompiledPackCache() throws Exception {
        Path own = tmp.resolve("explain-cache");
        Result first = run(javaJar("explain", "ZG-13-02"), own);
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("ZG-13-02").contains("第十三条").contains("== Rules");
        try (Stream<Path> entries = Files.list(own)) {
            assertThat(entries.filter(p -> p.toString().endsWith(".kbase"))).hasSize(1);
        }
        Result second = run(javaJar("explain", "ZG-13-02"), own);
        assertThat(second.code()).as(second.err()).isZero();
        assertThat(second.out()).isEqualTo(first.out());
    }

    @Test
    void exportsLintsAndRefusesABrokenCopy() throws Exception {
        Result export = wangge("export-rules", "my-rules");
        assertThat(export.code()).as(export.err()).isZero();
        Result clean = wangge("lint", "my-rules");
        assertThat(clean.code()).as(clean.out() + clean.err()).isZero();

        Path rule = work.resolve("my-rules/art08-grid-size-and-kinds.drl");
        Files.writeString(rule, Files.readString(rule, StandardCharsets.UTF_8)
                + "\nrule \"unfinished\" when String( then end\n", StandardCharsets.UTF_8);
        Result broken = wangge("lint", "my-rules");
        assertThat(broken.code()).isEqualTo(WanggeCommand.EXIT_FINDINGS);
        assertThat(broken.out() + broken.err()).containsPattern("art08-grid-size-and-kinds\\.drl:\\d+:\\d+");
    }

    @Test
    void runsScenarioFiles() throws Exception {
        Result r = wangge("test", "scenarios");
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("1 passed");
    }

    @Test
    void theBinScriptRunsFromAnyFolderAlsoThroughALink() throws Exception {
        Path home = Path.of(System.getProperty("wangge.dist.home", "target/wangge"));
        Path script = home.resolve("bin/wangge");
        assertThat(script).isRegularFile();
        assertThat(Files.getPosixFilePermissions(script)).contains(PosixFilePermission.OWNER_EXECUTE);
        assertThat(home.resolve("lib/wangge.jar")).isRegularFile();
        Path link = Files.createSymbolicLink(Files.createDirectories(tmp.resolve("path")).resolve("wangge"), script.toAbsolutePath());
        Result r = run(List.of(link.toString(), "explain", "ZG-08-01"));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("ZG-08-01").contains("第八条");
    }
}
