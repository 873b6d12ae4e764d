package org.wangge.examples.analyst;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.wangge.kernel.rules.RuleEngine;

/**
 * The analyst's rule directory: the built-in Zigong pack, exported as {@code wangge export-rules} does, with the
 * analyst's two edits applied — one parameter (a new dated block of {@code filing.grace.days}: 20 days from
 * 2026-01-01, appended to {@code parameters.toml}) and one rule (ZG-08-01 judges planned community grids too).
 *
 * <p>An analyst keeps the whole exported directory under version control and edits it in place. This example
 * derives it at build time instead ({@code target/rules}), from the built-in pack of the kernel it builds
 * against and the edits in {@code edits/}, so that it follows the built-in pack and shows only the edits.
 */
public final class Workspace {

    /** The parameter edit: appended to the exported {@code parameters.toml}. */
    public static final String PARAMETER_EDIT = "parameters.toml";
    /** The rule edit: replaces the rule of the same name in the exported file of the same name. */
    public static final String RULE_EDIT = "art08-grid-size-and-kinds.drl";

    private static final Pattern RULE = Pattern.compile("(?m)^rule \"([^\"]+)\"");

    private Workspace() {
    }

    /**
     * Exports the built-in pack into {@code rules} (emptied first) and applies the edits of {@code edits}.
     *
     * @param edits the edits directory
     * @param rules the rule directory to (re)create
     * @return {@code rules}
     */
    public static Path prepare(Path edits, Path rules) {
        try {
            delete(rules);
            RuleEngine.exportBuiltInPack(rules);
            Path parameters = rules.resolve(PARAMETER_EDIT);
            Files.writeString(parameters, Files.readString(parameters) + Files.readString(edits.resolve(PARAMETER_EDIT)));
            Path drl = rules.resolve(RULE_EDIT);
            Files.writeString(drl, replaceRule(Files.readString(drl), Files.readString(edits.resolve(RULE_EDIT))));
            return rules;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param file a DRL file
     * @param edit a rule, optionally preceded by comment lines
     * @return the file with the rule of the same name (from its {@code rule "…"} line to its {@code end} line)
     *         replaced by the edit
     * @throws IllegalStateException when the file has no rule of that name
     */
    public static String replaceRule(String file, String edit) {
        String name = ruleName(edit);
        int start = file.indexOf("rule \"" + name + "\"");
        if (start < 0) {
            throw new IllegalStateException("the built-in file has no rule \"" + name + "\" to replace: refresh the edit");
        }
        Matcher end = Pattern.compile("(?m)^end[ \\t]*$").matcher(file);
        if (!end.find(start)) {
            throw new IllegalStateException("rule \"" + name + "\" has no end line");
        }
        return file.substring(0, start) + edit.strip() + file.substring(end.end());
    }

    /**
     * @param drl DRL text holding one rule
     * @return the name of its rule
     */
    public static String ruleName(String drl) {
        Matcher m = RULE.matcher(drl);
        if (!m.find()) {
            throw new IllegalArgumentException("no rule in the edit");
        }
        return m.group(1);
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }

    /**
     * Prepares {@code target/rules} from {@code edits/} (run from the workspace directory).
     *
     * @param args optionally the edits directory and the rule directory
     */
    public static void main(String[] args) {
        prepare(Path.of(args.length > 0 ? args[0] : "edits"), Path.of(args.length > 1 ? args[1] : "target/rules"));
    }
}
