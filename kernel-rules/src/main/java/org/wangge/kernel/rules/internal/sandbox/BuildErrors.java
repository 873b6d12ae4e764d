package org.wangge.kernel.rules.internal.sandbox;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.wangge.kernel.rules.RuleProblem;
import org.wangge.kernel.rules.internal.PackSource;

/** Places for the executable model's build errors, which name the file but not always the line. */
public final class BuildErrors {

    private static final Pattern NAMED = Pattern.compile("(?:Unknown field|Method|Unknown method|Unable to resolve|cannot be resolved|Unknown property)\\s+\"?([\\w$]+)");

    private BuildErrors() {
    }

    /**
     * @param text    the file's text, or null
     * @param message the build error
     * @return {line, column} of the first use of the field or method the message names, {0, 0} when none
     */
    public static int[] locate(String text, String message) {
        if (text == null) {
            return new int[] {0, 0};
        }
        Matcher m = NAMED.matcher(message);
        if (!m.find()) {
            return new int[] {0, 0};
        }
        Matcher use = Pattern.compile("(?<![\\w$])" + Pattern.quote(m.group(1)) + "(?![\\w$])").matcher(text);
        if (!use.find()) {
            return new int[] {0, 0};
        }
        return position(text, use.start());
    }

    /**
     * @param text   a text
     * @param offset an offset in it, or negative
     * @return {line, column}, 1-based, or {0, 0} for a negative offset
     */
    static int[] position(String text, int offset) {
        if (offset < 0) {
            return new int[] {0, 0};
        }
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
     * The DRL parser stops the executable model before it compiles any code, so a syntax error in one file would hide
     * every error of the others. Builds the others once more, without the files that have syntax errors, and returns
     * what that finds, so that an analyst sees every error at once.
     *
     * @param source  the pack
     * @param found   the problems of the first build
     * @param rebuild builds a pack and returns its problems
     * @return the further problems, in files without syntax errors
     */
    public static List<RuleProblem> beyondSyntaxErrors(PackSource source, List<RuleProblem> found,
            Function<PackSource, List<RuleProblem>> rebuild) {
        Set<String> broken = found.stream().filter(p -> p.message().contains("[ERR ") || p.message().contains("Parser returned a null Package"))
                .map(RuleProblem::file).collect(Collectors.toSet());
        if (broken.isEmpty()) {
            return List.of();
        }
        Map<String, byte[]> rest = new TreeMap<>(source.files());
        rest.keySet().removeAll(broken);
        boolean anyRules = rest.keySet().stream().anyMatch(f -> f.endsWith(".drl") || f.endsWith(".drl.csv") || f.endsWith(".drl.xlsx"));
        if (!anyRules) {
            return List.of();
        }
        return rebuild.apply(new PackSource(source.location(), rest)).stream().filter(p -> !broken.contains(p.file())).toList();
    }
}
