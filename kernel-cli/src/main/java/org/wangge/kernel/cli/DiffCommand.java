package org.wangge.kernel.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.wangge.kernel.io.report.ImpactHtml;
import org.wangge.kernel.io.report.ImpactReport;
import org.wangge.kernel.io.report.ImpactReports;
import org.wangge.kernel.io.report.ReportLanguage;
import org.wangge.kernel.io.snapshot.SnapshotFiles;
import org.wangge.kernel.model.snapshot.CitySnapshot;
import org.wangge.kernel.rules.Reform;
import org.wangge.kernel.rules.RuleEngine;
import org.wangge.kernel.rules.RulePackException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code wangge diff SNAPSHOT --base PACK --reform REFORM|PACK}: what a reform changes across a whole city. */
@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = WanggeCommand.Version.class,
        description = "Checks one snapshot with a base pack and a reformed pack and reports the findings that appear, disappear "
                + "or change (severity, basis, evidence), counted by article, district and basis, then listed with their evidence.",
        footerHeading = "%nExit codes:%n",
        footer = {"  0  the reform changes no finding of the city",
                "  1  some findings appear, disappear or change",
                "  2  bad input: missing or malformed snapshot, a refused pack or reform, bad option"})
final class DiffCommand implements Callable<Integer> {

    @ParentCommand
    WanggeCommand parent;

    @Mixin
    CommonOptions common;

    @Parameters(descriptionKey = "snapshot", index = "0", paramLabel = "SNAPSHOT", description = "The snapshot file (YAML or JSON), read once for both packs.")
    Path snapshot;

    @Option(names = "--base", paramLabel = "PACK", defaultValue = "builtin",
            description = "The base: builtin (the built-in Zigong pack), a rule directory or a reform file (default: ${DEFAULT-VALUE}).")
    Path base;

    @Option(names = "--reform", paramLabel = "REFORM|PACK", required = true,
            description = "The reformed pack: a reform file (*.reform.toml) or a rule directory.")
    Path reform;

    @Option(names = "--as-of", paramLabel = "DATE", converter = Cli.DateConverter.class,
            description = "The day of both checks (YYYY-MM-DD); default: the snapshot's asOf.")
    LocalDate asOf;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    CheckCommand.Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of stdout.")
    Path output;

    @Override
    public Integer call() {
        Cli cli = parent.cli;
        Cli.requireFile(parent.cli.msg, "diff", snapshot, "snapshot file");
        RuleEngine before = cli.engine("diff", base);
        RuleEngine after = cli.engine("diff", reform);
        Reform described = null;
        if (RuleEngine.isReform(reform)) {
            try {
                described = Reform.read(reform);
            } catch (RulePackException e) {
                throw new BadInputException(Cli.problemLines(parent.cli.msg, "diff", parent.cli.msg.get("msg.reformRefused", reform), e), e);
            }
        }
        CitySnapshot data = Progress.run(cli.err, cli.progress, cli.msg.get("msg.progress.reading", snapshot.getFileName()), () -> SnapshotFiles.read(snapshot));
        LocalDate day = asOf != null ? asOf : data.asOf();
        Reform r = described;
        ImpactReport impact = Progress.run(cli.err, cli.progress, cli.msg.get("msg.progress.checkingBoth"),
                () -> ImpactReport.compare(data, before, after, day, r));
        ReportLanguage language = common.reportLanguage();
        String document = switch (format) {
            case text -> ImpactReports.text(impact, language);
            case json -> ImpactReports.json(impact, language);
            case html -> ImpactHtml.render(impact, language);
        };
        if (output == null) {
            cli.out.print(document);
            cli.out.flush();
        } else {
            try {
                Files.writeString(output, document, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new BadInputException(java.util.List.of(cli.msg.get("msg.cannotWrite", "wangge diff", output, e.getMessage())), e);
            }
            ImpactReport.Count t = impact.counts().total();
            cli.err.println(cli.msg.get("msg.diff.wrote", output, t.appeared(), t.disappeared(), t.changed()));
        }
        return impact.unchanged() ? WanggeCommand.EXIT_OK : WanggeCommand.EXIT_FINDINGS;
    }
}
