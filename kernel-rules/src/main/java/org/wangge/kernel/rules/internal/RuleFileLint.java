package org.wangge.kernel.rules.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wangge.kernel.rules.RuleProblem;

/**
 * The load-time sandbox check of rule files. Analysts' rule files may use only the model, the
 * findings API and basic java.lang, java.time, java.util and java.math; this check refuses imports
 * and calls of System, Runtime, reflection, I/O, network, threads and class loading, naming the
 * line and column. It reads the source text, so it needs nothing to be compiled or run.
 */
public final class RuleFileLint {

    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(function\\s+|accumulate\\s+)?([\\w.$*]+)\\s*;?", Pattern.MULTILINE);
    private static final List<String> ALLOWED_IMPORTS = List.of(
            "org.wangge.kernel.model.", "org.wangge.kernel.rules.facts.", "org.wangge.kernel.rules.Severity",
            "org.wangge.kernel.rules.Citation", "org.wangge.kernel.rules.ConsequenceLevel",
            "org.wangge.kernel.rules.ParameterValues", "java.time.", "java.util.", "java.math.", "java.lang.");
    private static final List<String> FORBIDDEN_IMPORTS = List.of(
            "java.util.concurrent", "java.util.zip", "java.util.jar", "java.util.logging", "java.util.spi", "java.lang.reflect",
            "java.lang.invoke", "java.lang.Thread", "java.lang.System", "java.lang.Runtime", "java.lang.Process",
            "java.lang.ClassLoader", "java.lang.Class", "java.lang.ref", "java.lang.instrument", "java.lang.management",
            "java.lang.module", "org.wangge.kernel.rules.internal");

    /** Identifiers that reach outside the sandbox, with the reason given to the analyst. */
    private static final List<String[]> FORBIDDEN = List.of(
            new String[] {"\\bSystem\\b", "System (process, environment, exit, I/O)"},
            new String[] {"\\bRuntime\\b", "Runtime (process execution, exit)"},
            new String[] {"\\bProcess(Builder|Handle)?\\b", "process execution"},
            new String[] {"\\bThread(Group|Local)?\\b", "threads"},
            new String[] {"\\b(Executors?|ExecutorService|ForkJoinPool|CompletableFuture|Timer)\\b", "threads"},
            new String[] {"\\bClassLoader\\b|\\bloadClass\\b|\\bdefineClass\\b", "class loading"},
            new String[] {"\\bClass\\s*\\.\\s*forName\\b|\\bforName\\b", "class loading by name"},
            new String[] {"\\bgetClass\\s*\\(|\\.\\s*class\\b", "reflection"},
            new String[] {"\\bjava\\s*\\.\\s*lang\\s*\\.\\s*(reflect|invoke)\\b|\\bgetDeclared\\w*|\\bsetAccessible\\b|\\bMethodHandles?\\b|\\bUnsafe\\b", "reflection"},
            new String[] {"\\bjava\\s*\\.\\s*(io|nio|net)\\b|\\b(File|Files|Paths|FileReader|FileWriter|FileInputStream|FileOutputStream|RandomAccessFile)\\b", "file I/O"},
            new String[] {"\\b(URL|URI|Socket|ServerSocket|HttpClient|DatagramSocket|InetAddress)\\b", "network"},
            new String[] {"\\b(javax|sun|jdk|com\\s*\\.\\s*sun)\\s*\\.", "platform internals"},
            new String[] {"\\bexec\\s*\\(|\\bexit\\s*\\(|\\bhalt\\s*\\(", "process control"});

    private RuleFileLint() {
    }

    /**
     * @param file the file name
     * @param text its text
     * @return every problem found, empty when the file keeps to the sandbox
     */
    public static List<RuleProblem> check(String file, String text) {
        List<RuleProblem> problems = new ArrayList<>();
        String code = file.endsWith(".drl") ? blankCommentsAndStrings(text) : text;
        Matcher imports = IMPORT.matcher(code);
        while (imports.find()) {
            String name = imports.group(2);
            boolean allowed = ALLOWED_IMPORTS.stream().anyMatch(name::startsWith)
                    && FORBIDDEN_IMPORTS.stream().noneMatch(name::startsWith);
            if (!allowed) {
                int[] pos = position(code, imports.start(2));
                problems.add(new RuleProblem(file, pos[0], pos[1], "import of " + name
                        + " is not allowed in rule files: use only org.wangge.kernel.model, org.wangge.kernel.rules.facts and java.lang/java.time/java.util/java.math"));
            }
        }
        for (String[] forbidden : FORBIDDEN) {
            Matcher m = Pattern.compile(forbidden[0]).matcher(code);
            while (m.find()) {
                if (insideImport(code, m.start())) {
                    continue; // already reported as an import
                }
                int[] pos = position(code, m.start());
                problems.add(new RuleProblem(file, pos[0], pos[1], "\"" + m.group().strip() + "\" is not allowed in rule files: "
                        + forbidden[1] + " is outside what rules may do"));
            }
        }
        problems.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line()) : Integer.compare(a.column(), b.column()));
        return problems;
    }

    private static boolean insideImport(String code, int at) {
        int lineStart = code.lastIndexOf('\n', at) + 1;
        return code.substring(lineStart, at).strip().startsWith("import");
    }

    private static int[] position(String text, int offset) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return new int[] {line, col};
    }

    /**
     * Blanks comments only, keeping strings (rule names are strings).
     *
     * @param text DRL text
     * @return the text with comments blanked
     */
    static String blankCommentsAndStringsKeepingRuleNames(String text) {
        return blank(text, false);
    }

    static String blankCommentsAndStrings(String text) {
        return blank(text, true);
    }

    /** Replaces comments and string literals by spaces, keeping line breaks, so positions stay right. */
    private static String blank(String text, boolean strings) {
        StringBuilder b = new StringBuilder(text);
        int i = 0;
        while (i < b.length()) {
            char c = b.charAt(i);
            char next = i + 1 < b.length() ? b.charAt(i + 1) : 0;
            if (c == '/' && next == '/') {
                while (i < b.length() && b.charAt(i) != '\n') {
                    b.setCharAt(i++, ' ');
                }
            } else if (c == '/' && next == '*') {
                while (i < b.length() && !(b.charAt(i) == '*' && i + 1 < b.length() && b.charAt(i + 1) == '/')) {
                    if (b.charAt(i) != '\n') {
                        b.setCharAt(i, ' ');
                    }
                    i++;
                }
                if (i < b.length()) {
                    b.setCharAt(i++, ' ');
                    b.setCharAt(i++, ' ');
                }
            } else if (c == '"' && !strings) {
                i++;
                while (i < b.length() && b.charAt(i) != '"' && b.charAt(i) != '\n') {
                    i += b.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
            } else if (c == '"') {
                b.setCharAt(i++, ' ');
                while (i < b.length() && b.charAt(i) != '"' && b.charAt(i) != '\n') {
                    if (b.charAt(i) == '\\' && i + 1 < b.length()) {
                        b.setCharAt(i++, ' ');
                    }
                    b.setCharAt(i++, ' ');
                }
                if (i < b.length() && b.charAt(i) == '"') {
                    b.setCharAt(i++, ' ');
                }
            } else {
                i++;
            }
        }
        return b.toString();
    }
}
