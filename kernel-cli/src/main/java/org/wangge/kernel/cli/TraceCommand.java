package org.wangge.kernel.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.wangge.kernel.rules.RuleEngine;
import org.wangge.kernel.io.report.MeasuresText;
import org.wangge.kernel.io.report.TextReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code wangge trace}: the traceability matrix article → constraints → rules → parameters. */
@Command(name = "trace", mixinStandardHelpOptions = true, versionProvider = WanggeCommand.Version.class,
        description = "Prints the traceability matrix: each article, its constraints, the rules that encode them, "
                + "and the parameters of the article.",
        footerHeading = "%nExit codes:%n",
        footer = {"  0  printed", "  2  bad rule directory or option"})
final class TraceCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { text, md }

    @ParentCommand
    WanggeCommand parent;

    @Mixin
    CommonOptions common;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--rules", paramLabel = "DIR|REFORM", description = "An analyst's rule directory, or a reform file (*.reform.toml), instead of the built-in Zigong pack.")
    Path rules;

    @Option(names = "--as-of", paramLabel = "DATE", converter = Cli.DateConverter.class,
            description = "Trace the pack in force on DATE (YYYY-MM-DD); default: today.")
    LocalDate asOf;

    @Override
    public Integer call() {
        Cli cli = parent.cli;
        RuleEngine engine = cli.engine("trace", rules);
        MeasuresText text = MeasuresText.zigong();
        TraceMatrix m = TraceMatrix.of(engine, asOf != null ? asOf : LocalDate.now(), text.articles());
        cli.out.print(format == Format.md ? markdown(m, text) : text(m, text));
        cli.out.flush();
        return WanggeCommand.EXIT_OK;
    }

    static String text(TraceMatrix m, MeasuresText text) {
        StringBuilder b = new StringBuilder();
        b.append("Traceability: rule pack ").append(m.pack).append('\n');
        for (TraceMatrix.Article a : m.articles.values()) {
            b.append('\n').append(TextReport.heading(a.number(), text)).append('\n');
            if (a.constraints().isEmpty() && a.otherRules().isEmpty() && a.parameters().isEmpty()) {
                b.append("  (no constraint)\n");
                continue;
            }
            for (TraceMatrix.Constraint c : a.constraints()) {
                var d = c.definition();
                b.append("  ").append(d.id()).append("  ").append(d.severity()).append("  ").append(bases(d)).append("  ")
                        .append(d.citation()).append("  ").append(d.titleEn()).append('\n');
                if (c.rules().isEmpty()) {
                    b.append("      rule: (none)\n");
                }
                c.rules().forEach(r -> b.append("      rule ").append(TraceMatrix.ruleLine(r)).append('\n'));
            }
            a.otherRules().forEach(r -> b.append("  other rule ").append(TraceMatrix.ruleLine(r)).append('\n'));
            a.parameters().forEach(p -> b.append("  parameter ").append(TraceMatrix.parameterLine(p)).append('\n'));
        }
        return b.toString();
    }

    static String markdown(TraceMatrix m, MeasuresText text) {
        StringBuilder b = new StringBuilder();
        b.append("# Traceability: article → constraint → rule → parameter\n\n");
        b.append("Rule pack ").append(md(m.pack.toString())).append(".\n\n");
        b.append("| Article | Constraint | Severity | Basis | Requirement | Rules | Parameters |\n");
        b.append("|---|---|---|---|---|---|---|\n");
        for (TraceMatrix.Article a : m.articles.values()) {
            String article = md(TextReport.heading(a.number(), text));
            String params = a.parameters().stream().map(p -> "`" + md(p.name()) + "` = " + md(p.value())
                    + (p.unit() == null ? "" : " " + md(p.unit()))).collect(Collectors.joining("<br>"));
            if (a.constraints().isEmpty()) {
                String others = a.otherRules().stream().map(r -> "`" + md(r.file()) + ":" + r.line() + "`").collect(Collectors.joining("<br>"));
                b.append("| ").append(article).append(" | — | — | — | — | ").append(others.isEmpty() ? "—" : others).append(" | ")
                        .append(params.isEmpty() ? "—" : params).append(" |\n");
                continue;
            }
            boolean first = true;
            for (TraceMatrix.Constraint c : a.constraints()) {
                var d = c.definition();
                String ruleCell = c.rules().stream().map(r -> "`" + md(r.file()) + ":" + r.line() + "` " + md(r.name()))
                        .collect(Collectors.joining("<br>"));
                b.append("| ").append(first ? article : "").append(" | ").append(md(d.id())).append(" | ").append(d.severity())
                        .append(" | ").append(bases(d)).append(" | ").append(md(d.titleEn())).append(" | ").append(ruleCell.isEmpty() ? "—" : ruleCell)
                        .append(" | ").append(first ? (params.isEmpty() ? "—" : params) : "").append(" |\n");
                first = false;
            }
        }
        return b.toString();
    }

    /** The bases a constraint's findings may carry (TEXT, POLICY, INDICATOR), e.g. {@code TEXT,INDICATOR}. */
    static String bases(org.wangge.kernel.rules.ConstraintDefinition d) {
        return d.bases().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    /** Escapes a Markdown table cell: pipes, and line breaks as spaces. */
    static String md(String s) {
        return s == null ? "" : s.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }
}
