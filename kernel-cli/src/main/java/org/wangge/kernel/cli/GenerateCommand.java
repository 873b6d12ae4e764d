package org.wangge.kernel.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.wangge.kernel.io.snapshot.SnapshotFiles;
import org.wangge.kernel.rules.RuleEngine;
import org.wangge.kernel.testkit.generator.CityGenerator;
import org.wangge.kernel.testkit.generator.GeneratedCity;
import org.wangge.kernel.testkit.generator.InjectedBreach;
import org.wangge.kernel.testkit.generator.Scale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code wangge generate [--scale S] [--seed N] [--inject ZG-08-01=3 …] OUT.yaml|OUT.json}: a synthetic city (issue 13
 * point 8), generated for the pack given (its limits and routing table), with the breaches asked for.
 */
@Command(name = "generate", mixinStandardHelpOptions = true, versionProvider = WanggeCommand.Version.class,
        description = "Writes a synthetic Zigong-like city (synthetic names and numbers with valid check digits) as a snapshot "
                + "file (.yaml or .json), compliant unless breaches are injected. It is generated for the pack given with "
                + "--rules (default: the built-in pack), whose limits and routing table it keeps to.",
        footerHeading = "%nExit codes:%n",
        footer = {"  0  written", "  2  bad input: unknown scale or constraint, a rate outside 0..1, an unwritable file"})
final class GenerateCommand implements Callable<Integer> {

    @ParentCommand
    WanggeCommand parent;

    @Mixin
    CommonOptions common;

    @Option(names = "--scale", paramLabel = "TINY|S|M|L", description = "The size of the city (default TINY, about 30 grids).")
    Scale scale = Scale.TINY;

    @Option(names = "--seed", paramLabel = "N", description = "The seed: the same seed and options give the same file (default 1).")
    long seed = 1L;

    @Option(names = "--as-of", paramLabel = "DATE", converter = Cli.DateConverter.class,
            description = "The check date the city describes (default " + "2025-06-30" + ").")
    LocalDate asOf;

    @Option(names = "--inject", paramLabel = "ID=N", split = ",",
            description = "Inject at least N breaches of the constraint (repeatable, or comma-separated), e.g. ZG-08-01=3.")
    List<String> inject = new ArrayList<>();

    @Option(names = "--rate", paramLabel = "SHARE", description = "Also breach this share (0 to 1) of the candidates of every constraint.")
    double rate;

    @Option(names = "--rules", paramLabel = "DIR|REFORM", description = "Generate for an analyst's rule directory or reform (its limits and routing).")
    Path rules;

    @Parameters(descriptionKey = "generate.out", index = "0", paramLabel = "OUT", description = "The snapshot file to write: .yaml, .yml or .json.")
    Path out;

    @Override
    public Integer call() {
        Cli cli = parent.cli;
        CityGenerator.Builder b;
        try {
            b = CityGenerator.builder().seed(seed).scale(scale).breachRate(rate);
            if (asOf != null) {
                b.asOf(asOf);
            }
            int minimum = 0;
            Map<String, Integer> asked = new TreeMap<>();
            for (String spec : inject) {
                int eq = spec.indexOf('=');
                String id = (eq < 0 ? spec : spec.substring(0, eq)).strip();
                int n;
                try {
                    n = eq < 0 ? 1 : Integer.parseInt(spec.substring(eq + 1).strip());
                } catch (NumberFormatException e) {
                    throw new BadInputException(cli.msg.get("msg.generate.countNotWhole", spec));
                }
                if (n < 1) {
                    throw new BadInputException(cli.msg.get("msg.generate.countBelowOne", spec));
                }
                b.breachRate(id, Math.max(rate, Double.MIN_NORMAL)); // refuses an unknown ID, naming the known ones
                asked.put(id, n);
                minimum = Math.max(minimum, n);
            }
            b.minimumBreachesPerConstraint(minimum);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("wangge generate: " + e.getMessage());
        }
        if (rules != null) {
            RuleEngine engine = cli.engine("generate", rules);
            b.rules(engine);
        }
        GeneratedCity city = Progress.run(cli.err, cli.progress, cli.msg.get("msg.progress.generating"), b::generate);
        try {
            SnapshotFiles.write(city.snapshot(), out);
        } catch (RuntimeException e) {
            throw new BadInputException(List.of(cli.msg.get("msg.cannotWrite", "wangge generate", out, e.getMessage())), e);
        }
        Map<String, Integer> injected = new TreeMap<>();
        for (InjectedBreach breach : city.expected()) {
            injected.merge(breach.constraintId(), 1, Integer::sum);
        }
        cli.out.println(cli.msg.get("msg.generate.wrote", out, city.summary()));
        injected.forEach((id, n) -> cli.out.println("  " + cli.msg.get("msg.generate.injected", id, n)));
        cli.out.flush();
        return WanggeCommand.EXIT_OK;
    }
}
