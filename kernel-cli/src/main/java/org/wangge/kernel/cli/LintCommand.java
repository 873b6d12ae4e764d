package org.wangge.kernel.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.wangge.kernel.rules.RuleEngine;
import org.wangge.kernel.rules.RuleProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code wangge lint RULES-DIR}: checks a rule directory as a reload would, without loading it. */
@Command(name = "lint", mixinStandardHelpOptions = true, versionProvider = WanggeCommand.Version.class,
        description = "Checks a rule directory (sandbox, metadata, catalogue, parameters, compilation) "
                + "and prints each problem as file:line:column: message.",
        footerHeading = "%nExit codes:%n",
        footer = {"  0  no problems: the pack would load",
                "  1  problems found",
                "  2  bad input: the directory does not exist"})
final class LintCommand implements Callable<Integer> {

    @ParentCommand
    WanggeCommand parent;

    @Mixin
    CommonOptions common;

    @Parameters(descriptionKey = "lint.dir", index = "0", paramLabel = "RULES-DIR|REFORM", description = "The rule directory, or a reform file (*.reform.toml).")
    Path directory;

    @Override
    public Integer call() {
        Cli cli = parent.cli;
        Cli.requirePack(parent.cli.msg, "lint", directory);
        List<RuleProblem> problems = Progress.run(cli.err, cli.progress, cli.msg.get("msg.progress.linting", directory), () -> RuleEngine.lint(directory));
        for (RuleProblem p : problems) {
            cli.out.println(LintText.line(p, cli.msg)); // file:line:column: message, or file.drl.xlsx!Sheet1!C28: message for a workbook cell
        }
        if (problems.isEmpty()) {
            cli.out.println(cli.msg.get("msg.lint.clean", directory));
        } else {
            cli.out.println(cli.msg.get("msg.lint.problems", problems.size(), directory));
        }
        cli.out.flush();
        return problems.isEmpty() ? WanggeCommand.EXIT_OK : WanggeCommand.EXIT_FINDINGS;
    }
}
