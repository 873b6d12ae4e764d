package org.wangge.kernel.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.wangge.kernel.io.report.ReportLanguage;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * The command line's own errors (an unknown option, a missing parameter or option value, a bad value, an option given
 * twice) in the chosen language: what is wrong, with which option, the valid values or form where there are some, the
 * nearest known options, and the usage hint. In English they are picocli's messages; in Chinese they are said here.
 */
final class ParseErrors implements CommandLine.IParameterExceptionHandler {

    private final PrintWriter err;
    private final CliMessages msg;
    private final boolean debug;

    ParseErrors(PrintWriter err, CliMessages msg, boolean debug) {
        this.err = err;
        this.msg = msg;
        this.debug = debug;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        if (debug) {
            ex.printStackTrace(err);
        }
        String command = cmd.getCommandSpec().qualifiedName();
        List<String> suggestions = suggestions(ex);
        if (msg.language == ReportLanguage.EN) {
            err.println(command + ": " + ex.getMessage());
            if (!suggestions.isEmpty()) {
                err.println(msg.get("msg.parse.didYouMean", String.join(", ", suggestions)));
            }
        } else {
            err.println(msg.get("msg.parse.headline", command, chinese(ex)));
            if (!suggestions.isEmpty()) {
                err.println(msg.get("msg.parse.didYouMean", String.join("、", suggestions)));
            }
        }
        err.println(msg.get("msg.tryHelp", command));
        err.flush();
        return WanggeCommand.EXIT_BAD_INPUT;
    }

    /**
     * @return for an unknown option, picocli's suggestions (the options that start alike), else the nearest option name
     *         by edit distance ({@code --fromat}: {@code --format}); empty for other errors
     */
    static List<String> suggestions(ParameterException ex) {
        if (!(ex instanceof CommandLine.UnmatchedArgumentException u) || u.getUnmatched().isEmpty()) {
            return List.of();
        }
        if (!u.getSuggestions().isEmpty()) {
            return u.getSuggestions();
        }
        String wrong = u.getUnmatched().get(0);
        if (!wrong.startsWith("-")) {
            return List.of();
        }
        String name = wrong.contains("=") ? wrong.substring(0, wrong.indexOf('=')) : wrong;
        return ex.getCommandLine().getCommandSpec().optionsMap().keySet().stream().filter(n -> n.startsWith("--"))
                .filter(n -> distance(name, n) <= 2).sorted(java.util.Comparator.comparingInt((String n) -> distance(name, n))
                        .thenComparing(java.util.Comparator.naturalOrder())).limit(1).toList();
    }

    /**
     * The edit distance of two option names (insertions, deletions, substitutions and swaps of neighbours each count 1),
     * so that {@code --fromat} finds {@code --format}. (The module has no string-similarity library, and the rules'
     * one is internal to kernel-rules.)
     */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                if (i == 0 || j == 0) {
                    d[i][j] = i + j;
                    continue;
                }
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /** @return what is wrong, in Chinese */
    String chinese(ParameterException ex) {
        if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            String what = String.join("、", u.getUnmatched());
            return msg.get(u.isUnknownOption() ? "msg.parse.unknownOption" : "msg.parse.unmatched", what);
        }
        if (ex instanceof CommandLine.MissingParameterException m) {
            String names = m.getMissing().stream().map(ParseErrors::name).collect(Collectors.joining("、"));
            boolean optionValue = m.getMissing().size() == 1 && m.getMissing().get(0).isOption()
                    && String.valueOf(ex.getMessage()).startsWith("Missing required parameter for option");
            if (optionValue) {
                return msg.get("msg.parse.missingValue", names, m.getMissing().get(0).paramLabel());
            }
            boolean options = m.getMissing().stream().allMatch(ArgSpec::isOption);
            return msg.get(options ? "msg.parse.missingOption" : "msg.parse.missingParameter", names);
        }
        if (ex instanceof CommandLine.OverwrittenOptionException o) {
            return msg.get("msg.parse.twice", name(o.getOverwritten()));
        }
        if (ex instanceof CommandLine.MaxValuesExceededException) {
            return msg.get("msg.parse.tooMany");
        }
        ArgSpec arg = ex.getArgSpec();
        if (arg != null && ex.getValue() != null) {
            return msg.get("msg.parse.badValue", name(arg), ex.getValue(), form(arg));
        }
        return msg.get("msg.parse.other", ex.getMessage());
    }

    /** @return the valid values or the form of an option's value, in Chinese */
    private String form(ArgSpec arg) {
        Class<?> type = arg.type();
        if (type.isEnum()) {
            Iterable<String> candidates = arg.completionCandidates();
            String values = candidates != null
                    ? StreamSupport.stream(candidates.spliterator(), false).collect(Collectors.joining("、"))
                    : Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining("、"));
            return msg.get("msg.parse.oneOf", values);
        }
        if (type == LocalDate.class) {
            return msg.get("msg.parse.date");
        }
        if (List.of(int.class, Integer.class, long.class, Long.class).contains(type)) {
            return msg.get("msg.parse.integer");
        }
        if (List.of(double.class, Double.class, float.class, Float.class).contains(type)) {
            return msg.get("msg.parse.number");
        }
        return msg.get("msg.parse.seeHelp");
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel();
    }
}
