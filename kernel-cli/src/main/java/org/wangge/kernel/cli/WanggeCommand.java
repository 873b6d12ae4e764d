package org.wangge.kernel.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.wangge.kernel.model.ModelValidationException;
import org.wangge.kernel.rules.RulePackException;
import org.wangge.kernel.testkit.scenario.ScenarioFileException;
import org.wangge.kernel.io.snapshot.FileProblem;
import org.wangge.kernel.io.snapshot.SnapshotFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * The {@code wangge} command line: check a city snapshot against the Zigong Measures, run scenario
 * files, explain a constraint, print the traceability matrix and lint an analyst's rule directory.
 *
 * <pre>
 * wangge check city.yaml --format html --output report.html
 * wangge test scenarios/
 * wangge explain ZG-13-02
 * wangge trace --format md
 * wangge lint my-rules/
 * </pre>
 *
 * Exit codes: {@value #EXIT_OK} compliant / all passed / clean, {@value #EXIT_FINDINGS} findings /
 * failures / problems, {@value #EXIT_BAD_INPUT} bad input (a missing file, a malformed snapshot, an
 * unknown option or constraint ID) or an error, {@value #EXIT_WAIVER_EXPIRED} an expired waiver
 * ({@code check --waivers}). Errors are printed as plain lines on stderr; stack
 * traces only with {@code --debug}.
 */
@Command(name = "wangge", mixinStandardHelpOptions = true, versionProvider = WanggeCommand.Version.class,
        description = "Checks city data against the Zigong Measures on grid-based social governance "
                + "(自贡市城乡社会治理网格化服务管理办法).",
        subcommands = {CheckCommand.class, TestCommand.class, ExplainCommand.class, TraceCommand.class,
                LintCommand.class, ExportRulesCommand.class, DiffCommand.class, GenerateCommand.class, CommandLine.HelpCommand.class},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  compliant, all scenarios passed, no lint problems",
                "  1  findings (VIOLATION or WARNING), failed scenarios, lint problems",
                "  2  bad input: missing file, malformed snapshot, unknown option or constraint ID",
                "  3  check --waivers: a waiver has expired"})
public final class WanggeCommand implements Callable<Integer> {

    /** Exit code: compliant (no VIOLATION or WARNING; NOTICEs alone are compliant), all passed, clean. */
    public static final int EXIT_OK = 0;

    /** Exit code: findings of severity VIOLATION or WARNING, failed scenarios, lint problems. */
    public static final int EXIT_FINDINGS = 1;

    /** Exit code: bad input (missing file, wrong format, unknown option or constraint ID, malformed snapshot) or an error. */
    public static final int EXIT_BAD_INPUT = 2;

    /** Exit code of {@code wangge check --waivers}: a waiver has expired (its expiresOn is before the check's as-of date). */
    public static final int EXIT_WAIVER_EXPIRED = 3;

    final Cli cli;

    @Mixin
    CommonOptions common;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private WanggeCommand(Cli cli) {
        this.cli = cli;
    }

    /**
     * Runs the command line and exits the JVM with its exit code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            // the command line ships no logging backend: keep SLF4J's "no providers" notice off stderr
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs the command line in-process.
     *
     * @param args the arguments
     * @param out  where results go (written as UTF-8)
     * @param err  where errors and progress go (written as UTF-8)
     * @return the exit code: {@value #EXIT_OK}, {@value #EXIT_FINDINGS} or {@value #EXIT_BAD_INPUT}
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        PrintWriter o = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter e = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        String[] a = args == null ? new String[0] : args;
        boolean debug = given(a, "--debug");
        boolean progress = given(a, "--progress") || (System.console() != null && err == System.err);
        CliMessages msg = new CliMessages(CliMessages.of(a));
        Cli cli = new Cli(o, e, debug, progress, msg);
        int code;
        try {
            CommandLine cl = new CommandLine(new WanggeCommand(cli));
            if (msg.language == org.wangge.kernel.io.report.ReportLanguage.ZH) {
                cl.setResourceBundle(msg.bundle); // the usage help of every command in Chinese
            }
            cl.setOut(o);
            cl.setErr(e);
            cl.setCaseInsensitiveEnumValuesAllowed(true);
            cl.setParameterExceptionHandler(new ParseErrors(e, msg, debug));
            cl.setExecutionExceptionHandler((ex, cmd, parsed) -> handle(ex, cmd.getCommandSpec().qualifiedName(), e, debug, msg));
            code = cl.execute(a);
        } catch (RuntimeException | Error ex) { // a last resort: never a bare stack trace
            code = handle(ex, "wangge", e, debug, msg);
        }
        o.flush();
        e.flush();
        return code;
    }

    /** With no command: the usage, on stderr, and exit code 2. */
    @Override
    public Integer call() {
        cli.err.println(cli.msg.get("msg.giveCommand"));
        spec.commandLine().usage(cli.err, CommandLine.Help.Ansi.OFF);
        return EXIT_BAD_INPUT;
    }

    private static boolean given(String[] args, String option) {
        for (String s : args) {
            if ("--".equals(s)) {
                return false;
            }
            if (option.equals(s)) {
                return true;
            }
        }
        return false;
    }

    static int handle(Throwable ex, String command, PrintWriter err, boolean debug) {
        return handle(ex, command, err, debug, new CliMessages(org.wangge.kernel.io.report.ReportLanguage.EN));
    }

    static int handle(Throwable ex, String command, PrintWriter err, boolean debug, CliMessages msg) {
        if (debug) {
            ex.printStackTrace(err);
        }
        if (ex instanceof BadInputException b) {
            b.lines().forEach(err::println);
        } else if (ex instanceof SnapshotFileException s) {
            err.println(msg.get("msg.snapshotUnreadable", command, s.problems().size()));
            s.problems().forEach(p -> err.println(line(p)));
        } else if (ex instanceof ScenarioFileException s) {
            err.println(msg.get("msg.scenariosUnreadable", command, s.problems().size()));
            s.problems().forEach(p -> err.println(line(p)));
        } else if (ex instanceof RulePackException r) {
            Cli.problemLines(msg, command.replaceFirst("^wangge ?", ""), msg.get("msg.packRefused"), r).forEach(err::println);
        } else if (ex instanceof ModelValidationException m) {
            err.println(msg.get("msg.invalidData", command, m.getMessage()));
        } else if (ex instanceof UncheckedIOException io) {
            err.println(command + ": " + io.getCause().getMessage());
        } else {
            err.println(msg.get("msg.internalError", command, ex.getMessage()) + (debug ? "" : msg.get("msg.runWithDebug")));
        }
        err.flush();
        return EXIT_BAD_INPUT;
    }

    static String line(FileProblem p) {
        return p.file() + ":" + p.line() + ":" + p.column() + ": " + (p.field().isEmpty() ? "" : p.field() + ": ") + p.message();
    }

    /** {@code --version}: the tool's version, the built-in rule pack's, and Java's. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"wangge " + toolVersion(), "built-in rule pack " + builtInPack(), "Java " + Runtime.version()};
        }

        static String toolVersion() {
            String v = WanggeCommand.class.getPackage().getImplementationVersion();
            if (v != null) {
                return v;
            }
            Properties p = properties("META-INF/maven/org.wangge/kernel-cli/pom.properties");
            return p.getProperty("version", "(development build)");
        }

        static String builtInPack() {
            Properties p = properties(org.wangge.kernel.rules.RuleEngine.ZIGONG_PACK + "/pack.properties");
            return List.of(p.getProperty("name", "zigong"), p.getProperty("version", "?"),
                    "(in force from " + p.getProperty("in-force-from", "?") + ")").stream().reduce((x, y) -> x + " " + y).orElse("");
        }

        private static Properties properties(String resource) {
            Properties p = new Properties();
            try (InputStream in = WanggeCommand.class.getClassLoader().getResourceAsStream(resource)) {
                if (in != null) {
                    p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                // no version information: the defaults stand
            }
            return p;
        }
    }
}
