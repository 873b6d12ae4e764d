package org.wangge.kernel.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.wangge.kernel.rules.RuleEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code wangge export-rules DIR}: copies the built-in rule pack into a directory for an analyst to edit. */
@Command(name = "export-rules", mixinStandardHelpOptions = true, versionProvider = WanggeCommand.Version.class,
        description = "Copies the built-in Zigong rule pack (rule files, parameters, decision tables, catalogue) into DIR, "
                + "the starting point of an analyst's copy. Then edit, `wangge lint DIR`, and `wangge test SCENARIOS --rules DIR`.",
        footerHeading = "%nExit codes:%n",
        footer = {"  0  written", "  2  bad input: a file of the pack already exists in DIR"})
final class ExportRulesCommand implements Callable<Integer> {

    @ParentCommand
    WanggeCommand parent;

    @Mixin
    CommonOptions common;

    @Parameters(descriptionKey = "export.dir", index = "0", paramLabel = "DIR", description = "The directory to create or fill.")
    Path directory;

    /** The formats of the decision tables. */
    enum Tables { csv, xlsx }

    @Option(names = "--tables", paramLabel = "FORMAT", defaultValue = "csv",
            description = "Format of the decision tables (routing, star rating, Art. 22 consequences): ${COMPLETION-CANDIDATES} "
                    + "(default: ${DEFAULT-VALUE}); xlsx writes each as an Excel workbook *.drl.xlsx (sheet Sheet1, the same cells), other files unchanged.")
    Tables tables;

    @Override
    public Integer call() {
        Cli cli = parent.cli;
        List<Path> written;
        try {
            written = RuleEngine.exportBuiltInPack(directory, tables == Tables.xlsx ? RuleEngine.TableFormat.XLSX : RuleEngine.TableFormat.CSV);
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            throw new BadInputException("wangge export-rules: " + e.getMessage());
        }
        written.forEach(p -> cli.out.println(cli.msg.get("msg.export.wrote", p)));
        cli.out.println(cli.msg.get("msg.export.files", written.size(), directory));
        cli.out.flush();
        return WanggeCommand.EXIT_OK;
    }
}
