package org.wangge.kernel.rules.internal.sandbox;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.drools.compiler.compiler.io.memory.MemoryFileSystem;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.compiler.kie.builder.impl.MemoryKieModule;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.drools.modelcompiler.CanonicalKieModule;
import org.drools.util.PortablePath;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.ReleaseId;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.wangge.kernel.rules.RuleProblem;
import org.wangge.kernel.rules.internal.PackSource;

/**
 * The compiler's hook into the sandbox: after the executable model is built and before anything of it is loaded,
 * checks every generated class against the allow-list, maps each refusal back to its rule and the place in the rule
 * file, and, when nothing is refused, instruments the classes for the check budget.
 */
public final class PackSandbox {

    private static final Pattern RULE_DECL = Pattern.compile("^\\s*rule\\s+(\"((?:[^\"\\\\]|\\\\.)+)\"|(\\S+))", Pattern.MULTILINE);
    private static final Pattern END = Pattern.compile("^\\s*end\\b", Pattern.MULTILINE);
    private static final String RULE_DSL = "org/drools/modelcompiler/dsl/pattern/D";

    private PackSandbox() {
    }

    /**
     * @param source    the pack's files
     * @param builder   the finished build (no errors)
     * @param releaseId its release
     * @return every refusal, as file:line:column problems; empty when the pack keeps to the allow-list, in which case
     *         its classes have been instrumented
     */
    public static List<RuleProblem> checkAndInstrument(PackSource source, KieBuilder builder, ReleaseId releaseId) {
        InternalKieModule module = (InternalKieModule) builder.getKieModule();
        Map<String, byte[]> files = module.getClassesMap();
        Map<String, byte[]> classes = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            classes.put(e.getKey().substring(0, e.getKey().length() - ".class".length()), e.getValue());
        }
        String projectModel = CanonicalKieModule.getProjectModelClassNameNameWithReleaseId(releaseId).replace('.', '/');
        List<BytecodeSandbox.Refusal> refusals = BytecodeSandbox.check(classes, projectModel, PackSandbox.class.getClassLoader());
        if (!refusals.isEmpty()) {
            return new Locator(source, classes).problems(refusals);
        }
        MemoryFileSystem fs = memoryOf(module);
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            fs.write(PortablePath.of(e.getKey()), BytecodeSandbox.instrument(e.getValue()));
        }
        return List.of();
    }

    /** The most a kept kjar may unpack to; the built-in pack's is about 3 MB. */
    private static final long MAX_KJAR_BYTES = 256L << 20;

    /**
     * Checks again the classes of a kjar the compiled-pack cache kept (as {@link #checkAndInstrument} left them:
     * checked, then instrumented), before anything of it is loaded: a cache entry is a file on disk, and what it holds
     * must keep to the allow-list as the build's own classes had to. The budget checks the instrumentation added are
     * allowed in their exact form only.
     *
     * @param kjar the kjar's bytes
     * @return each refused reference as {@code class.method uses member}; empty when every class keeps to the allow-list
     * @throws java.io.IOException when the kjar cannot be read, names no release, repeats an entry or unpacks too large
     */
    public static List<String> recheckKjar(byte[] kjar) throws java.io.IOException {
        Map<String, byte[]> classes = new LinkedHashMap<>();
        java.util.Properties release = null;
        long total = 0;
        java.util.Set<String> names = new java.util.HashSet<>();
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(kjar))) {
            for (java.util.zip.ZipEntry e; (e = zip.getNextEntry()) != null;) {
                String name = e.getName();
                if (!names.add(name)) {
                    throw new java.io.IOException("the kjar holds " + name + " twice");
                }
                byte[] bytes = zip.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_KJAR_BYTES - total + 1));
                total += bytes.length;
                if (total > MAX_KJAR_BYTES) {
                    throw new java.io.IOException("the kjar unpacks to more than " + (MAX_KJAR_BYTES >> 20) + " MB");
                }
                if (name.endsWith(".class")) {
                    classes.put(name.substring(0, name.length() - ".class".length()), bytes);
                } else if (name.startsWith("META-INF/maven/") && name.endsWith("/pom.properties")) {
                    if (release != null) {
                        throw new java.io.IOException("the kjar names more than one release");
                    }
                    release = new java.util.Properties();
                    release.load(new ByteArrayInputStream(bytes));
                }
            }
        }
        if (release == null || release.getProperty("groupId") == null || release.getProperty("artifactId") == null
                || release.getProperty("version") == null) {
            throw new java.io.IOException("the kjar names no release (META-INF/maven/…/pom.properties)");
        }
        ReleaseId id = org.kie.api.KieServices.get().newReleaseId(release.getProperty("groupId"), release.getProperty("artifactId"),
                release.getProperty("version"));
        String projectModel = CanonicalKieModule.getProjectModelClassNameNameWithReleaseId(id).replace('.', '/');
        List<String> out = new ArrayList<>();
        for (BytecodeSandbox.Refusal r : BytecodeSandbox.checkInstrumented(classes, projectModel, PackSandbox.class.getClassLoader())) {
            out.add(r.className().replace('/', '.') + "." + r.methodName() + " uses " + r.member());
        }
        return out;
    }

    private static MemoryFileSystem memoryOf(InternalKieModule module) {
        InternalKieModule inner = module instanceof CanonicalKieModule c ? c.getInternalKieModule() : module;
        if (inner instanceof MemoryKieModule m) {
            return m.getMemoryFileSystem();
        }
        throw new IllegalStateException("the rule build is not held in memory (" + inner.getClass().getName() + "): cannot instrument it");
    }

    /** Maps generated classes back to rules, and rules to their place in the pack's files. */
    private static final class Locator {
        private final PackSource source;
        /** "class#method" or "class" of generated code to the rule it belongs to. */
        private final Map<String, String> ruleOf = new HashMap<>();
        /** rule name to {file, line}. */
        private final Map<String, Object[]> places = new HashMap<>();

        Locator(PackSource source, Map<String, byte[]> classes) {
            this.source = source;
            for (byte[] bytes : classes.values()) {
                readRuleMethods(bytes, classes);
            }
            for (String file : source.files().keySet()) {
                if (file.endsWith(".drl")) {
                    Matcher m = RULE_DECL.matcher(source.text(file));
                    while (m.find()) {
                        String name = m.group(2) != null ? m.group(2).replace("\\\"", "\"") : m.group(3);
                        places.putIfAbsent(name, new Object[] {file, lineAt(source.text(file), m.start(1)), m.start(1)});
                    }
                } else if (file.endsWith(".drl.csv") || file.endsWith(".drl.xlsx")) {
                    try {
                        String drl = new SpreadsheetCompiler().compile(new ByteArrayInputStream(source.files().get(file)),
                                file.endsWith(".csv") ? InputType.CSV : InputType.XLS);
                        Matcher m = RULE_DECL.matcher(drl);
                        while (m.find()) {
                            String name = m.group(2) != null ? m.group(2) : m.group(3);
                            int cut = name.lastIndexOf('_');
                            int row = 0;
                            try {
                                row = cut > 0 ? Integer.parseInt(name.substring(cut + 1)) : 0;
                            } catch (NumberFormatException e) {
                                row = 0;
                            }
                            places.putIfAbsent(name, new Object[] {file, row, -1});
                        }
                    } catch (RuntimeException e) {
                        // the build already compiled it; without a place the rule is named without a line
                    }
                }
            }
        }

        private void readRuleMethods(byte[] bytes, Map<String, byte[]> classes) {
            new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9) {
                String owner;

                @Override
                public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
                    owner = name;
                }

                @Override
                public MethodVisitor visitMethod(int access, String method, String descriptor, String signature, String[] exceptions) {
                    return new MethodVisitor(Opcodes.ASM9) {
                        String lastString;
                        String rule;
                        final List<String> used = new ArrayList<>();

                        @Override
                        public void visitLdcInsn(Object value) {
                            if (value instanceof String s) {
                                lastString = s;
                            }
                        }

                        @Override
                        public void visitMethodInsn(int opcode, String o, String name, String desc, boolean itf) {
                            if (o.equals(RULE_DSL) && (name.equals("rule") || name.equals("query")) && rule == null) {
                                rule = lastString;
                            }
                        }

                        @Override
                        public void visitFieldInsn(int opcode, String o, String name, String desc) {
                            if (classes.containsKey(o)) {
                                used.add(o);
                            }
                        }

                        @Override
                        public void visitInvokeDynamicInsn(String name, String desc, Handle bsm, Object... args) {
                            for (Object a : args) {
                                if (a instanceof Handle h && classes.containsKey(h.getOwner())) {
                                    used.add(h.getOwner() + "#" + h.getName());
                                }
                            }
                        }

                        @Override
                        public void visitEnd() {
                            if (rule != null) {
                                ruleOf.put(owner + "#" + method, rule);
                                for (String u : used) {
                                    ruleOf.putIfAbsent(u, rule);
                                }
                            }
                        }
                    };
                }
            }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        }

        List<RuleProblem> problems(List<BytecodeSandbox.Refusal> refusals) {
            List<RuleProblem> out = new ArrayList<>();
            for (BytecodeSandbox.Refusal r : refusals) {
                if (r.methodName().equals("<class>") && r.member().startsWith("org.drools.base.rule.accessor.")) {
                    // An inline accumulate's init/action/reverse/result code is compiled into a class that implements the
                    // engine's own interface and works on its internals: not something the allow-list can vouch for.
                    Object[] any = anywhere("init");
                    out.add(new RuleProblem((String) any[0], (Integer) any[1], (Integer) any[2], "an inline accumulate with "
                            + "init/action/reverse/result code is not allowed in rule files: its code runs on the engine's internals, "
                            + "which rules may not use; use an accumulate function (count, sum, min, max, average, collectList, "
                            + "collectSet) (docs/security.md)"));
                    continue;
                }
                String rule = ruleOf.get(r.className() + "#" + r.methodName());
                if (rule == null) {
                    rule = ruleOf.get(r.className());
                }
                String why = " uses " + r.member() + ", which rules may not use: rules reach only the model, the rule facts, "
                        + "the globals asOf, params and calendar, and the listed parts of java.lang, java.time, java.util and "
                        + "java.math (docs/security.md)";
                Object[] place = rule == null ? null : places.get(rule);
                if (place != null) {
                    String file = (String) place[0];
                    int line = (Integer) place[1];
                    int[] at = find(file, line, (Integer) place[2], r.simpleName());
                    out.add(new RuleProblem(file, at[0], at[1], "rule \"" + rule + "\"" + why));
                } else {
                    // A function, a declared type or a table cell outside any rule: the first place the name is written.
                    Object[] any = anywhere(r.simpleName());
                    String what = rule != null ? "rule \"" + rule + "\"" : r.methodName().startsWith("<") ? "a declared type"
                            : "function or code \"" + r.methodName() + "\"";
                    out.add(new RuleProblem((String) any[0], (Integer) any[1], (Integer) any[2], what + why));
                }
            }
            out.sort((a, b) -> a.file().equals(b.file()) ? Integer.compare(a.line(), b.line()) : a.file().compareTo(b.file()));
            return out;
        }

        /** @return {line, column} of the name within the rule (with unicode escapes decoded), else the rule's line */
        private int[] find(String file, int line, int ruleOffset, String name) {
            if (file.endsWith(".drl")) {
                String text = source.text(file);
                Matcher end = END.matcher(text);
                int to = end.find(ruleOffset) ? end.end() : text.length();
                int at = indexOfName(text, ruleOffset, to, name);
                return at < 0 ? new int[] {line, 1} : position(text, at);
            }
            if (file.endsWith(".drl.csv")) {
                // The code is in the table's snippet row; the rule is its own row: give the rule's row and the start of
                // its cell in the column of the snippet that holds the name.
                String[] lines = source.text(file).split("\n", -1);
                int cell = -1;
                for (String l : lines) {
                    int at = indexOfName(l, 0, l.length(), name);
                    if (at >= 0) {
                        cell = cellIndex(l, at);
                        break;
                    }
                }
                if (line > 0 && line <= lines.length) {
                    int start = cell < 0 ? 0 : cellStart(lines[line - 1], cell);
                    return new int[] {line, start + 1};
                }
                return new int[] {line, 0};
            }
            return new int[] {line, xlsxColumn(file, line, name)};
        }

        /** @return the 1-based column (A = 1) of the code cell holding the name (in the rule's row, else the snippet row), 0 when none */
        private int xlsxColumn(String file, int row, String name) {
            try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(source.files().get(file)))) {
                DataFormatter format = new DataFormatter();
                for (Sheet sheet : book) {
                    for (Row r : sheet) {
                        for (Cell c : r) {
                            if (indexOfName(format.formatCellValue(c), 0, format.formatCellValue(c).length(), name) >= 0) {
                                return c.getColumnIndex() + 1;
                            }
                        }
                    }
                }
            } catch (Exception e) {
                return 0;
            }
            return 0;
        }

        /** @return the index of the CSV cell holding the character at {@code at} */
        private static int cellIndex(String line, int at) {
            int cell = 0;
            boolean quoted = false;
            for (int i = 0; i < at; i++) {
                char c = line.charAt(i);
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == ',' && !quoted) {
                    cell++;
                }
            }
            return cell;
        }

        /** @return the offset where CSV cell {@code cell} of the line starts */
        private static int cellStart(String line, int cell) {
            int n = 0;
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                if (n == cell) {
                    return i;
                }
                char c = line.charAt(i);
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == ',' && !quoted) {
                    n++;
                }
            }
            return 0;
        }

        private Object[] anywhere(String name) {
            for (String file : source.files().keySet()) {
                if (file.endsWith(".drl") || file.endsWith(".drl.csv")) {
                    String text = source.text(file);
                    int at = indexOfName(text, 0, text.length(), name);
                    if (at >= 0) {
                        int[] p = position(text, at);
                        return new Object[] {file, p[0], p[1]};
                    }
                }
            }
            return new Object[] {"(pack)", 0, 0};
        }

        /** Finds a name in raw text, reading {@code \}{@code uXXXX} escapes as the Java compiler does; the raw offset. */
        private static int indexOfName(String text, int from, int to, String name) {
            StringBuilder decoded = new StringBuilder();
            List<Integer> raw = new ArrayList<>();
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (c == '\\' && i + 5 < to && (text.charAt(i + 1) == 'u')) {
                    int j = i + 1;
                    while (j < to && text.charAt(j) == 'u') {
                        j++;
                    }
                    if (j + 4 <= to) {
                        try {
                            decoded.append((char) Integer.parseInt(text.substring(j, j + 4), 16));
                            raw.add(i);
                            i = j + 3;
                            continue;
                        } catch (NumberFormatException e) {
                            // not an escape: keep the backslash
                        }
                    }
                }
                decoded.append(c);
                raw.add(i);
            }
            Matcher m = Pattern.compile("(?<![\\w$])" + Pattern.quote(name) + "(?![\\w$])").matcher(decoded);
            return m.find() ? raw.get(m.start()) : -1;
        }

        private static int lineAt(String text, int offset) {
            return position(text, offset)[0];
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
    }
}
