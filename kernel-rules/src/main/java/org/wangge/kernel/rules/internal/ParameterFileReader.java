package org.wangge.kernel.rules.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wangge.kernel.rules.Citation;
import org.wangge.kernel.rules.ParameterDefinition;
import org.wangge.kernel.rules.ParameterSource;
import org.wangge.kernel.rules.RuleProblem;

/**
 * Reads a pack's {@code parameters.toml}: a sequence of {@code [[parameter]]} tables, each with
 * {@code name}, {@code value}, {@code unit}, {@code citation}, {@code source} ({@code "text"} or
 * {@code "policy-default"}), {@code effective-from} and an optional {@code note}. It is a small,
 * strict subset of TOML, so every error can name its line.
 */
public final class ParameterFileReader {

    static final String FILE = "parameters.toml";
    private static final Pattern KEY_VALUE = Pattern.compile("([a-z][a-z-]*)\\s*=\\s*(.+)");
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9-]+)*");
    private static final Set<String> KEYS = Set.of("name", "value", "unit", "citation", "source", "effective-from", "note");
    private static final Set<String> REQUIRED = Set.of("name", "value", "unit", "citation", "source", "effective-from");

    private ParameterFileReader() {
    }

    /**
     * @param text     the file's text
     * @param problems where problems are added
     * @return every dated value
     */
    public static List<ParameterDefinition> read(String text, List<RuleProblem> problems) {
        List<ParameterDefinition> out = new ArrayList<>();
        if (text == null) {
            problems.add(new RuleProblem(FILE, 0, 0, "the pack has no parameters.toml"));
            return out;
        }
        String[] lines = text.split("\n", -1);
        Map<String, String> block = null;
        Map<String, Integer> keyLines = null;
        int blockLine = 0;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? stripComment(lines[i].replace("\r", "")).strip() : "[[parameter]]";
            int no = i + 1;
            if (line.isEmpty()) {
                continue;
            }
            if (line.equals("[[parameter]]")) {
                if (block != null) {
                    ParameterDefinition d = finish(block, keyLines, blockLine, problems);
                    if (d != null) {
                        if (!seen.add(d.name() + "@" + d.effectiveFrom())) {
                            problems.add(new RuleProblem(FILE, blockLine, 1, "parameter " + d.name()
                                    + " has two values effective from " + d.effectiveFrom() + ": give the new value a later effective-from"));
                        } else {
                            out.add(d);
                        }
                    }
                }
                block = new LinkedHashMap<>();
                keyLines = new LinkedHashMap<>();
                blockLine = no;
                continue;
            }
            if (block == null) {
                problems.add(new RuleProblem(FILE, no, 1, "expected [[parameter]] before \"" + line + "\""));
                continue;
            }
            Matcher m = KEY_VALUE.matcher(line);
            if (!m.matches()) {
                problems.add(new RuleProblem(FILE, no, 1, "expected key = \"value\", found \"" + line + "\""));
                continue;
            }
            String key = m.group(1);
            if (!KEYS.contains(key)) {
                problems.add(new RuleProblem(FILE, no, 1, "unknown key \"" + key + "\"; allowed: " + KEYS));
                continue;
            }
            if (block.containsKey(key)) {
                problems.add(new RuleProblem(FILE, no, 1, "key \"" + key + "\" given twice in one [[parameter]]"));
                continue;
            }
            String raw = m.group(2).strip();
            String value;
            if (raw.startsWith("\"")) {
                if (raw.length() < 2 || !raw.endsWith("\"")) {
                    problems.add(new RuleProblem(FILE, no, line.indexOf('"') + 1, "unterminated string: close it with \""));
                    continue;
                }
                value = raw.substring(1, raw.length() - 1).replace("\\\"", "\"");
            } else {
                value = raw; // bare numbers and dates
            }
            block.put(key, value);
            keyLines.put(key, no);
        }
        return out;
    }

    private static String stripComment(String line) {
        boolean inString = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"' && (i == 0 || line.charAt(i - 1) != '\\')) {
                inString = !inString;
            } else if (c == '#' && !inString) {
                return line.substring(0, i);
            }
        }
        return line;
    }

    private static ParameterDefinition finish(Map<String, String> block, Map<String, Integer> keyLines, int blockLine,
            List<RuleProblem> problems) {
        int before = problems.size();
        for (String key : REQUIRED) {
            if (!block.containsKey(key)) {
                problems.add(new RuleProblem(FILE, blockLine, 1, "[[parameter]] "
                        + block.getOrDefault("name", "(unnamed)") + " lacks \"" + key + "\""));
            }
        }
        String name = block.get("name");
        if (name != null && !NAME.matcher(name).matches()) {
            problems.add(new RuleProblem(FILE, keyLines.get("name"), 1, "parameter name \"" + name
                    + "\" must be lower-case words separated by dots, e.g. filing.grace.days"));
        }
        Citation citation = null;
        if (block.containsKey("citation")) {
            try {
                citation = Citation.parse(block.get("citation"));
            } catch (IllegalArgumentException e) {
                problems.add(new RuleProblem(FILE, keyLines.get("citation"), 1, e.getMessage()));
            }
        }
        ParameterSource source = null;
        if (block.containsKey("source")) {
            String s = block.get("source");
            if (s.equals("text")) {
                source = ParameterSource.TEXT;
            } else if (s.equals("policy-default")) {
                source = ParameterSource.POLICY_DEFAULT;
            } else {
                problems.add(new RuleProblem(FILE, keyLines.get("source"), 1, "source \"" + s
                        + "\" must be \"text\" (the number is the regulation's) or \"policy-default\" (a local policy number)"));
            }
        }
        LocalDate from = null;
        if (block.containsKey("effective-from")) {
            try {
                from = LocalDate.parse(block.get("effective-from"));
            } catch (DateTimeParseException e) {
                problems.add(new RuleProblem(FILE, keyLines.get("effective-from"), 1, "effective-from \""
                        + block.get("effective-from") + "\" is not a date like 2024-02-01"));
            }
        }
        String unit = block.get("unit");
        String value = block.get("value");
        if (value != null && unit != null && !unit.equals("text") && !unit.equals("list")) {
            try {
                int n = Integer.parseInt(value);
                if (n < 0) {
                    problems.add(new RuleProblem(FILE, keyLines.get("value"), 1, "value " + value + " of " + name + " must not be negative"));
                }
            } catch (NumberFormatException e) {
                problems.add(new RuleProblem(FILE, keyLines.get("value"), 1, "value \"" + value + "\" of " + name
                        + " must be a whole number of " + unit));
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return new ParameterDefinition(name, value, unit, citation, source, from, block.get("note"), FILE, blockLine);
    }
}
