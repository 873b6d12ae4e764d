package org.wangge.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.wangge.kernel.model.cases.CaseSource;
import org.wangge.kernel.model.cases.VerificationOutcome;
import org.wangge.kernel.model.matter.MatterCategory;
import org.wangge.kernel.model.snapshot.CitySnapshot;
import org.wangge.kernel.process.CaseHandling;
import org.wangge.kernel.process.NewCase;
import org.wangge.kernel.process.WanggeProcesses;
import org.wangge.kernel.rules.CheckReport;
import org.wangge.kernel.rules.Finding;
import org.wangge.kernel.rules.RuleEngine;
import org.wangge.kernel.io.snapshot.SnapshotFiles;

/** The embedding snippet of the repository's README.md, compiled and run here on the sample snapshot. */
class ReadmeSnippetTest {

    static final Path SOURCE = Path.of("src/test/java/org/wangge/examples/embedding/ReadmeSnippetTest.java");
    static final Path README = Path.of("../../README.md");

    static void snippet(CitySnapshot snapshot, PrintStream System_out) {
        // README:begin
        RuleEngine engine = RuleEngine.zigong();                       // the built-in Zigong rule pack; compile once, share
        CheckReport report = engine.check(snapshot, snapshot.asOf());  // snapshot: your data, or SnapshotFiles.read(path)
        for (Finding f : report.findings()) {                           // ordered by article
            System_out.println(f.constraintId() + " " + f.severity() + " " + f.subject() + ": " + f.messageEn());
        }
        System_out.println(report.summary());                           // e.g. "2 VIOLATION, 1 WARNING, 0 NOTICE"

        try (WanggeProcesses processes = WanggeProcesses.builder().rules(engine)
                .organisations(snapshot.organisations()).build()) {     // embedded H2; .jdbc(url, user, password) for PostgreSQL
            CaseHandling cases = processes.caseHandling();
            cases.reportCase(new NewCase("C-1", CaseSource.RESIDENT_DEMAND, MatterCategory.DISPUTES, false, false,
                    "G-COMM-1", "W-1", "neighbours' dispute over noise"));
            cases.accept("C-1", "OP-1");
            cases.assign("C-1", "ORG-ZLJ-PSB", "OP-1");                 // refused unless the routing table names its kind
            cases.feedBack("C-1", "ORG-ZLJ-PSB", "mediated");
            cases.verify("C-1", VerificationOutcome.RESOLVED, "OP-1");
            cases.close("C-1", "OP-1");
            cases.auditTrail("C-1").forEach(System_out::println);      // who did what, when, under which rule
        }
        // README:end
    }

    @Test
    void the_readme_snippet_runs_on_the_sample_snapshot() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            snippet(SnapshotFiles.read(Path.of("../snapshots/compliant-city.yaml")), out);
        }
        String output = bytes.toString(StandardCharsets.UTF_8);
        assertThat(output).contains("0 VIOLATION, 0 WARNING, 0 NOTICE").contains("CLOSED by OP-1");
    }

    @Test
    void the_readme_shows_this_snippet_verbatim() throws IOException {
        Assumptions.assumeTrue(Files.exists(README), "README.md is not two folders up: this example was copied out of the repository");
        Matcher code = Pattern.compile("(?s)// README:begin\\n(.*?)\\n\\s*// README:end").matcher(Files.readString(SOURCE));
        assertThat(code.find()).isTrue();
        String snippet = code.group(1).stripIndent().replace("System_out", "System.out").strip();
        Matcher readme = Pattern.compile("(?s)## Embed it.*?```java\\n(.*?)```").matcher(Files.readString(README));
        assertThat(readme.find()).as("README.md has a java block under '## Embed it'").isTrue();
        assertThat(readme.group(1).strip()).isEqualTo(snippet);
    }
}
