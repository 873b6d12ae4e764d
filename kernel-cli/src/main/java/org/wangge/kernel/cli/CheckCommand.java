package org.wangge.kernel.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.wangge.kernel.model.snapshot.CitySnapshot;
import org.wangge.kernel.rules.CheckReport;
import org.wangge.kernel.rules.RuleEngine;
import org.wangge.kernel.rules.Severity;
import org.wangge.kernel.io.history.CheckHistory;
import org.wangge.kernel.io.history.ComplianceLedger;
import org.wangge.kernel.io.history.LedgerException;
import org.wangge.kernel.io.report.DistrictResolver;
import org.wangge.kernel.io.report.HtmlReport;
import org.wangge.kernel.io.report.JsonReport;
import org.wangge.kernel.io.report.ReportLanguage;
import org.wangge.kernel.io.report.ReportRenderer;
import org.wangge.kernel.io.report.TextReport;
import org.wangge.kernel.io.report.Waiver;
import org.wangge.kernel.io.report.WaiverCheck;
import org.wangge.kernel.io.waiver.WaiverFileException;
import org.wangge.kernel.io.waiver.WaiverFiles;
import org.wangge.kernel.io.snapshot.SnapshotFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code wangge check SNAPSHOT}: checks a snapshot file and prints the report. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = WanggeCommand.Version.class,
        description = "Checks a city snapshot (YAML or JSON) against the Measures and prints the findings.",
        footerHeading = "%nExit codes:%n",
        footer = {"  0  compliant: no VIOLATION or WARNING (NOTICEs alone are compliant)",
                "  1  findings of severity VIOLATION or WARNING (not covered by a waiver that holds)",
                "  2  bad input: missing or malformed snapshot, bad rule directory, bad option, malformed waiver file",
                "  3  with --waivers: a waiver has expired (its expiresOn is before the as-of date); renew or remove it"})
final class CheckCommand implements Callable<Integer> {

    /** The report formats. */
    enum Format { text, json, html }

    @ParentCommand
    WanggeCommand parent;

    @Mixin
    CommonOptions common;

    @Parameters(descriptionKey = "snapshot", index = "0", paramLabel = "SNAPSHOT", description = "The snapshot file (YAML or JSON).")
    Path snapshot;

    @Option(names = "--rules", paramLabel = "DIR|REFORM", description = "An analyst's rule directory, or a reform file (*.reform.toml), instead of the built-in Zigong pack.")
    Path rules;

