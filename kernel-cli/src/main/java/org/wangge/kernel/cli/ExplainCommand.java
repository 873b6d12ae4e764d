package org.wangge.kernel.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.wangge.kernel.rules.ConstraintDefinition;
import org.wangge.kernel.rules.ParameterDefinition;
import org.wangge.kernel.rules.RuleEngine;
import org.wangge.kernel.rules.RuleEngine.RuleInfo;
import org.wangge.kernel.io.report.MeasuresText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code wangge explain ZG-xx-yy}: the article's text, the constraint, its rules and parameters. */
@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = WanggeCommand.Version.class,
        description = "Explains a constraint: the whole article in Chinese, its English rendering, "
                + "the rules that encode it and the parameters of its article.",
        footerHeading = "%nExit codes:%n",
        footer = {"  0  explained", "  2  unknown constraint ID or bad option"})
final class ExplainCommand implements Callable<Integer> {

    static final Pattern ID_FORM = Pattern.compile("ZG-\\d{2}-\\d{2}");

    @ParentCommand
    WanggeCommand parent;

    @Mixin
    CommonOptions common;

    @Parameters(descriptionKey = "explain.constraint", index = "0", paramLabel = "ZG-AA-NN", description = "A constraint ID of the catalogue, e.g. ZG-13-02.")
    String id;

    @Option(names = "--rules", paramLabel = "DIR", description = "An analyst's rule directory instead of the built-in Zigong pack.")
    Path rules;

    @Option(names = "--as-of", paramLabel = "DATE", converter = Cli.DateConverter.class,
            description = "Explain the pack in force on DATE (YYYY-MM-DD); default: today.")
    LocalDate asOf;

    @Override
    public Integer call() {
        Cli cli = parent.cli;
        String wanted = id.strip().toUpperCase(java.util.Locale.ROOT);
        if (!ID_FORM.matcher(wanted).matches()) {
            throw new BadInputException(cli.msg.get("msg.explain.notAnId", id));
        }
        RuleEngine engine = cli.engine("explain", rules);
        LocalDate day = asOf != null ? asOf : LocalDate.now();
        Map<String, ConstraintDefinition> catalogue = engine.catalogue(day);
        ConstraintDefinition c = catalogue.get(wanted);
        if (c == null) {
            throw new BadInputException(cli.msg.get("msg.explain.unknownId", wanted));
        }
        int article = c.citation().article();
        MeasuresText text = MeasuresText.zigong();
        var pw = cli.out;
        pw.println(c.id() + "  " + c.severity() + "  " + c.citation() + "  " + c.citation().toChinese()
                + "  (in force from " + c.inForceFrom() + ")");
        pw.println("Basis: " + c.bases().stream().map(Enum::name).sorted().collect(java.util.stream.Collectors.joining(", "))
                + " (TEXT: the Measures' words; POLICY: a local limit closes what the text leaves open; INDICATOR: a suspicion"
                + " from the records, to be investigated)");
        if (c.severities().size() > 1) {
            pw.println("Severities allowed: " + new java.util.TreeSet<>(c.severities())); // in the enum's order: the same text every run
        }
        pw.println(c.titleEn());
        pw.println();
        pw.println("== " + MeasuresText.chineseArticle(article) + " (原文 / the authoritative Chinese text) ==");
        pw.println(text.chinese(article).orElse("(article " + article + " not found in the shipped text)"));
        pw.println();
        if (c.quoteZh() != null && !c.quoteZh().isBlank()) {
            pw.println("Words encoded: " + c.quoteZh());
            pw.println();
        }
        pw.println("== Art. " + article + text.titleEn(article).map(t -> " — " + t).orElse("") + " (English rendering, CATALOGUE.md) ==");
        pw.println(text.english(article).orElse("(no English rendering shipped)"));
        pw.println();
        pw.println("== Messages ==");
        pw.println("zh: " + c.templateZh());
        pw.println("en: " + c.templateEn());
        pw.println();
        pw.println("== Rules (pack " + engine.packInForce(day).name() + " " + engine.packInForce(day).version() + ") ==");
        List<RuleInfo> ruleInfos = engine.rules(day).stream().filter(r -> c.id().equals(r.constraintId())).toList();
        if (ruleInfos.isEmpty()) {
            pw.println("(no rule encodes " + c.id() + ")");
        }
        ruleInfos.forEach(r -> pw.println(TraceMatrix.ruleLine(r)));
        pw.println();
        pw.println("== Parameters of Art. " + article + " ==");
        List<ParameterDefinition> params = engine.parameters(day).definitions().stream()
                .filter(p -> p.citation() != null && p.citation().article() == article).toList();
        if (params.isEmpty()) {
            pw.println("(none)");
        }
        for (ParameterDefinition p : params) {
            pw.println(TraceMatrix.parameterLine(p));
            if (p.note() != null && !p.note().isBlank()) {
                pw.println("    " + p.note());
            }
        }
        pw.flush();
        return WanggeCommand.EXIT_OK;
    }
}
