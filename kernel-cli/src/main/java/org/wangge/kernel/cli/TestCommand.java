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

    @Parameters(arity = "1..*", paramLabel = "SCENARIO", description = "Scenario files, or directories searched for *.scenarios.yaml.")
    List<Path> scenarios;

    @Option(names = "--rules", paramLabel = "DIR|REFORM", description = "A rule directory or reform file for every scenario that names none (default: the built-in pack).")
    Path rules;

    @Option(names = "--junit", paramLabel = "FILE",
            description = "Also write the results as JUnit XML (testsuites/testsuite/testcase/failure, as surefire writes) for a CI server: "
                    + "one testcase per scenario, classname = the scenario file, name = the scenario; a failure carries what was expected and what came.")
    Path junit;

    @Override
    public Integer call() {
        Cli cli = parent.cli;
        if (junit != null) {
            Path dir = junit.toAbsolutePath().getParent();
            if (dir != null && !Files.isDirectory(dir)) {
                throw new BadInputException("wangge test: cannot write " + junit + ": no such directory " + dir);
            }
            if (Files.isDirectory(junit)) {
                throw new BadInputException("wangge test: cannot write " + junit + ": it is a directory");
            }
        }
        java.time.Instant started = java.time.Instant.now();
        for (Path p : scenarios) {
            if (!Files.exists(p)) {
                throw new BadInputException("wangge test: no such scenario file or directory: " + p);
            }
        }
        if (rules != null) {
            Cli.requirePack("test", rules);
        }
        if (ScenarioFiles.find(scenarios).isEmpty()) {
            throw new BadInputException("wangge test: no scenario files (*.scenarios.yaml) in " + scenarios);
        }
        ScenarioResults results;
        try {
            results = Progress.run(cli.err, cli.progress, "running scenarios", () -> ScenarioRunner.run(scenarios, rules));
        } catch (RulePackException e) {
            throw new BadInputException(Cli.problemLines("test", "a rule directory was refused", e), e);
        }
        for (ScenarioResult failure : results.failed()) {
            cli.out.println(failure.describe());
        }
        int passed = results.passed().size();
        int failed = results.failed().size();
        cli.out.println(passed + " passed, " + failed + " failed (" + results.results().size() + " scenarios)");
        cli.out.flush();
        if (junit != null) {
            try {
                JUnitXml.write(results, junit, started);
            } catch (java.io.IOException e) {
                throw new BadInputException(List.of("wangge test: cannot write " + junit + ": " + e.getMessage()), e);
            }
            cli.err.println("wangge test: wrote " + junit + " (JUnit XML, " + results.results().size() + " testcases, " + failed + " failures)");
        }
        return failed == 0 ? WanggeCommand.EXIT_OK : WanggeCommand.EXIT_FINDINGS;
    }
}
