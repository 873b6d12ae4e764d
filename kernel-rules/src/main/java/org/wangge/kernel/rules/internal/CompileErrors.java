package org.wangge.kernel.rules.internal;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wangge.kernel.rules.RuleProblem;

/**
 * A compile error of a rule file in plain words, at its true place: for a name the fact type does not have, the
 * pattern's type, its known fields and the nearest one ({@code no field "houshold" on Grid; did you mean
 * "households"?}), at the line and column where the name is written.
 */
final class CompileErrors {

    private static final Pattern UNPARSED = Pattern.compile("Unable to (?:parse left part of expression|Analyse Expression):?\\s*(.*)");
    private static final Pattern UNKNOWN = Pattern.compile("(?:Unknown (?:field|property|method)|Unable to find (?:field|accessor|method))\\s+\"?([A-Za-z_$][\\w$]*)");
    private static final Pattern IDENT = Pattern.compile("(?<![\\w$.])([a-z_$][\\w$]*)(?![\\w$]*\\s*\\()");
    private static final Set<String> KEYWORDS = Set.of("true", "false", "null", "this", "not", "in", "matches", "contains", "memberOf",
            "soundslike", "str", "instanceof");

    private CompileErrors() {
    }

    /**
     * @param file   the rule file
     * @param text   its text
     * @param error  the compiler's message, on one line
     * @return the problem in plain words at its place, or null when the message is of another kind
     */
    static RuleProblem explain(String file, String text, String error) {
        if (text == null || !file.endsWith(".drl")) {
            return null;
        }
        String name = null;
        Matcher u = UNKNOWN.matcher(error);
        if (u.find()) {
            name = u.group(1);
        } else {
            Matcher p = UNPARSED.matcher(error);
            if (p.find()) {
                Matcher id = IDENT.matcher(p.group(1));
                while (id.find()) {
                    if (!KEYWORDS.contains(id.group(1))) {
                        name = id.group(1);
                        break;
                    }
                }
            }
        }
        if (name == null) {
            return null;
        }
        String code = RuleFileLint.blankCommentsAndStrings(text);
        Matcher use = Pattern.compile("(?<![\\w$])" + Pattern.quote(name) + "(?![\\w$])").matcher(code);
        while (use.find()) {
            String type = patternType(code, use.start());
            if (type == null) {
                continue;
            }
            Class<?> c = resolve(code, type);
            int[] at = BuildErrorsPosition.of(text, use.start());
            if (c == null) {
                return new RuleProblem(file, at[0], at[1], "no field \"" + name + "\" on " + type + " (" + error + ")");
            }
            Set<String> fields = fieldsOf(c);
            if (fields.contains(name)) {
                continue; // a real field: the error is elsewhere
            }
            String near = Suggest.nearest(name, fields);
            return new RuleProblem(file, at[0], at[1], "no field \"" + name + "\" on " + c.getSimpleName()
                    + (near == null ? "" : "; did you mean \"" + near + "\"?") + " (fields of " + c.getSimpleName() + ": "
                    + String.join(", ", fields) + ")");
        }
        return null;
    }

    /** The type of the innermost pattern {@code Type( … )} open at an offset, or null. */
    private static String patternType(String code, int offset) {
        int depth = 0;
        for (int i = offset - 1; i >= 0; i--) {
            char ch = code.charAt(i);
            if (ch == ')') {
                depth++;
            } else if (ch == '(') {
                if (depth == 0) {
                    int j = i - 1;
                    while (j >= 0 && Character.isWhitespace(code.charAt(j))) {
                        j--;
                    }
                    int end = j + 1;
                    while (j >= 0 && (Character.isJavaIdentifierPart(code.charAt(j)) || code.charAt(j) == '.')) {
                        j--;
                    }
                    String word = code.substring(j + 1, end);
                    String simple = word.contains(".") ? word.substring(word.lastIndexOf('.') + 1) : word;
                    if (!simple.isEmpty() && Character.isUpperCase(simple.charAt(0))) {
                        return word;
                    }
                    return null; // a method call or a parenthesis: not a pattern
                }
                depth--;
            } else if (ch == ';' || (ch == '\n' && code.startsWith("then", i + 1))) {
                return null;
            }
        }
        return null;
    }

    private static Class<?> resolve(String code, String type) {
        List<String> candidates = new java.util.ArrayList<>();
        if (type.contains(".")) {
            candidates.add(type);
        }
        Matcher imp = Pattern.compile("^\\s*import\\s+([\\w.]+)\\s*;?", Pattern.MULTILINE).matcher(code);
        while (imp.find()) {
            String i = imp.group(1);
            if (i.endsWith("." + type)) {
                candidates.add(i);
            }
        }
        candidates.add("org.wangge.kernel.rules.facts." + type);
        for (String c : candidates) {
            try {
                return Class.forName(c, false, CompileErrors.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                // try the next
            }
        }
        return null;
    }

    /** Record components, bean properties and public no-argument methods: what a constraint may name. */
    static Set<String> fieldsOf(Class<?> c) {
        Set<String> out = new TreeSet<>();
        if (c.isRecord()) {
            for (RecordComponent rc : c.getRecordComponents()) {
                out.add(rc.getName());
            }
        }
        for (Method m : c.getMethods()) {
            if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || m.getDeclaringClass() == Object.class
                    || m.getReturnType() == void.class || Set.of("hashCode", "toString", "getClass").contains(m.getName())) {
                continue;
            }
            String n = m.getName();
            if (n.startsWith("get") && n.length() > 3) {
                out.add(Character.toLowerCase(n.charAt(3)) + n.substring(4));
            } else if (n.startsWith("is") && n.length() > 2 && (m.getReturnType() == boolean.class)) {
                out.add(Character.toLowerCase(n.charAt(2)) + n.substring(3));
                out.add(n);
            } else {
                out.add(n);
            }
        }
        return out;
    }

    /** 1-based line and column of an offset. */
    static final class BuildErrorsPosition {
        private BuildErrorsPosition() {
        }

        static int[] of(String text, int offset) {
            int line = 1;
            int col = 1;
            for (int i = 0; i < offset && i < text.length(); i++) {
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
