package org.wangge.kernel.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.wangge.kernel.rules.RulePackException;
import org.wangge.kernel.testkit.scenario.ScenarioFiles;
import org.wangge.kernel.testkit.scenario.ScenarioResult;
import org.wangge.kernel.testkit.scenario.ScenarioResults;
import org.wangge.kernel.testkit.scenario.ScenarioRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code wangge test SCENARIO...}: runs scenario files and prints each failure. */
@Command(name = "test", mixinStandardHelpOptions = true, versionProvider = WanggeCommand.Version.class,
        description = "Runs scenario files (*.scenarios.yaml), and directories of them, and explains each failure.",
        footerHeading = "%nExit codes:%n",
        footer = {"  0  every scenario passed",
                "  1  some scenario failed",
                "  2  bad input: missing or malformed scenario file, bad rule directory, bad option"})
final class TestCommand implements Callable<Integer> {

    @ParentCommand
    WanggeCommand parent;

    @Mixin
    CommonOptions common;

    @Parameters(descriptionKey = "test.scenarios", arity = "1..*", paramLabel = "SCENARIO", description = "Scenario files, or directories searched for *.scenarios.yaml.")
    List<Path> scenarios;

    @Option(names = "--rules", paramLabel = "DIR|REFORM", description = "A rule directory or reform file for every scenario that names none (default: the built-in pack).")
    Path rules;

    @Option(names = "--junit", paramLabel = "FILE",
            description = "Also write the results as JUnit XML (testsuites/testsuite/testcase/failure, as surefire writes) for a CI server: "
                    + "one testcase per scenario, classname = the scenario file, name = the scenario; a failure carries what was expected and what came.")
    Path junit;

    @Option(names = "--watch",
            description = "Keep running: rerun the scenarios after every saved change of the scenario files or folders, of the "
                    + "--rules pack and of the packs that scenario files name with rules: (recursively), and print only what changed (+ new, ~ changed, - gone scenario results). "
                    + "A broken edit prints its problems at file:line and the watch goes on. Stop with Ctrl-C.")
    boolean watch;

    @Override
    public Integer call() {
        Cli cli = parent.cli;
        if (junit != null) {
            Path dir = junit.toAbsolutePath().getParent();
            if (dir != null && !Files.isDirectory(dir)) {
                throw new BadInputException(cli.msg.get("msg.cannotWriteNoDir", "wangge test", junit, dir));
            }
            if (Files.isDirectory(junit)) {
                throw new BadInputException(cli.msg.get("msg.cannotWriteIsDir", "wangge test", junit));
            }
        }
        java.time.Instant started = java.time.Instant.now();
        for (Path p : scenarios) {
            if (!Files.exists(p)) {
                throw new BadInputException(cli.msg.get("msg.test.noSuchScenario", p));
            }
        }
        if (rules != null) {
            Cli.requirePack(parent.cli.msg, "test", rules);
        }
        if (ScenarioFiles.find(scenarios).isEmpty()) {
            throw new BadInputException(cli.msg.get("msg.test.noScenarioFiles", scenarios));
        }
        if (watch && junit != null) {
            throw new BadInputException(cli.msg.get("msg.test.watchNoJunit"));
        }
        if (watch) {
            java.util.List<Path> watched = new java.util.ArrayList<>(scenarios);
            if (rules != null) {
                watched.add(rules);
            }
            return new Watcher(watched, cli.out, cli.msg).followingAfterFailure(() -> packsNamedBy(scenarios))
                    .watch(() -> outcome(ScenarioRunner.runFresh(scenarios, rules), cli.msg), e -> failure(e, cli.msg));
        }
        ScenarioResults results;
        try {
            results = Progress.run(cli.err, cli.progress, cli.msg.get("msg.progress.running"), () -> ScenarioRunner.run(scenarios, rules));
        } catch (RulePackException e) {
            throw new BadInputException(Cli.problemLines(cli.msg, "test", cli.msg.get("msg.aDirectoryRefused"), e), e);
        }
        for (ScenarioResult failure : results.failed()) {
            cli.out.println(ScenarioText.describe(failure, cli.msg));
        }
        int passed = results.passed().size();
        int failed = results.failed().size();
        cli.out.println(ScenarioText.summary(passed, failed, results.results().size(), cli.msg));
        cli.out.flush();
        if (junit != null) {
            try {
                JUnitXml.write(results, junit, started);
            } catch (java.io.IOException e) {
                throw new BadInputException(List.of(cli.msg.get("msg.cannotWrite", "wangge test", junit, e.getMessage())), e);
            }
            cli.err.println(cli.msg.get("msg.test.wroteJunit", junit, results.results().size(), failed));
        }
        return failed == 0 ? WanggeCommand.EXIT_OK : WanggeCommand.EXIT_FINDINGS;
    }

    /** A run for the watcher: each scenario by where it is, with its headline (and, failed, what was expected and what came). */
    static Watcher.Outcome outcome(ScenarioResults results, CliMessages msg) {
        java.util.Map<String, String> items = new java.util.LinkedHashMap<>();
        java.util.List<String> first = new java.util.ArrayList<>();
        for (ScenarioResult r : results.results()) {
            String text = ScenarioText.describe(r, msg, false).stripTrailing();
            items.put(r.scenario().file().toAbsolutePath().normalize() + ":" + r.scenario().line() + " " + r.scenario().name(), text);
            if (!r.passed()) {
                first.add(text);
            }
        }
        String summary = ScenarioText.summary(results.passed().size(), results.failed().size(), results.results().size(), msg);
        if (!results.results().isEmpty()) {
            summary += msg.get("msg.test.packsUsed", ScenarioText.packs(results.results(), msg));
        }
        List<Path> follow = results.results().stream().map(r -> r.scenario().rules()).filter(java.util.Objects::nonNull).distinct().toList();
        return Watcher.Outcome.of(items, summary, first, results.failed().isEmpty(), follow);
    }

    /** @return the rule directories and reform files that the scenario files name with {@code rules:} (unreadable files: none) */
    static List<Path> packsNamedBy(List<Path> scenarios) {
        java.util.Set<Path> packs = new java.util.LinkedHashSet<>();
        for (Path file : ScenarioFiles.find(scenarios)) {
            try {
                ScenarioFiles.read(file).stream().map(org.wangge.kernel.testkit.scenario.Scenario::rules).filter(java.util.Objects::nonNull)
                        .forEach(packs::add);
            } catch (RuntimeException e) {
                // a scenario file that does not read names nothing to follow; its problems are printed by the run
            }
        }
        return List.copyOf(packs);
    }

    /** The lines of a run that could not be made: a refused pack or an unreadable scenario file, at file:line. */
    static java.util.List<String> failure(RuntimeException e, CliMessages msg) {
        if (e instanceof RulePackException r) {
            return Cli.problemLines(msg, "test", msg.get("msg.aDirectoryRefused"), r);
        }
        if (e instanceof org.wangge.kernel.testkit.scenario.ScenarioFileException s) {
            java.util.List<String> lines = new java.util.ArrayList<>();
            lines.add(msg.get("msg.scenariosUnreadable", "wangge test", s.problems().size()));
            s.problems().forEach(p -> lines.add(WanggeCommand.line(p)));
            return lines;
        }
        if (e instanceof BadInputException b) {
            return b.lines();
        }
        return null;
    }
}
