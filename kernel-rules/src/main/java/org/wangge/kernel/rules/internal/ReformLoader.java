package org.wangge.kernel.rules.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wangge.kernel.rules.ParameterDefinition;
import org.wangge.kernel.rules.Reform;
import org.wangge.kernel.rules.Reform.Change;
import org.wangge.kernel.rules.Reform.Kind;
import org.wangge.kernel.rules.RuleEngine;
import org.wangge.kernel.rules.RulePackException;
import org.wangge.kernel.rules.RuleProblem;
import org.wangge.kernel.rules.internal.sandbox.PackFileReader;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.toml.TomlMapper;

/**
 * Reads a reform file and applies it to its base pack, giving the files of the reformed pack and, for every line of
 * them, where it came from (the base pack's file or the reform's own line), so that a problem the compiler finds in a
 * line the reform wrote is reported at the reform's {@code file:line}. Nothing is applied unless every change is valid.
 */
public final class ReformLoader {

    private static final TomlMapper TOML = TomlMapper.builder().build();
    private static final int MAX_CHAIN = 8;
    private static final Set<String> REFORM_KEYS = Set.of("name", "version", "base", "title", "reason", "in-force-from");
    private static final Set<String> PARAMETER_KEYS = Set.of("name", "value", "effective-from", "reason", "source", "adopted-by",
            "adopted-on", "note");
    private static final Set<String> RULE_FILE_KEYS = Set.of("action", "file", "from", "reason");
    private static final Set<String> ROW_KEYS = Set.of("table", "action", "cells", "reason");
    private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+-]*");

    private ReformLoader() {
    }

    /** Where a line of the reformed pack came from. */
    record Origin(String file, int line) {
    }

    /**
     * A reformed pack: its files and the origin of their lines.
     *
     * @param source  the files
     * @param reform  the reform applied last
     * @param origins generated file to the origin of each of its lines (index 0 is line 1); files absent keep their lines
     * @param renamed a file of the pack to the file it was read from (a rule file the reform added or replaced)
     */
    public record Prepared(PackSource source, Reform reform, Map<String, List<Origin>> origins, Map<String, String> renamed) {

        Origin origin(String file, int line) {
            List<Origin> lines = origins.get(file);
            if (lines != null && line >= 1 && line <= lines.size()) {
                return lines.get(line - 1);
            }
            if (lines != null && line > lines.size() && !lines.isEmpty()) { // past the end (EOF errors): the last line's origin
                return lines.get(lines.size() - 1);
            }
            return new Origin(renamed.getOrDefault(file, file), line);
        }

        /**
         * @param p a problem in the reformed pack's files
         * @return the problem at its true place: the base's file, a file the reform brought, or the reform's own line
         */
        public RuleProblem place(RuleProblem p) {
            if (!origins.containsKey(p.file()) && !renamed.containsKey(p.file())) {
                return p;
            }
            Origin o = origin(p.file(), p.line());
            boolean moved = !o.file().equals(p.file()) || o.line() != p.line();
            boolean fromReform = o.file().equals(display(reform.file()));
            String message = fromReform && !p.file().equals(o.file()) ? p.message() + " (in " + p.file() + " as the reform writes it)"
                    : p.message();
            return new RuleProblem(o.file(), o.line(), moved && fromReform ? 1 : p.column(), message);
        }

        /**
         * @param e a refusal of the reformed pack
         * @return the same refusal with every problem at its true place, under the reform's name
         */
        public RulePackException place(RulePackException e) {
            List<RuleProblem> placed = new ArrayList<>(new LinkedHashSet<>(e.problems().stream().map(this::place).toList()));
            return new RulePackException(display(reform.file()) + " (reform " + reform.identity() + ")", placed);
        }
    }

    static String display(Path file) {
        return file.normalize().toString();
    }

    /**
     * @param file a reform file
     * @return the reform
     * @throws RulePackException listing every problem of the file
     */
    public static Reform read(Path file) {
        List<RuleProblem> problems = new ArrayList<>();
        Reform r = read(file, problems);
        if (!problems.isEmpty()) {
            throw new RulePackException(display(file), problems);
        }
        return r;
    }

    /**
     * Reads a reform and applies it to its base (itself a pack or a reform), whole or not at all.
     *
     * @param file the reform file
     * @return the reformed pack's files, with the origin of their lines
     * @throws RulePackException listing every problem of the reform (and of the reforms it builds on)
     */
    public static Prepared prepare(Path file) {
        return prepare(file, new ArrayList<>());
    }

    private static Prepared prepare(Path file, List<Path> chain) {
        Path abs = file.toAbsolutePath().normalize();
        if (chain.contains(abs)) {
            throw new RulePackException(display(file), List.of(new RuleProblem(display(file), 0, 0,
                    "the reform builds on itself through " + chain.stream().map(Path::toString).toList())));
        }
        if (chain.size() >= MAX_CHAIN) {
            throw new RulePackException(display(file), List.of(new RuleProblem(display(file), 0, 0,
                    "more than " + MAX_CHAIN + " reforms build on each other")));
        }
        chain.add(abs);
        List<RuleProblem> problems = new ArrayList<>();
        Reform reform = read(file, problems);
        if (reform == null || reform.base() == null) {
            throw new RulePackException(display(file), problems);
        }
        // Every problem in one run: the file's own (read above) and those of applying it to the base.
        Prepared base = base(reform, chain, problems);
        if (base == null) {
            throw new RulePackException(display(file), problems);
        }
        Prepared applied = apply(reform, base, problems);
        if (!problems.isEmpty()) {
            throw new RulePackException(display(file) + " (reform " + reform.identity() + ")", problems);
        }
        return applied;
    }

    private static Prepared base(Reform reform, List<Path> chain, List<RuleProblem> problems) {
        String base = reform.base();
        int line = lineOfReformKey(reform.file(), "base");
        try {
            if (base.startsWith("builtin:")) {
                String which = base.substring("builtin:".length());
                if (!which.equals("zigong")) {
                    problems.add(new RuleProblem(display(reform.file()), line, 1, "no built-in pack \"" + which + "\": the built-in pack is builtin:zigong"));
                    return null;
                }
                return plain(PackSource.classpath(RuleEngine.ZIGONG_PACK, RuleEngine.class.getClassLoader()), reform);
            }
            if (base.startsWith("classpath:")) {
                return plain(PackSource.classpath(base.substring("classpath:".length()), RuleEngine.class.getClassLoader()), reform);
            }
            Path dir = reform.file().toAbsolutePath().getParent().resolve(base).normalize();
            if (Files.isDirectory(dir)) {
                return plain(PackSource.directory(dir), reform);
            }
            if (Files.isRegularFile(dir)) {
                Prepared under = prepare(dir, chain);
                return new Prepared(under.source(), reform, under.origins(), under.renamed());
            }
            problems.add(new RuleProblem(display(reform.file()), line, 1, "base \"" + base + "\" is neither builtin:zigong, a pack directory "
                    + "nor a reform file (paths are relative to the reform file's folder: " + dir + " does not exist)"));
            return null;
        } catch (IllegalArgumentException e) {
            problems.add(new RuleProblem(display(reform.file()), line, 1, "base \"" + base + "\": " + e.getMessage()));
            return null;
        }
    }

    private static Prepared plain(PackSource source, Reform reform) {
        return new Prepared(source, reform, Map.of(), Map.of());
    }

    // ---- reading ----

    private static Reform read(Path file, List<RuleProblem> problems) {
        String name = display(file);
        String text;
        try {
            if (!Files.isRegularFile(file)) {
                throw new RulePackException(name, List.of(new RuleProblem(name, 0, 0, "no such reform file")));
            }
            if (Files.size(file) > PackFileReader.MAX_FILE_BYTES) {
                throw new RulePackException(name, List.of(new RuleProblem(name, 0, 0, "the reform file is larger than "
                        + PackFileReader.MAX_FILE_BYTES + " bytes")));
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reform file " + file + ": " + e.getMessage(), e);
        }
        JsonNode root;
        try {
            root = TOML.readTree(text);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : Math.max(e.getLocation().getLineNr(), 0);
            int column = e.getLocation() == null ? 0 : Math.max(e.getLocation().getColumnNr(), 0);
            problems.add(new RuleProblem(name, line, column, "not valid TOML: " + e.getOriginalMessage()));
            return null;
        }
        ParameterFileReader.Lines lines = new ParameterFileReader.Lines(text);
        Map<String, Integer> headerKeys = reformKeys(text);
        int headerLine = headerKeys.getOrDefault("[reform]", 0);
        for (Map.Entry<String, JsonNode> top : root.properties()) {
            if (!Set.of("reform", "parameter", "rule-file", "table-row").contains(top.getKey())) {
                problems.add(new RuleProblem(name, lines.firstLineOf(top.getKey()), 1, "unknown entry \"" + top.getKey()
                        + "\": a reform holds [reform], [[parameter]], [[rule-file]] and [[table-row]]"));
            }
        }
        JsonNode head = root.get("reform");
        if (head == null || !head.isObject()) {
            problems.add(new RuleProblem(name, 1, 1, "the reform lacks its [reform] table (name, version, base, reason)"));
            return null;
        }
        for (Map.Entry<String, JsonNode> e : head.properties()) {
            if (!REFORM_KEYS.contains(e.getKey())) {
                problems.add(new RuleProblem(name, headerKeys.getOrDefault(e.getKey(), headerLine), 1, "unknown key \"" + e.getKey()
                        + "\" in [reform]; allowed: " + new java.util.TreeSet<>(REFORM_KEYS)));
            }
        }
        for (String key : List.of("name", "version", "base", "reason")) {
            if (string(head, key) == null) {
                problems.add(new RuleProblem(name, headerLine, 1, "[reform] lacks \"" + key + "\""));
            }
        }
        String packName = string(head, "name");
        String version = string(head, "version");
        if (packName != null && !packName.matches("[a-z][a-z0-9-]*")) {
            problems.add(new RuleProblem(name, headerKeys.getOrDefault("name", headerLine), 1, "name \"" + packName
                    + "\" must be lower-case letters, digits and hyphens, e.g. zigong-hh250"));
        }
        if (version != null && !VERSION.matcher(version).matches()) {
            problems.add(new RuleProblem(name, headerKeys.getOrDefault("version", headerLine), 1, "version \"" + version
                    + "\" must be letters, digits and . _ + -, e.g. 2026.1-draft"));
        }
        LocalDate from = date(head, "in-force-from", name, headerKeys.getOrDefault("in-force-from", headerLine), problems);
        List<Change> changes = new ArrayList<>();
        int i = 0;
        for (JsonNode b : blocks(root, "parameter")) {
            ParameterFileReader.Lines.Located at = lines.block("parameter", i++);
            checkKeys(b, at, "parameter", PARAMETER_KEYS, List.of("name", "value", "effective-from", "reason"), name, problems);
            JsonNode value = b.get("value");
            if (value != null && !value.isIntegralNumber()) {
                problems.add(new RuleProblem(name, at.keys().getOrDefault("value", at.line()), 1, "value of " + string(b, "name")
                        + " must be a whole number, e.g. value = 250"));
            }
            LocalDate eff = date(b, "effective-from", name, at.keys().getOrDefault("effective-from", at.line()), problems);
            changes.add(new Change(Kind.PARAMETER, string(b, "name"), (value == null ? "?" : value.asString()) + " from " + eff,
                    string(b, "reason"), at.line()));
        }
        i = 0;
        for (JsonNode b : blocks(root, "rule-file")) {
            ParameterFileReader.Lines.Located at = lines.block("rule-file", i++);
            checkKeys(b, at, "rule-file", RULE_FILE_KEYS, List.of("action", "file", "reason"), name, problems);
            String action = string(b, "action");
            Kind kind = action == null ? null : switch (action) {
                case "add" -> Kind.RULE_FILE_ADDED;
                case "replace" -> Kind.RULE_FILE_REPLACED;
                case "remove" -> Kind.RULE_FILE_REMOVED;
                default -> null;
            };
            if (action != null && kind == null) {
                problems.add(new RuleProblem(name, at.keys().getOrDefault("action", at.line()), 1, "action \"" + action
                        + "\" of [[rule-file]] is not add, replace or remove"));
            }
            if (kind != null && kind != Kind.RULE_FILE_REMOVED && string(b, "from") == null) {
                problems.add(new RuleProblem(name, at.line(), 1, "[[rule-file]] " + string(b, "file") + " lacks \"from\": the file, "
                        + "relative to the reform's folder, whose text the pack gets"));
            }
            if (kind == Kind.RULE_FILE_REMOVED && string(b, "from") != null) {
                problems.add(new RuleProblem(name, at.keys().getOrDefault("from", at.line()), 1, "a removed rule file takes no \"from\""));
            }
            String f = string(b, "file");
            if (f != null && (!PackSource.isPackFile(f) || f.contains("/") || f.contains("\\")
                    || !(f.endsWith(".drl") || f.endsWith(".drl.csv") || f.endsWith(".drl.xlsx")))) {
                problems.add(new RuleProblem(name, at.keys().getOrDefault("file", at.line()), 1, "file \"" + f
                        + "\" is not a rule file name of the pack (*.drl, *.drl.csv, *.drl.xlsx, no folder)"));
            }
            changes.add(new Change(kind == null ? Kind.RULE_FILE_REPLACED : kind, f, string(b, "from"), string(b, "reason"), at.line()));
        }
        i = 0;
        for (JsonNode b : blocks(root, "table-row")) {
            ParameterFileReader.Lines.Located at = lines.block("table-row", i++);
            checkKeys(b, at, "table-row", ROW_KEYS, List.of("table", "action", "cells", "reason"), name, problems);
            String action = string(b, "action");
            Kind kind = "add".equals(action) ? Kind.TABLE_ROW_ADDED : "remove".equals(action) ? Kind.TABLE_ROW_REMOVED : null;
            if (action != null && kind == null) {
                problems.add(new RuleProblem(name, at.keys().getOrDefault("action", at.line()), 1, "action \"" + action
                        + "\" of [[table-row]] is not add or remove"));
            }
            JsonNode cells = b.get("cells");
            List<String> row = new ArrayList<>();
            if (cells != null && !cells.isArray()) {
                problems.add(new RuleProblem(name, at.keys().getOrDefault("cells", at.line()), 1,
                        "cells must be an array of strings, one per column, e.g. cells = [\"SAFETY_HAZARDS\", \"\", \"PUBLIC_SECURITY\"]"));
            } else if (cells != null) {
                cells.values().forEach(c -> row.add(c.isValueNode() ? c.asString() : ""));
            }
            String table = string(b, "table");
            if (table != null && !table.endsWith(".drl.csv")) {
                problems.add(new RuleProblem(name, at.keys().getOrDefault("table", at.line()), 1, "table \"" + table + "\": rows can be "
                        + "changed in .drl.csv tables (for an .xlsx table, replace the file with a [[rule-file]])"));
            }
            changes.add(new Change(kind == null ? Kind.TABLE_ROW_ADDED : kind, table, String.join(" | ", row), string(b, "reason"),
                    at.line()));
        }
        if (changes.isEmpty()) {
            problems.add(new RuleProblem(name, headerLine, 1, "the reform changes nothing: add [[parameter]], [[rule-file]] or [[table-row]] blocks"));
        }
        return new Reform(file, packName, version, string(head, "base"), string(head, "title"), string(head, "reason"), from, changes);
    }

    private static List<JsonNode> blocks(JsonNode root, String key) {
        JsonNode n = root.get(key);
        List<JsonNode> out = new ArrayList<>();
        if (n != null && n.isArray()) {
            n.values().forEach(out::add);
        }
        return out;
    }

    private static void checkKeys(JsonNode b, ParameterFileReader.Lines.Located at, String kind, Set<String> allowed, List<String> required,
            String file, List<RuleProblem> problems) {
        for (Map.Entry<String, JsonNode> e : b.properties()) {
            if (!allowed.contains(e.getKey())) {
                problems.add(new RuleProblem(file, at.keys().getOrDefault(e.getKey(), at.line()), 1, "unknown key \"" + e.getKey()
                        + "\" in [[" + kind + "]]; allowed: " + new java.util.TreeSet<>(allowed)));
            }
        }
        for (String key : required) {
            JsonNode v = b.get(key);
            if (v == null || (v.isString() && v.asString().isBlank())) {
                problems.add(new RuleProblem(file, at.line(), 1, "[[" + kind + "]] lacks \"" + key + "\""
                        + (key.equals("reason") ? ": every change says why" : "")));
            }
        }
    }

    private static String string(JsonNode n, String key) {
        JsonNode v = n.get(key);
        if (v == null || !v.isValueNode()) {
            return null;
        }
        String s = v.asString().strip();
        return s.isEmpty() ? null : s;
    }

    private static LocalDate date(JsonNode n, String key, String file, int line, List<RuleProblem> problems) {
        String s = string(n, key);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            problems.add(new RuleProblem(file, line, 1, key + " \"" + s + "\" is not a date like 2026-01-01"));
            return null;
        }
    }

    /** The lines of the keys of the single [reform] table (and of its header as {@code [reform]}). */
    private static Map<String, Integer> reformKeys(String text) {
        Map<String, Integer> out = new HashMap<>();
        String[] all = text.split("\n", -1);
        boolean in = false;
        for (int i = 0; i < all.length; i++) {
            String l = all[i].strip();
            if (l.startsWith("[")) {
                in = l.matches("\\[\\s*reform\\s*].*");
                if (in) {
                    out.putIfAbsent("[reform]", i + 1);
                }
                continue;
            }
            Matcher k = Pattern.compile("^([A-Za-z0-9_-]+)\\s*=").matcher(l);
            if (in && k.find()) {
                out.putIfAbsent(k.group(1), i + 1);
            }
        }
        return out;
    }

    private static int lineOfReformKey(Path file, String key) {
        try {
            return reformKeys(Files.readString(file, StandardCharsets.UTF_8)).getOrDefault(key, 0);
        } catch (IOException e) {
            return 0;
        }
    }

    // ---- applying ----

    private static Prepared apply(Reform reform, Prepared base, List<RuleProblem> problems) {
        String me = display(reform.file());
        Map<String, List<Origin>> origins = new LinkedHashMap<>(base.origins());
        Map<String, String> renamed = new LinkedHashMap<>(base.renamed());
        PackSource source = new PackSource(reform.file().toAbsolutePath().normalize().toString(), base.source().files());
        Prepared now = new Prepared(source, reform, origins, renamed);
        String text = reform.file() == null ? "" : readQuietly(reform.file());
        ParameterFileReader.Lines lines = new ParameterFileReader.Lines(text);

        // Parameters: a block per dated value, appended to parameters.toml.
        List<RuleProblem> ignored = new ArrayList<>();
        List<ParameterDefinition> known = ParameterFileReader.read(source.text(ParameterFileReader.FILE), ignored);
        JsonNode root = TOML.readTree(text);
        int i = 0;
        StringBuilder appended = new StringBuilder();
        List<Origin> appendedOrigins = new ArrayList<>();
        for (JsonNode b : blocks(root, "parameter")) {
            ParameterFileReader.Lines.Located at = lines.block("parameter", i++);
            String name = string(b, "name");
            LocalDate eff = parseOrNull(string(b, "effective-from"));
            if (name == null || eff == null || b.get("value") == null || !b.get("value").isIntegralNumber()) {
                continue; // reported by read
            }
            ParameterDefinition latest = null;
            for (ParameterDefinition d : known) {
                if (d.name().equals(name) && (latest == null || d.effectiveFrom().isAfter(latest.effectiveFrom()))) {
                    latest = d;
                }
                if (d.name().equals(name) && d.effectiveFrom().equals(eff)) {
                    problems.add(new RuleProblem(me, at.keys().getOrDefault("effective-from", at.line()), 1, "the base pack already has a value of "
                            + name + " effective from " + eff + " (parameters.toml line " + d.line() + "): give the reform's value another day"));
                }
            }
            if (latest == null) {
                problems.add(new RuleProblem(me, at.keys().getOrDefault("name", at.line()), 1, "the base pack has no parameter \"" + name + "\""
                        + Suggest.didYouMean(name, known.stream().map(ParameterDefinition::name).distinct().toList())));
                continue;
            }
            Map<String, Integer> keyLines = at.keys();
            Map<String, String> out = new LinkedHashMap<>();
            out.put("name", q(name));
            put(out, "label-zh", latest.labelZh());
            put(out, "label-en", latest.labelEn());
            out.put("value", b.get("value").asString());
            out.put("unit", q(latest.unit()));
            out.put("citation", q(latest.citation().toString()));
            out.put("source", string(b, "source") != null ? q(string(b, "source")) : q(latest.source() == org.wangge.kernel.rules.ParameterSource.TEXT
                    ? "text" : "policy-default"));
            out.put("effective-from", eff.toString());
            out.put("note", q("reform " + reform.identity() + ": " + string(b, "reason")
                    + (string(b, "note") == null ? "" : " " + string(b, "note"))));
            if (string(b, "adopted-by") != null) {
                out.put("adopted-by", q(string(b, "adopted-by")));
            }
            if (string(b, "adopted-on") != null) {
                out.put("adopted-on", string(b, "adopted-on"));
            }
            appended.append("\n[[parameter]]\n");
            appendedOrigins.add(new Origin(me, at.line()));
            appendedOrigins.add(new Origin(me, at.line()));
            for (Map.Entry<String, String> e : out.entrySet()) {
                appended.append(e.getKey()).append(" = ").append(e.getValue()).append('\n');
                appendedOrigins.add(new Origin(me, keyLines.getOrDefault(e.getKey(), at.line())));
            }
        }
        if (appended.length() > 0) {
            String params = source.text(ParameterFileReader.FILE);
            if (params == null) {
                problems.add(new RuleProblem(me, 0, 0, "the base pack has no parameters.toml to change"));
            } else {
                String base0 = params.endsWith("\n") ? params : params + "\n";
                List<Origin> o = linesOf(now, ParameterFileReader.FILE, base0);
                o.addAll(appendedOrigins);
                source = source.with(ParameterFileReader.FILE, (base0 + appended).getBytes(StandardCharsets.UTF_8));
                origins.put(ParameterFileReader.FILE, o);
            }
        }

        // Rule files.
        i = 0;
        Path folder = reform.file().toAbsolutePath().getParent();
        for (JsonNode b : blocks(root, "rule-file")) {
            ParameterFileReader.Lines.Located at = lines.block("rule-file", i++);
            String action = string(b, "action");
            String file = string(b, "file");
            if (action == null || file == null || !Set.of("add", "replace", "remove").contains(action)
                    || (!action.equals("remove") && string(b, "from") == null)) {
                continue; // reported by read
            }
            boolean exists = source.files().containsKey(file);
            List<String> ruleFiles = source.files().keySet().stream().filter(f -> f.contains(".drl")).toList();
            int fileLine = at.keys().getOrDefault("file", at.line());
            if ("add".equals(action) && exists) {
                problems.add(new RuleProblem(me, fileLine, 1, "the base pack already has " + file + ": use action = \"replace\""));
                continue;
            }
            if (!"add".equals(action) && !exists) {
                problems.add(new RuleProblem(me, fileLine, 1, "the base pack has no rule file " + file + Suggest.didYouMean(file, ruleFiles)));
                continue;
            }
            if ("remove".equals(action)) {
                source = source.with(file, null);
                origins.remove(file);
                renamed.remove(file);
                continue;
            }
            Path from = folder.resolve(string(b, "from")).normalize();
            List<RuleProblem> refused = new ArrayList<>();
            byte[] bytes = null;
            try {
                if (!Files.isRegularFile(from)) {
                    problems.add(new RuleProblem(me, at.keys().getOrDefault("from", at.line()), 1, "no such file " + from));
                    continue;
                }
                bytes = PackFileReader.read(from, file, refused);
            } catch (IOException e) {
                refused.add(new RuleProblem(me, at.keys().getOrDefault("from", at.line()), 1, "cannot read " + from + ": " + e.getMessage()));
            }
            problems.addAll(refused);
            if (bytes != null) {
                source = source.with(file, bytes);
                origins.remove(file);
                renamed.put(file, display(reform.file().getParent() == null ? Path.of(string(b, "from"))
                        : reform.file().getParent().resolve(string(b, "from"))));
            }
        }

        // Decision-table rows.
        i = 0;
        for (JsonNode b : blocks(root, "table-row")) {
            ParameterFileReader.Lines.Located at = lines.block("table-row", i++);
            String table = string(b, "table");
            if (table == null || !table.endsWith(".drl.csv") || b.get("cells") == null || !b.get("cells").isArray()
                    || !Set.of("add", "remove").contains(String.valueOf(string(b, "action")))) {
                continue; // reported by read
            }
            String csv = source.text(table);
            int tableLine = at.keys().getOrDefault("table", at.line());
            int cellsLine = at.keys().getOrDefault("cells", at.line());
            if (csv == null) {
                problems.add(new RuleProblem(me, tableLine, 1, "the base pack has no table " + table
                        + Suggest.didYouMean(table, source.files().keySet().stream().filter(f -> f.endsWith(".drl.csv")).toList())));
                continue;
            }
            List<String> cells = new ArrayList<>();
            b.get("cells").values().forEach(c -> cells.add(c.asString()));
            List<String> rows = new ArrayList<>(List.of(csv.split("\n", -1)));
            List<Origin> o = linesOf(now, table, csv);
            int header = -1;
            for (int r = 0; r < rows.size(); r++) {
                String first = Csv.cells(rows.get(r)).stream().findFirst().orElse("").strip();
                if (first.equals("CONDITION") || first.equals("ACTION")) {
                    header = r;
                }
            }
            if (header < 0) {
                problems.add(new RuleProblem(me, tableLine, 1, table + " has no CONDITION/ACTION row: it is not a decision table"));
                continue;
            }
            int columns = Csv.cells(rows.get(header)).size();
            int firstData = header + 4;
            if (trimmed(cells).size() > columns) {
                problems.add(new RuleProblem(me, cellsLine, 1, "the row has " + trimmed(cells).size() + " cells but " + table + " has "
                        + columns + " columns (" + String.join(", ", Csv.cells(rows.get(header))) + ")"));
                continue;
            }
            if ("remove".equals(string(b, "action"))) {
                List<String> want = trimmed(cells);
                List<Integer> matches = new ArrayList<>();
                for (int r = firstData; r < rows.size(); r++) {
                    List<String> have = trimmed(Csv.cells(rows.get(r)));
                    if (!have.isEmpty() && have.size() >= want.size() && have.subList(0, want.size()).equals(want)) {
                        matches.add(r);
                    }
                }
                if (matches.size() != 1) {
                    problems.add(new RuleProblem(me, cellsLine, 1, (matches.isEmpty() ? "no row of " + table + " starts with these cells"
                            : matches.size() + " rows of " + table + " start with these cells (lines "
                                    + matches.stream().map(m -> String.valueOf(m + 1)).toList() + "): give more cells")
                            + ": [" + String.join(", ", want) + "]"));
                    continue;
                }
                rows.remove((int) matches.get(0));
                o.remove((int) matches.get(0));
            } else {
                int last = rows.size() - 1;
                while (last > firstData - 1 && rows.get(last).isBlank()) {
                    last--;
                }
                rows.add(last + 1, Csv.line(cells));
                o.add(last + 1, new Origin(me, cellsLine));
            }
            source = source.with(table, String.join("\n", rows).getBytes(StandardCharsets.UTF_8));
            origins.put(table, o);
            renamed.remove(table);
        }

        // The reformed pack names itself, its base and the chain.
        String props = source.text("pack.properties");
        if (props == null) {
            problems.add(new RuleProblem(me, 0, 0, "the base pack has no pack.properties"));
        } else {
            Properties p = new Properties();
            try {
                p.load(new StringReader(props));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String baseIdentity = p.getProperty("name", "?").strip() + " " + p.getProperty("version", "?").strip() + " sha256:"
                    + base.source().contentHash().substring(0, 12);
            List<String> chain = new ArrayList<>();
            for (String r : p.getProperty("reform-chain", "").split(";")) {
                if (!r.isBlank()) {
                    chain.add(r.strip());
                }
            }
            chain.add(reform.identity());
            StringBuilder out = new StringBuilder();
            List<Origin> o = new ArrayList<>();
            String[] old = props.split("\n", -1);
            List<Origin> oldOrigins = linesOf(now, "pack.properties", props);
            int reformLine = lineOfReformKey(reform.file(), "name");
            for (int l = 0; l < old.length; l++) {
                String key = old[l].split("=", 2)[0].strip();
                if (Set.of("name", "version", "based-on", "reform-chain").contains(key)
                        || (key.equals("in-force-from") && reform.inForceFrom() != null)
                        || (key.equals("title") && reform.title() != null)) {
                    continue;
                }
                if (l == old.length - 1 && old[l].isEmpty()) {
                    continue;
                }
                out.append(old[l]).append('\n');
                o.add(oldOrigins.get(Math.min(l, oldOrigins.size() - 1)));
            }
            Map<String, String> set = new LinkedHashMap<>();
            set.put("name", reform.name());
            set.put("version", reform.version());
            set.put("based-on", baseIdentity);
            set.put("reform-chain", String.join("; ", chain));
            if (reform.inForceFrom() != null) {
                set.put("in-force-from", reform.inForceFrom().toString());
            }
            if (reform.title() != null) {
                set.put("title", reform.title());
            }
            for (Map.Entry<String, String> e : set.entrySet()) {
                out.append(e.getKey()).append('=').append(escapeProperty(e.getValue())).append('\n');
                o.add(new Origin(me, lineOfReformKey(reform.file(), e.getKey()) > 0 ? lineOfReformKey(reform.file(), e.getKey()) : reformLine));
            }
            source = source.with("pack.properties", out.toString().getBytes(StandardCharsets.UTF_8));
            origins.put("pack.properties", o);
        }
        return new Prepared(source, reform, Map.copyOf(origins), Map.copyOf(renamed));
    }

    private static LocalDate parseOrNull(String s) {
        try {
            return s == null ? null : LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static List<Origin> linesOf(Prepared now, String file, String text) {
        int n = text.split("\n", -1).length;
        List<Origin> o = new ArrayList<>(n);
        for (int l = 1; l <= n; l++) {
            o.add(now.origin(file, l));
        }
        return o;
    }

    private static List<String> trimmed(List<String> cells) {
        List<String> c = new ArrayList<>(cells.stream().map(String::strip).toList());
        while (!c.isEmpty() && c.get(c.size() - 1).isEmpty()) {
            c.remove(c.size() - 1);
        }
        return c;
    }

    private static void put(Map<String, String> out, String key, String value) {
        if (value != null) {
            out.put(key, q(value));
        }
    }

    private static String q(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }

    private static String escapeProperty(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '\\' || c == '\n' || c == '\r') {
                b.append(c == '\\' ? "\\\\" : c == '\n' ? "\\n" : "\\r");
            } else if (c > 0x7e) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The few CSV rules decision tables use: commas, double quotes, doubled quotes inside. */
    static final class Csv {
        private Csv() {
        }

        static List<String> cells(String line) {
            List<String> out = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            String l = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            for (int i = 0; i < l.length(); i++) {
                char c = l.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < l.length() && l.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        cell.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    out.add(cell.toString());
                    cell.setLength(0);
                } else {
                    cell.append(c);
                }
            }
            out.add(cell.toString());
            return out;
        }

        /** @return the 0-based start offset in the line of each cell */
        static List<Integer> starts(String line) {
            List<Integer> out = new ArrayList<>();
            out.add(0);
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == ',' && !quoted) {
                    out.add(i + 1);
                }
            }
            return out;
        }

        static String line(List<String> cells) {
            List<String> out = new ArrayList<>();
            for (String c : cells) {
                out.add(c.contains(",") || c.contains("\"") ? "\"" + c.replace("\"", "\"\"") + "\"" : c);
            }
            return String.join(",", out);
        }
    }
}
