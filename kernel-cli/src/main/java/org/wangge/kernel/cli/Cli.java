package org.wangge.kernel.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.wangge.kernel.rules.RuleEngine;
import org.wangge.kernel.rules.RulePackException;

/** What the commands share: the output streams, the flags, and the rule engines (loaded once). */
final class Cli {

    final PrintWriter out;
    final PrintWriter err;
    final boolean debug;
    final boolean progress;
    /** The words of help, errors, lint and test in the chosen language. */
    final CliMessages msg;

    Cli(PrintWriter out, PrintWriter err, boolean debug, boolean progress) {
        this(out, err, debug, progress, new CliMessages(org.wangge.kernel.io.report.ReportLanguage.EN));
    }

    Cli(PrintWriter out, PrintWriter err, boolean debug, boolean progress, CliMessages msg) {
        this.out = out;
        this.err = err;
        this.debug = debug;
        this.progress = progress;
        this.msg = msg;
    }

    /**
     * @param rules a rule directory, or null for the built-in Zigong pack
     * @return the engine (the built-in one is loaded once per process)
     * @throws BadInputException when the directory is missing or its pack is refused
     */
    RuleEngine engine(String command, Path rules) {
        if (rules == null) {
            return Progress.run(err, progress, msg.get("msg.progress.loadingRules"), BuiltInPack::engine);
        }
        if ("builtin".equals(rules.toString()) && !Files.exists(rules)) {
            return Progress.run(err, progress, msg.get("msg.progress.loadingRules"), BuiltInPack::engine);
        }
        requirePack(msg, command, rules);
        String what = msg.get(RuleEngine.isReform(rules) ? "msg.reformRefused" : "msg.directoryRefused", rules);
        try {
            return Progress.run(err, progress, msg.get("msg.progress.loadingRulesFrom", rules), () -> RuleEngine.fromDirectory(rules));
        } catch (RulePackException e) {
            throw new BadInputException(problemLines(msg, command, what, e), e);
        }
    }

    static List<String> problemLines(String command, String headline, RulePackException e) {
        return problemLines(new CliMessages(org.wangge.kernel.io.report.ReportLanguage.EN), command, headline, e);
    }

    static List<String> problemLines(CliMessages msg, String command, String headline, RulePackException e) {
        java.util.ArrayList<String> lines = new java.util.ArrayList<>();
        lines.add(msg.get("msg.problemsHeadline", "wangge " + command, headline, e.problems().size()));
        e.problems().forEach(p -> lines.add(p.toString()));
        return lines;
    }

    static void requireFile(String command, Path file, String what) {
        requireFile(new CliMessages(org.wangge.kernel.io.report.ReportLanguage.EN), command, file, what);
    }

    /** @param what the kind of file, in English ("snapshot file"); its Chinese is the bundle's {@code what.…} key */
    static void requireFile(CliMessages msg, String command, Path file, String what) {
        String w = msg.get("what." + what.replace(' ', '-'));
        if (w.startsWith("what.")) {
            w = what;
        }
        if (!Files.exists(file)) {
            throw new BadInputException(msg.get("msg.noSuchFile", "wangge " + command, w, file));
        }
        if (Files.isDirectory(file)) {
            throw new BadInputException(msg.get("msg.isDirectory", "wangge " + command, file, w));
        }
        if (!Files.isReadable(file)) {
            throw new BadInputException(msg.get("msg.cannotRead", "wangge " + command, w, file));
        }
    }

    /** A pack: a rule directory or a reform file (*.reform.toml). */
    static void requirePack(String command, Path rules) {
        requirePack(new CliMessages(org.wangge.kernel.io.report.ReportLanguage.EN), command, rules);
    }

    static void requirePack(CliMessages msg, String command, Path rules) {
        if (!Files.exists(rules)) {
            throw new BadInputException(msg.get("msg.noSuchPack", "wangge " + command, rules));
        }
        if (!Files.isDirectory(rules) && !Files.isReadable(rules)) {
            throw new BadInputException(msg.get("msg.cannotReadReform", "wangge " + command, rules));
        }
    }

    static void requireDirectory(String command, Path dir, String what) {
        if (!Files.exists(dir)) {
            throw new BadInputException("wangge " + command + ": no such " + what + ": " + dir);
        }
        if (!Files.isDirectory(dir)) {
            throw new BadInputException("wangge " + command + ": " + dir + " is not a directory (" + what + ")");
        }
    }

    /** Reads {@code --as-of}: an ISO date such as 2025-06-30. */
    static final class DateConverter implements picocli.CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value.strip());
            } catch (java.time.format.DateTimeParseException e) {
                throw new picocli.CommandLine.TypeConversionException(
                        "'" + value + "' is not a date: write it as YYYY-MM-DD, e.g. 2025-06-30");
            }
        }
    }
}