    @Option(names = "--as-of", paramLabel = "DATE", converter = Cli.DateConverter.class,
            description = "The day to check as of (YYYY-MM-DD); default: the snapshot's asOf.")
    LocalDate asOf;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--history", paramLabel = "JDBC-URL|DIR",
            description = "Record the check in a compliance ledger and report each finding as new or persisting (first seen on), the "
                    + "resolved ones and the trend by article: a folder (embedded H2, created when missing) or a JDBC URL "
                    + "(jdbc:postgresql://host:5432/db?user=…).")
    String history;

    @Option(names = "--waivers", paramLabel = "FILE",
            description = "A waiver file (YAML: constraint, subject, justification, approvedBy, approvedOn, expiresOn, optional district): "
                    + "the findings it covers are shown as waived and do not fail the check; an expired waiver fails it (exit 3); "
                    + "a waiver matching no finding is reported as unused (a warning).")
    Path waivers;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of stdout.")
    Path output;

    @Option(names = "--watch",
            description = "Keep running: check again after every saved change of the snapshot (its folder) or of the --rules pack "
                    + "(recursively), and print only the findings that changed (+ new, ~ changed, - gone). A broken edit prints its "
                    + "problems at file:line and the watch goes on. Stop with Ctrl-C. With --output each run rewrites FILE whole; with "
                    + "--waivers the waiver file is read again on every run (and its saves rerun too). Not with --history: the ledger "
                    + "records checks of record, not every save.")
    boolean watch;

    @Override
    public Integer call() {
        Cli cli = parent.cli;
        if (watch) {
            return watch(cli);
        }
        Cli.requireFile(parent.cli.msg, "check", snapshot, "snapshot file");
        if (waivers != null) {
            Cli.requireFile(parent.cli.msg, "check", waivers, "waiver file");
        }
        requireWritableOutput(cli);
        CitySnapshot data = Progress.run(cli.err, cli.progress, cli.msg.get("msg.progress.reading", snapshot.getFileName()), () -> SnapshotFiles.read(snapshot));
        RuleEngine engine = cli.engine("check", rules);
        LocalDate day = asOf != null ? asOf : data.asOf();
        List<Waiver> waived = waivers == null ? List.of() : readWaivers(engine, day);
        CheckReport report = Progress.run(cli.err, cli.progress, cli.msg.get("msg.progress.checking"), () -> engine.check(data, day));
        CheckHistory recorded = history == null ? null : record(cli, report);
        ReportLanguage language = common.reportLanguage();
        DistrictResolver districts = DistrictResolver.of(data, day);
        WaiverCheck judged = WaiverCheck.of(report, waived, districts);
        String document = renderer(language, districts, waived, recorded).render(report);
        if (output == null) {
            cli.out.print(document);
            cli.out.flush();
        } else {
            writeOutput(cli, document, report);
        }
        if (waivers == null) {
            return exitCode(report);
        }
        return exitCode(judged, cli);
    }

    /**
     * {@code --watch}: checks after every saved change of the snapshot's folder, the --rules pack and the waiver file's
     * folder; with {@code --output} each run rewrites the file whole (written aside, then moved over it, so that a
     * browser reloading it never reads half a report; the file's own writes do not trigger a run); with
     * {@code --waivers} the file is read again on every run. {@code --history} is refused: see
     * {@code msg.check.watchNoHistory}.
     */
    private int watch(Cli cli) {
        if (history != null) {
            throw new BadInputException(cli.msg.get("msg.check.watchNoHistory", history));
        }
        Cli.requireFile(cli.msg, "check", snapshot, "snapshot file");
        if (waivers != null) {
            Cli.requireFile(cli.msg, "check", waivers, "waiver file");
        }
        requireWritableOutput(cli);
        ReportLanguage language = common.reportLanguage();
        Watcher watcher = new Watcher(java.util.Arrays.asList(snapshot, rules == null || "builtin".equals(rules.toString()) ? null : rules,
                waivers), cli.out, cli.msg);
        if (output != null) {
            watcher.ignoring(output);
        }
        return watcher.watch(() -> {
            CitySnapshot data = SnapshotFiles.read(snapshot);
            RuleEngine engine = cli.engine("check", rules);
            LocalDate day = asOf != null ? asOf : data.asOf();
            List<Waiver> waived = waivers == null ? List.of() : readWaivers(engine, day);
            CheckReport report = engine.check(data, day);
            DistrictResolver districts = DistrictResolver.of(data, day);
            if (output != null) {
                writeOutput(cli, renderer(language, districts, waived, null).render(report), report);
            }
            return outcome(report, waivers == null ? null : WaiverCheck.of(report, waived, districts), language, cli.msg);
        }, e -> TestCommand.failure(e, cli.msg) != null ? TestCommand.failure(e, cli.msg) : snapshotFailure(e, cli.msg));
    }

    private ReportRenderer renderer(ReportLanguage language, DistrictResolver districts, List<Waiver> waived, CheckHistory recorded) {
        return switch (format) {
            case text -> new TextReport(language).withWaivers(waived, districts);
            case json -> recorded == null ? new JsonReport(language, districts).withWaivers(waived)
                    : new JsonReport(language, districts).withHistory(recorded).withWaivers(waived);
            case html -> recorded == null ? new HtmlReport(language, districts).withWaivers(waived)
                    : new HtmlReport(language, districts).withHistory(recorded).withWaivers(waived);
        };
    }

    private void requireWritableOutput(Cli cli) {
        if (output != null) {
            Path dir = output.toAbsolutePath().getParent();
            if (dir != null && !Files.isDirectory(dir)) {
                throw new BadInputException(cli.msg.get("msg.cannotWriteNoDir", "wangge check", output, dir));
            }
            if (Files.isDirectory(output)) {
                throw new BadInputException(cli.msg.get("msg.cannotWriteIsDir", "wangge check", output));
            }
        }
    }

    /** Writes the report beside the output file (a hidden .tmp file), then moves it over the file. */
    private void writeOutput(Cli cli, String document, CheckReport report) {
        Path target = output.toAbsolutePath();
        Path aside = target.resolveSibling("." + target.getFileName() + ".tmp");
        try {
            Files.writeString(aside, document, StandardCharsets.UTF_8);
            try {
                Files.move(aside, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(aside, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            try {
                Files.deleteIfExists(aside);
            } catch (IOException ignored) {
                // the write failed already; that is the error reported
            }
            throw new BadInputException(List.of(cli.msg.get("msg.cannotWrite", "wangge check", output, e.getMessage())), e);
        }
        cli.err.println(cli.msg.get("msg.check.wrote", output, report.summary().isEmpty() ? "-" : report.summary()));
        cli.err.flush();
    }

    /** A check for the watcher: each finding by constraint, subject and day, with its severity, basis, evidence and message. */
    static Watcher.Outcome outcome(CheckReport report, ReportLanguage language, CliMessages msg) {
        return outcome(report, null, language, msg);
    }

    /**
     * @param judged the waivers' verdict, or null without --waivers: a waived finding's line says so and until when, an
     *               expired or unused waiver is an item of its own, and the run is clean only when nothing fails and
     *               no waiver has expired
     */
    static Watcher.Outcome outcome(CheckReport report, WaiverCheck judged, ReportLanguage language, CliMessages msg) {
        java.util.Map<String, String> items = new java.util.LinkedHashMap<>();
        List<String> first = new ArrayList<>();
        for (org.wangge.kernel.rules.Finding f : report.findings()) {
            String key = f.constraintId() + " " + f.subject() + " " + f.occurredOn();
            String line = f.constraintId() + " " + f.severity() + " " + f.basis() + " " + f.subject() + " (" + f.evidenceText() + ") "
                    + language.message(f);
            String k = key;
            for (int i = 2; items.containsKey(k); i++) {
                k = key + " #" + i;
            }
            if (judged != null && judged.stateOf(f) != WaiverCheck.State.NONE) {
                Waiver w = judged.waiverOf(f).orElse(null);
                line += msg.get(judged.stateOf(f) == WaiverCheck.State.WAIVED ? "msg.check.watchWaived" : "msg.check.watchWaiverExpired",
                        w == null ? "?" : w.expiresOn());
            }
            items.put(k, line);
            first.add(line);
        }
        String summary = msg.get("msg.check.summary", report.findings().size(), report.summary().isEmpty() ? "-" : report.summary(), report.asOf());
        if (judged == null) {
            return Watcher.Outcome.of(items, summary, first, exitCode(report) == WanggeCommand.EXIT_OK);
        }
        for (Waiver w : judged.expired()) {
            String line = msg.get("msg.check.watchExpiredWaiver", msg.waiver(w));
            items.put("expired waiver " + w, line);
            first.add(line);
        }
        for (Waiver w : judged.unused()) {
            String line = msg.get("msg.check.watchUnusedWaiver", msg.waiver(w));
            items.put("unused waiver " + w, line);
            first.add(line);
        }
        summary += msg.get("msg.check.watchWaiverCounts", judged.waived().size(), judged.expired().size(), judged.unused().size());
        return Watcher.Outcome.of(items, summary, first, judged.failing().isEmpty() && judged.expired().isEmpty());
    }

    private static List<String> snapshotFailure(RuntimeException e, CliMessages msg) {
        if (e instanceof org.wangge.kernel.io.snapshot.SnapshotFileException s) {
            List<String> lines = new ArrayList<>();
            lines.add(msg.get("msg.snapshotUnreadable", "wangge check", s.problems().size()));
            s.problems().forEach(p -> lines.add(WanggeCommand.line(p)));
            return lines;
        }
        if (e instanceof org.wangge.kernel.model.ModelValidationException m) {
            return List.of(msg.get("msg.invalidData", "wangge check", m.getMessage()));
        }
        return null;
    }

    private List<Waiver> readWaivers(RuleEngine engine, LocalDate day) {
        Cli.requireFile(parent.cli.msg, "check", waivers, "waiver file");
        try {
            return WaiverFiles.read(waivers, engine.catalogue(day).keySet());
        } catch (WaiverFileException e) {
            List<String> lines = new ArrayList<>();
            lines.add(parent.cli.msg.get("msg.check.waiversUnusable", e.problems().size()));
            e.problems().forEach(p -> lines.add(WanggeCommand.line(p)));
            throw new BadInputException(lines, e);
        }
    }

    /**
     * With waivers: {@value WanggeCommand#EXIT_WAIVER_EXPIRED} when a waiver has expired (whatever the findings), else
     * {@value WanggeCommand#EXIT_FINDINGS} when a VIOLATION or WARNING is not covered by a waiver that holds, else 0.
     * Expired and unused waivers are named on stderr.
     */
    static int exitCode(WaiverCheck judged, Cli cli) {
        for (Waiver w : judged.unused()) {
            cli.err.println(cli.msg.get("msg.check.unusedWaiver", cli.msg.waiver(w), judged.report().asOf()));
        }
        if (!judged.expired().isEmpty()) {
            cli.err.println(cli.msg.get("msg.check.expiredWaivers", judged.expired().size(), judged.report().asOf()));
            judged.expired().forEach(w -> cli.err.println("  " + cli.msg.waiver(w)));
            cli.err.println("  " + cli.msg.get("msg.check.renewWaivers", WanggeCommand.EXIT_WAIVER_EXPIRED));
            cli.err.flush();
            return WanggeCommand.EXIT_WAIVER_EXPIRED;
        }
        cli.err.flush();
        return judged.failing().isEmpty() ? WanggeCommand.EXIT_OK : WanggeCommand.EXIT_FINDINGS;
    }

    private CheckHistory record(Cli cli, CheckReport report) {
        if (!history.regionMatches(true, 0, "jdbc:", 0, 5)) {
            Path dir = Path.of(history);
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new BadInputException(cli.msg.get("msg.check.cannotCreateHistory", dir, e.getMessage()));
            }
        }
        try (ComplianceLedger ledger = Progress.run(cli.err, cli.progress, cli.msg.get("msg.progress.openingHistory"), () -> ComplianceLedger.open(history))) {
            CheckHistory h = Progress.run(cli.err, cli.progress, cli.msg.get("msg.progress.recording"), () -> ledger.record(report));
            cli.err.println(cli.msg.get("msg.check.recorded", h.checks().size(), report.jurisdiction(), h.newCount(), h.persistingCount(),
                    h.resolved().size()));
            return h;
        } catch (LedgerException e) {
            throw new BadInputException(List.of("wangge check: " + e.getMessage()), e);
        }
    }

    /**
     * @param report a report
     * @return 1 when it has a VIOLATION or WARNING, 0 otherwise (NOTICEs alone are compliant)
     */
    static int exitCode(CheckReport report) {
        Map<Severity, Long> counts = report.countsBySeverity();
        return counts.get(Severity.VIOLATION) + counts.get(Severity.WARNING) > 0 ? WanggeCommand.EXIT_FINDINGS : WanggeCommand.EXIT_OK;
    }
}
