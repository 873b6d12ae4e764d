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
import org.wangge.kernel.rules.PolicyTable;
import org.wangge.kernel.rules.RuleProblem;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.toml.TomlMapper;

/**
 * Reads a pack's {@code parameters.toml} with a TOML parser (Jackson's TOML module): an array of
 * {@code [[parameter]]} tables, each with {@code name}, {@code value}, {@code unit}, {@code citation},
 * {@code source} ({@code "text"} or {@code "policy-default"}), {@code effective-from}, and optionally
 * {@code note}, {@code label-zh}, {@code label-en}, {@code adopted-by} and {@code adopted-on}; and an array
 * of {@code [[table]]} tables declaring the decision tables of local policy ({@code name} = the file stem,
 * {@code file}, {@code citation}, {@code source}, {@code label-zh}, {@code label-en}, optional
 * {@code adopted-by}, {@code adopted-on}, {@code note}).
 *
 * <p>The parser reports syntax errors with their line and column; it gives no positions for well-formed
 * values, so {@link Lines} finds the line of each block and key by its header and key name (a locator, not a
 * second parser), and every semantic error still names {@code parameters.toml:line}.
 */
public final class ParameterFileReader {

    static final String FILE = "parameters.toml";
    private static final TomlMapper TOML = TomlMapper.builder().build();
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9-]+)*");
    /** A document number as the PRC writes it, e.g. 自网格办发〔2024〕3号. */
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile(".+〔\\d{4}〕\\d+号");
    private static final Set<String> KEYS = Set.of("name", "value", "unit", "citation", "source", "effective-from", "note",
            "label-zh", "label-en", "adopted-by", "adopted-on");
    private static final List<String> REQUIRED = List.of("name", "value", "unit", "citation", "source", "effective-from");
    private static final Set<String> TABLE_KEYS = Set.of("name", "file", "citation", "source", "note", "label-zh", "label-en",
            "adopted-by", "adopted-on");
    private static final List<String> TABLE_REQUIRED = List.of("name", "file", "citation", "source", "label-zh", "label-en");

    private ParameterFileReader() {
    }

    /** What the file holds: dated parameter values and the decision tables of local policy. */
    public record Result(List<ParameterDefinition> parameters, List<PolicyTable> tables) {
    }

    /**
     * @param text     the file's text
     * @param problems where problems are added
     * @return every dated value (tables: {@link #readAll})
     */
    public static List<ParameterDefinition> read(String text, List<RuleProblem> problems) {
        return readAll(text, problems).parameters();
    }

    /**
     * @param text     the file's text
     * @param problems where problems are added
     * @return every dated value and every declared table
     */
    public static Result readAll(String text, List<RuleProblem> problems) {
        List<ParameterDefinition> out = new ArrayList<>();
        List<PolicyTable> tables = new ArrayList<>();
        if (text == null) {
            problems.add(new RuleProblem(FILE, 0, 0, "the pack has no parameters.toml"));
            return new Result(out, tables);
        }
        JsonNode root = parseToml(FILE, text, "blocks are [[parameter]] or [[table]]", problems);
        if (root == null) {
            return new Result(out, tables);
        }
        Lines lines = new Lines(text);
        for (Map.Entry<String, JsonNode> top : root.properties()) {
            String key = top.getKey();
            if (!key.equals("parameter") && !key.equals("table")) {
                problems.add(new RuleProblem(FILE, lines.firstLineOf(key), 1, "unknown entry \"" + key
                        + "\": the file holds only [[parameter]] and [[table]] blocks"));
                continue;
            }
            if (!top.getValue().isArray()) {
                problems.add(new RuleProblem(FILE, lines.firstLineOf(key), 1, "\"" + key + "\" must be written [[" + key
                        + "]], once per block"));
            }
        }
        Set<String> seen = new HashSet<>();
        JsonNode params = root.get("parameter");
        if (params != null && params.isArray()) {
            int i = 0;
            for (JsonNode block : params.values()) {
                Block b = new Block(block, lines.block("parameter", i++));
                ParameterDefinition d = finishParameter(b, problems);
                if (d != null) {
                    if (!seen.add(d.name() + "@" + d.effectiveFrom())) {
                        problems.add(new RuleProblem(FILE, b.line, 1, "parameter " + d.name() + " has two values effective from "
                                + d.effectiveFrom() + ": give the new value a later effective-from"));
                    } else {
                        out.add(d);
                    }
                }
            }
        }
        JsonNode tableNodes = root.get("table");
        if (tableNodes != null && tableNodes.isArray()) {
            int i = 0;
            Set<String> names = new HashSet<>();
            for (JsonNode block : tableNodes.values()) {
                Block b = new Block(block, lines.block("table", i++));
                PolicyTable t = finishTable(b, problems);
                if (t != null) {
                    if (!names.add(t.name())) {
                        problems.add(new RuleProblem(FILE, b.line, 1, "table " + t.name() + " is declared twice"));
                    } else {
                        tables.add(t);
                    }
                }
            }
        }
        return new Result(out, tables);
    }

    /** One [[…]] block: its values and where they are. */
    private static final class Block {
        final Map<String, String> values = new LinkedHashMap<>();
        final Map<String, Boolean> numeric = new LinkedHashMap<>();
        final Map<String, Integer> keyLines;
        final int line;
        final JsonNode node;

        Block(JsonNode node, Lines.Located where) {
            this.node = node;
            this.line = where.line();
            this.keyLines = where.keys();
            if (node.isObject()) {
                for (Map.Entry<String, JsonNode> e : node.properties()) {
                    JsonNode v = e.getValue();
                    values.put(e.getKey(), v.isValueNode() ? v.asString() : null);
                    numeric.put(e.getKey(), v.isNumber());
                }
            }
        }

        int lineOf(String key) {
            return keyLines.getOrDefault(key, line);
        }

        String name() {
            return values.getOrDefault("name", "(unnamed)");
        }
    }

    private static void checkKeys(Block b, String kind, Set<String> allowed, List<String> required, List<RuleProblem> problems) {
        for (Map.Entry<String, String> e : b.values.entrySet()) {
            if (!allowed.contains(e.getKey())) {
                problems.add(new RuleProblem(FILE, b.lineOf(e.getKey()), 1, "unknown key \"" + e.getKey() + "\" in [[" + kind
                        + "]] " + b.name() + "; allowed: " + new java.util.TreeSet<>(allowed)));
            } else if (e.getValue() == null) {
                problems.add(new RuleProblem(FILE, b.lineOf(e.getKey()), 1, "key \"" + e.getKey() + "\" of [[" + kind + "]] "
                        + b.name() + " must be a single value, not a table or array"));
            }
        }
        for (String key : required) {
            if (!b.values.containsKey(key)) {
                problems.add(new RuleProblem(FILE, b.line, 1, "[[" + kind + "]] " + b.name() + " lacks \"" + key + "\""));
            }
        }
    }

    private static ParameterDefinition finishParameter(Block b, List<RuleProblem> problems) {
        int before = problems.size();
        checkKeys(b, "parameter", KEYS, REQUIRED, problems);
        String name = b.values.get("name");
        if (name != null && !NAME.matcher(name).matches()) {
            problems.add(new RuleProblem(FILE, b.lineOf("name"), 1, "parameter name \"" + name
                    + "\" must be lower-case words separated by dots, e.g. filing.grace.days"));
        }
        Citation citation = citation(b, problems);
        ParameterSource source = source(b, problems);
        LocalDate from = date(b, "effective-from", problems);
        String unit = b.values.get("unit");
        String value = b.values.get("value");
        if (value != null && unit != null && !unit.equals("text") && !unit.equals("list")) {
            try {
                int n = Integer.parseInt(value);
                if (n < 0) {
                    problems.add(new RuleProblem(FILE, b.lineOf("value"), 1, "value " + value + " of " + name + " must not be negative"));
                }
            } catch (NumberFormatException e) {
                problems.add(new RuleProblem(FILE, b.lineOf("value"), 1, "value \"" + value + "\" of " + name
                        + " must be a whole number of " + unit));
            }
        }
        String[] adoption = adoption(b, source, problems);
        if (problems.size() > before) {
            return null;
        }
        return new ParameterDefinition(name, value, unit, citation, source, from, b.values.get("note"), FILE, b.line,
                b.values.get("label-zh"), b.values.get("label-en"), adoption[0], adoption[0] == null ? null : LocalDate.parse(adoption[1]));
    }

    private static PolicyTable finishTable(Block b, List<RuleProblem> problems) {
        int before = problems.size();
        checkKeys(b, "table", TABLE_KEYS, TABLE_REQUIRED, problems);
        String name = b.values.get("name");
        String file = b.values.get("file");
        if (name != null && file != null && !file.startsWith(name + ".drl")) {
            problems.add(new RuleProblem(FILE, b.lineOf("file"), 1, "table " + name + ": file \"" + file
                    + "\" must be the table's own rule file, " + name + ".drl.csv or " + name + ".drl.xlsx (the name is its file stem)"));
        }
        Citation citation = citation(b, problems);
        ParameterSource source = source(b, problems);
        String[] adoption = adoption(b, source, problems);
        if (problems.size() > before) {
            return null;
        }
        return new PolicyTable(name, file, citation, source, b.values.get("label-zh"), b.values.get("label-en"), adoption[0],
                adoption[0] == null ? null : LocalDate.parse(adoption[1]), b.values.get("note"), b.line);
    }

    private static Citation citation(Block b, List<RuleProblem> problems) {
        if (!b.values.containsKey("citation") || b.values.get("citation") == null) {
            return null;
        }
        try {
            return Citation.parse(b.values.get("citation"));
        } catch (IllegalArgumentException e) {
            problems.add(new RuleProblem(FILE, b.lineOf("citation"), 1, e.getMessage()));
            return null;
        }
    }

    private static ParameterSource source(Block b, List<RuleProblem> problems) {
        String s = b.values.get("source");
        if (s == null) {
            return null;
        }
        if (s.equals("text")) {
            return ParameterSource.TEXT;
        }
        if (s.equals("policy-default")) {
            return ParameterSource.POLICY_DEFAULT;
        }
        problems.add(new RuleProblem(FILE, b.lineOf("source"), 1, "source \"" + s
                + "\" must be \"text\" (the number is the regulation's) or \"policy-default\" (a local policy number)"));
        return null;
    }

    private static LocalDate date(Block b, String key, List<RuleProblem> problems) {
        String v = b.values.get(key);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            problems.add(new RuleProblem(FILE, b.lineOf(key), 1, key + " \"" + v + "\" is not a date like 2024-02-01"));
            return null;
        }
    }

    /** @return {adopted-by, adopted-on}, both null when not recorded */
    private static String[] adoption(Block b, ParameterSource source, List<RuleProblem> problems) {
        String by = b.values.get("adopted-by");
        String on = b.values.get("adopted-on");
        if (by == null && on == null) {
            return new String[] {null, null};
        }
        int before = problems.size();
        if (by == null || on == null) {
            problems.add(new RuleProblem(FILE, b.lineOf(by == null ? "adopted-on" : "adopted-by"), 1, b.name()
                    + ": give both adopted-by (the document number, e.g. \"自网格办发〔2024〕3号\") and adopted-on (its date, e.g. 2024-03-01), or neither"));
        }
        if (by != null && !DOCUMENT_NUMBER.matcher(by.strip()).matches()) {
            problems.add(new RuleProblem(FILE, b.lineOf("adopted-by"), 1, b.name() + ": adopted-by \"" + by
                    + "\" is not a document number like 自网格办发〔2024〕3号 (issuer, year in 〔〕, number, 号)"));
        }
        if (on != null && date(b, "adopted-on", problems) == null && problems.size() == before) {
            problems.add(new RuleProblem(FILE, b.lineOf("adopted-on"), 1, b.name() + ": adopted-on must be a date"));
        }
        if (source == ParameterSource.TEXT) {
            problems.add(new RuleProblem(FILE, b.lineOf("adopted-by"), 1, b.name()
                    + ": a number the text itself gives (source = \"text\") needs no local adoption; remove adopted-by/adopted-on"));
        }
        return problems.size() > before ? new String[] {null, null} : new String[] {by.strip(), on};
    }

    /**
     * Parses a pack's TOML file; a syntax error becomes one problem at its line and column, with the hint on what the
     * file holds. Shared by every TOML file of a pack ({@code parameters.toml}, {@code slicing.toml}).
     *
     * @return the parsed tree, or null when the text is not valid TOML (the problem is added)
     */
    static JsonNode parseToml(String file, String text, String blocksHint, List<RuleProblem> problems) {
        try {
            return TOML.readTree(text);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : Math.max(e.getLocation().getLineNr(), 0);
            int column = e.getLocation() == null ? 0 : Math.max(e.getLocation().getColumnNr(), 0);
            problems.add(new RuleProblem(file, line, column, "not valid TOML: " + e.getOriginalMessage()
                    + " (" + blocksHint + ", keys are key = value, strings in double quotes)"));
            return null;
        }
    }

    /**
     * Where the blocks and keys of a TOML file are: the n-th {@code [[parameter]]} header and the keys under it.
     * Reads headers and {@code key =} at the start of lines only; the values were parsed by the TOML parser.
     */
    static final class Lines {
        private static final Pattern HEADER = Pattern.compile("^\\s*\\[\\[\\s*([A-Za-z0-9_-]+)\\s*]]");
        private static final Pattern OTHER_HEADER = Pattern.compile("^\\s*\\[");
        private static final Pattern KEY = Pattern.compile("^\\s*(?:\"([^\"]+)\"|([A-Za-z0-9_-]+))\\s*=");

        record Located(int line, Map<String, Integer> keys) {
        }

        private final Map<String, List<Located>> blocks = new LinkedHashMap<>();
        private final Map<String, Integer> topKeys = new LinkedHashMap<>();

        Lines(String text) {
            String[] all = text.split("\n", -1);
            Map<String, Integer> current = null;
            boolean inMultiline = false;
            for (int i = 0; i < all.length; i++) {
                String line = all[i];
                int quotes = countTripleQuotes(line);
                if (inMultiline) {
                    inMultiline = quotes % 2 == 0;
                    continue;
                }
                Matcher h = HEADER.matcher(line);
                if (h.find()) {
                    current = new LinkedHashMap<>();
                    blocks.computeIfAbsent(h.group(1), k -> new ArrayList<>()).add(new Located(i + 1, current));
                    topKeys.putIfAbsent(h.group(1), i + 1);
                } else if (OTHER_HEADER.matcher(line).find()) {
                    Matcher k = Pattern.compile("^\\s*\\[\\s*([A-Za-z0-9_-]+)").matcher(line);
                    if (k.find()) {
                        topKeys.putIfAbsent(k.group(1), i + 1);
                    }
                    current = new LinkedHashMap<>();
                } else {
                    Matcher k = KEY.matcher(line);
                    if (k.find()) {
                        String key = k.group(1) != null ? k.group(1) : k.group(2);
                        if (current == null) {
                            topKeys.putIfAbsent(key, i + 1);
                        } else {
                            current.putIfAbsent(key, i + 1);
                        }
                    }
                }
                inMultiline = quotes % 2 == 1;
            }
        }

        private static int countTripleQuotes(String line) {
            int n = 0;
            for (int i = line.indexOf("\"\"\""); i >= 0; i = line.indexOf("\"\"\"", i + 3)) {
                n++;
            }
            return n;
        }

        Located block(String kind, int index) {
            List<Located> list = blocks.getOrDefault(kind, List.of());
            return index < list.size() ? list.get(index) : new Located(0, Map.of());
        }

        int firstLineOf(String key) {
            return topKeys.getOrDefault(key, 0);
        }
    }
}
