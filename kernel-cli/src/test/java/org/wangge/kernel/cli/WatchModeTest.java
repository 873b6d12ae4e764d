package org.wangge.kernel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, point 6: {@code wangge test --watch} and {@code wangge check --watch} rerun after a saved edit and print only
 * what changed; a broken edit prints its problem at file:line and the watch goes on; interrupting the thread stops it.
 */
class WatchModeTest {

    static final String CITY = LangOptionTest.CITY;

    /** A command running in a thread, its output readable while it runs. */
    static final class Running implements AutoCloseable {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final ByteArrayOutputStream err = new ByteArrayOutputStream();
        final AtomicInteger code = new AtomicInteger(-1);
        final Thread thread;

        Running(String... args) {
            thread = new Thread(() -> code.set(WanggeCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8))), "wangge-watch");
            thread.setDaemon(true);
            thread.start();
        }

        String out() {
            return out.toString(StandardCharsets.UTF_8);
        }

        /** Waits until the output holds {@code text} the {@code times}-th time, and returns what came after the previous mark. */
        String awaitCount(String text, int times, Duration timeout) throws InterruptedException {
            long end = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < end) {
                String o = out();
                if (count(o, text) >= times) {
                    return o;
                }
                if (!thread.isAlive()) {
                    break;
                }
                Thread.sleep(100);
            }
            throw new AssertionError("no " + times + "× \"" + text + "\" within " + timeout + "; out:\n" + out() + "\nerr:\n"
                    + err.toString(StandardCharsets.UTF_8));
        }

        static int count(String s, String part) {
            int n = 0;
            for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
                n++;
            }
            return n;
        }

        @Override
        public void close() throws InterruptedException {
            for (int i = 0; i < 100 && thread.isAlive(); i++) {
                thread.interrupt();
                thread.join(200);
            }
        }
    }

    static String after(String all, String mark, int nth) {
        int at = -1;
        for (int i = 0; i < nth; i++) {
            at = all.indexOf(mark, at + 1);
        }
        return all.substring(at);
    }

    @Test
    void test_watch_prints_the_changed_scenarios_survives_a_broken_edit_and_stops(@TempDir Path dir) throws Exception {
        Path pack = CliTestSupport.copyBuiltInRules(dir.resolve("rules"));
        Path scenarios = Files.createDirectories(dir.resolve("scenarios"));
        Files.writeString(scenarios.resolve("band.scenarios.yaml"), "snapshot: " + CITY.replace("\\", "/") + "\n" + """
                scenarios:
                  - name: a grid of 270 households is below the band
                    expect:
                      findings: [ { constraint: ZG-08-01, subject: G-COMM-1 } ]
                  - name: no obstruction of a worker
                    expect:
                      absent: [ ZG-23-01 ]
                """, StandardCharsets.UTF_8);
        String watching = "watching ";
        try (Running w = new Running("test", scenarios.toString(), "--rules", pack.toString(), "--watch", "--lang", "en")) {
            String first = w.awaitCount(watching, 1, Duration.ofMinutes(4));
            assertThat(first).contains("2 passed, 0 failed (2 scenarios)").doesNotContain("~ ").doesNotContain("+ ");

            // 1 a broken edit: the problem at its file:line, and the watch goes on
            Files.writeString(pack.resolve("zz-broken.drl"), """
                    package org.wangge.kernel.rules.zigong

                    import org.wangge.kernel.model.grid.Grid;

                    rule "broken"
                        @definition("probe") @citation("Art. 8 ¶1")
                    when
                        Grid( houshold > 500 )
                    then
                    end
                    """, StandardCharsets.UTF_8);
            String broken = after(w.awaitCount(watching, 2, Duration.ofMinutes(4)), "changed: ", 1);
            assertThat(broken).contains("zz-broken.drl").contains("zz-broken.drl:8:11: no field \"houshold\" on Grid")
                    .contains("the edit does not load");
            assertThat(w.thread.isAlive()).isTrue();

            // 2 the fix and an edit of a limit (households from 250): one scenario changes, the other is not printed
            Files.delete(pack.resolve("zz-broken.drl"));
            Path params = pack.resolve("parameters.toml");
            Files.writeString(params, Files.readString(params, StandardCharsets.UTF_8).replaceFirst(
                    "(name = \"grid.size.households.min\"[^\\[]*?value = )300", "$1250"), StandardCharsets.UTF_8);
            String changed = after(w.awaitCount(watching, 3, Duration.ofMinutes(4)), "changed: ", 2);
            assertThat(changed).contains("~ FAIL band.scenarios.yaml:3 a grid of 270 households is below the band")
                    .contains("MISSING ZG-08-01").doesNotContain("no obstruction of a worker")
                    .contains("1 passed, 1 failed (2 scenarios)");
        }
        // (the try's close interrupted the thread)
    }

    @Test
    void watch_does_not_go_with_a_report_file() {
        CliTestSupport.Run t = CliTestSupport.wangge("test", CITY, "--watch", "--junit", "x.xml", "--lang", "en");
        assertThat(t.code()).isEqualTo(2);
        assertThat(t.err()).contains("--watch prints to the terminal; it does not go with --junit");
        CliTestSupport.Run c = CliTestSupport.wangge("check", CITY, "--watch", "--history", "ledger", "--lang", "en");
        assertThat(c.code()).isEqualTo(2);
        assertThat(c.err()).contains("--watch does not go with --history ledger").contains("run wangge check … --history ledger once without --watch");
        CliTestSupport.Run zh = CliTestSupport.wangge("check", CITY, "--watch", "--history", "ledger", "--lang", "zh");
        assertThat(zh.err()).contains("--watch 不能与 --history ledger 同用").contains("合规台账只记录正式检查");
    }

    /**
     * {@code check --watch --output --waivers}: each run rewrites the report file (kept in the watched folder, its own
     * writes trigger nothing), and a saved edit of the waiver file reruns with the waivers read again.
     */
    @Test
    void check_watch_rewrites_the_output_and_rereads_the_waivers(@TempDir Path dir) throws Exception {
        Path cityDir = Files.createDirectories(dir.resolve("city"));
        Path city = Files.copy(Path.of(CITY), cityDir.resolve("city.yaml"));
        Path report = cityDir.resolve("report.json");
        Path waivers = Files.createDirectories(dir.resolve("waivers")).resolve("waivers.yaml");
        String waiver = """
                waivers:
                  - constraint: ZG-08-01
                    subject: G-COMM-1
                    justification: old town grid; merger approved for 2026
                    approvedBy: 自流井区网格化服务管理中心
                    approvedOn: 2025-01-10
                    expiresOn: 2026-06-30
                """;
        Files.writeString(waivers, waiver, StandardCharsets.UTF_8);
        try (Running w = new Running("check", city.toString(), "--watch", "--format", "json", "--output", report.toString(),
                "--waivers", waivers.toString(), "--lang", "en")) {
            String first = w.awaitCount("watching ", 1, Duration.ofMinutes(4));
            assertThat(first).containsPattern("ZG-08-01 \\w+ \\w+ Grid G-COMM-1 .*\\[waived until 2026-06-30\\]").contains("; 1 waived, 0 expired waiver(s), 0 unused")
                    .contains(waivers.getParent().toAbsolutePath().normalize().toString());
            String json = Files.readString(report, StandardCharsets.UTF_8);
            assertThat(json).contains("G-COMM-1").contains("\"waived\"");

            Files.writeString(waivers, waiver.replace("expiresOn: 2026-06-30", "expiresOn: 2025-06-29"), StandardCharsets.UTF_8);
            String delta = after(w.awaitCount("watching ", 2, Duration.ofMinutes(4)), "changed: ", 1);
            assertThat(delta).contains("waivers.yaml").containsPattern("(?m)^~ ZG-08-01 .*\\[waiver expired on 2025-06-29\\]")
                    .containsPattern("(?m)^\\+ expired waiver: .*ZG-08-01 on G-COMM-1 until 2025-06-29").contains("0 waived, 1 expired waiver(s)");
            String rewritten = Files.readString(report, StandardCharsets.UTF_8);
            assertThat(rewritten).isNotEqualTo(json).contains("\"expired\"");
            assertThat(w.err.toString(StandardCharsets.UTF_8)).contains("wangge check: wrote " + report);

            // the report's own rewrite triggered no run: still two runs after a quiet while
            Thread.sleep(3 * Watcher.DEBOUNCE_MS + 1000);
            assertThat(Running.count(w.out(), "changed: ")).isEqualTo(1);
            assertThat(Files.list(cityDir).map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("city.yaml", "report.json");
        }
    }

    @Test
    void check_watch_prints_the_findings_that_appear_and_go(@TempDir Path dir) throws Exception {
        Path pack = CliTestSupport.copyBuiltInRules(dir.resolve("rules"));
        Path city = Files.copy(Path.of(CITY), Files.createDirectories(dir.resolve("city")).resolve("city.yaml"));
        try (Running w = new Running("check", city.toString(), "--rules", pack.toString(), "--watch", "--lang", "en")) {
            String first = w.awaitCount("watching ", 1, Duration.ofMinutes(4));
            assertThat(first).contains("ZG-08-01 ").contains("G-COMM-1");
            // the city's small grid grows to 320 households: its ZG-08-01 goes, nothing else is printed
            Files.writeString(city, Files.readString(city, StandardCharsets.UTF_8).replace("households: 270", "households: 320"),
                    StandardCharsets.UTF_8);
            String delta = after(w.awaitCount("watching ", 2, Duration.ofMinutes(4)), "changed: ", 1);
            assertThat(delta).containsPattern("(?m)^- ZG-08-01 \\w+ \\w+ Grid G-COMM-1").doesNotContainPattern("(?m)^\\+ ");
            w.close();
            assertThat(w.thread.isAlive()).isFalse();
            assertThat(w.out()).contains("watch stopped");
        }
    }

    /** Issue 13 ¶6: a pack that a scenario file names with {@code rules:} (not given with --rules) is followed too. */
    @Test
    void test_watch_follows_the_pack_a_scenario_file_names(@TempDir Path dir) throws Exception {
        Path pack = CliTestSupport.copyBuiltInRules(dir.resolve("own-pack"));
        Path scenarios = Files.createDirectories(dir.resolve("scenarios"));
        Files.writeString(scenarios.resolve("own.scenarios.yaml"), "snapshot: " + CITY.replace("\\", "/") + "\n" + """
                scenarios:
                  - name: a grid of 270 households is below the band of its own pack
                    rules: ../own-pack
                    expect:
                      findings: [ { constraint: ZG-08-01, subject: G-COMM-1 } ]
                """, StandardCharsets.UTF_8);
        try (Running w = new Running("test", scenarios.toString(), "--watch", "--lang", "en")) {
            String first = w.awaitCount("watching ", 1, Duration.ofMinutes(4));
            assertThat(first).contains("1 passed, 0 failed (1 scenarios)").contains(pack.toAbsolutePath().normalize().toString());
            Path params = pack.resolve("parameters.toml");
            Files.writeString(params, Files.readString(params, StandardCharsets.UTF_8).replaceFirst(
                    "(name = \"grid.size.households.min\"[^\\[]*?value = )300", "$1250"), StandardCharsets.UTF_8);
            String changed = after(w.awaitCount("watching ", 2, Duration.ofMinutes(4)), "changed: ", 1);
            assertThat(changed).contains("parameters.toml").contains("~ FAIL own.scenarios.yaml:3 a grid of 270 households")
                    .contains("MISSING ZG-08-01").contains("0 passed, 1 failed (1 scenarios); pack zigong 2024.1 (edited copy of zigong 2024.1");
        }
    }
}
