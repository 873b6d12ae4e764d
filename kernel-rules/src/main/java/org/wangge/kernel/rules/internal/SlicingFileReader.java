package org.wangge.kernel.rules.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.wangge.kernel.rules.RuleProblem;
import tools.jackson.databind.JsonNode;

/**
 * Reads a pack's {@code slicing.toml}: how its facts go through a sliced check (docs/performance.md, "Sliced check").
 * Parsed with Jackson's TOML module; every problem names {@code slicing.toml:line}. What the file says is checked
 * against the rules by {@link SliceLayout}.
 *
 * <pre>
 * [[pass]]            a way of cutting the bulk facts: name, why
 * [[bulk]]            one kind of bulk fact in one pass: fact, pass, key (a record component), skip-missing-key, why
 * [[rule]]            where one rule's findings come from: name, pass (a pass or "whole-city"), why
 * [[subject-fact]]    a derived fact about one subject that lives with that subject: fact, why
 * </pre>
 */
public final class SlicingFileReader {

    /** The file's name in a pack. */
    public static final String FILE = "slicing.toml";

    /** The pass of the rules that see the whole city (and of the rules that read only reference facts). */
    public static final String WHOLE_CITY = "whole-city";

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern TYPE = Pattern.compile("[A-Z][A-Za-z0-9]*");
    private static final Pattern COMPONENT = Pattern.compile("[a-z][A-Za-z0-9]*");

    private SlicingFileReader() {
    }

    /** A pass: one way of cutting the bulk facts into slices. */
    public record Pass(String name, int line) {
    }

    /** One kind of bulk fact in one pass, keyed by a record component. */
    public record Bulk(String fact, String pass, String key, boolean skipMissingKey, int line) {
    }

    /** Where one rule's findings come from. */
    public record Placement(String rule, String pass, int line) {
    }

    /** A derived fact about one subject (kind, id) that is derived where its subject is. */
    public record SubjectFact(String fact, int line) {
    }

    /** What the file says. */
    public record Spec(List<Pass> passes, List<Bulk> bulk, List<Placement> rules, List<SubjectFact> subjectFacts) {
    }

    /**
     * @param text     the file's text, or null when the pack has none
     * @param problems where problems are added
     * @return what the file says, or null when the pack has no file or the file has problems
     */
    public static Spec read(String text, List<RuleProblem> problems) {
        if (text == null) {
            return null;
        }
        int before = problems.size();
        JsonNode root = ParameterFileReader.parseToml(FILE, text,
                "blocks are [[pass]], [[bulk]], [[rule]], [[subject-fact]]", problems);
        if (root == null) {
            return null;
        }
        ParameterFileReader.Lines lines = new ParameterFileReader.Lines(text);
        Set<String> kinds = Set.of("pass", "bulk", "rule", "subject-fact");
        for (Map.Entry<String, JsonNode> top : root.properties()) {
            if (!kinds.contains(top.getKey())) {
                problems.add(new RuleProblem(FILE, lines.firstLineOf(top.getKey()), 1, "unknown entry \"" + top.getKey()
                        + "\": the file holds only [[pass]], [[bulk]], [[rule]] and [[subject-fact]] blocks"));
            } else if (!top.getValue().isArray()) {
                problems.add(new RuleProblem(FILE, lines.firstLineOf(top.getKey()), 1, "\"" + top.getKey() + "\" must be written [["
                        + top.getKey() + "]], once per block"));
            }
        }
        List<Pass> passes = new ArrayList<>();
        for (Block b : blocks(root, lines, "pass", Set.of("name", "why"), List.of("name", "why"), problems)) {
            String name = b.values.get("name");
            if (name == null) {
                continue;
            }
            if (!NAME.matcher(name).matches() || name.equals(WHOLE_CITY)) {
                problems.add(new RuleProblem(FILE, b.lineOf("name"), 1, "pass name \"" + name
                        + "\" must be a lower-case word (letters, digits, hyphens) other than \"" + WHOLE_CITY + "\", e.g. worker"));
            } else if (passes.stream().anyMatch(p -> p.name().equals(name))) {
                problems.add(new RuleProblem(FILE, b.lineOf("name"), 1, "pass \"" + name + "\" is declared twice"));
            } else {
                passes.add(new Pass(name, b.line));
            }
        }
        List<String> passNames = passes.stream().map(Pass::name).toList();
        List<Bulk> bulk = new ArrayList<>();
        for (Block b : blocks(root, lines, "bulk", Set.of("fact", "pass", "key", "skip-missing-key", "why"),
                List.of("fact", "pass", "key", "why"), problems)) {
            String fact = b.values.get("fact");
            String pass = b.values.get("pass");
            String key = b.values.get("key");
            if (fact == null || pass == null || key == null) {
                continue;
            }
            boolean ok = true;
            if (!TYPE.matcher(fact).matches()) {
                problems.add(new RuleProblem(FILE, b.lineOf("fact"), 1, "fact \"" + fact + "\" must be the simple name of a fact class, e.g. Case"));
                ok = false;
            }
            if (!passNames.contains(pass)) {
                problems.add(new RuleProblem(FILE, b.lineOf("pass"), 1, "pass \"" + pass + "\" is not declared in a [[pass]] block"
                        + Suggest.didYouMean(pass, passNames) + " (declared: " + passNames + ")"));
                ok = false;
            }
            if (!COMPONENT.matcher(key).matches()) {
                problems.add(new RuleProblem(FILE, b.lineOf("key"), 1, "key \"" + key + "\" must be a record component of " + fact
                        + ", e.g. workerId"));
                ok = false;
            }
            String skip = b.values.get("skip-missing-key");
            boolean skipMissing = false;
            if (skip != null) {
                if (!skip.equals("true") && !skip.equals("false")) {
                    problems.add(new RuleProblem(FILE, b.lineOf("skip-missing-key"), 1, "skip-missing-key must be true or false"));
                    ok = false;
                }
                skipMissing = skip.equals("true");
            }
            if (ok && bulk.stream().anyMatch(x -> x.fact().equals(fact) && x.pass().equals(pass))) {
                problems.add(new RuleProblem(FILE, b.line, 1, fact + " is keyed twice in pass \"" + pass + "\": one key per fact and pass"));
                ok = false;
            }
            if (ok) {
                bulk.add(new Bulk(fact, pass, key, skipMissing, b.line));
            }
        }
        for (Pass p : passes) {
            if (bulk.stream().noneMatch(x -> x.pass().equals(p.name()))) {
                problems.add(new RuleProblem(FILE, p.line(), 1, "pass \"" + p.name() + "\" keys no fact: add a [[bulk]] block for it or remove it"));
            }
        }
        List<Placement> rules = new ArrayList<>();
        for (Block b : blocks(root, lines, "rule", Set.of("name", "pass", "why"), List.of("name", "pass", "why"), problems)) {
            String name = b.values.get("name");
            String pass = b.values.get("pass");
            if (name == null || pass == null) {
                continue;
            }
            if (!pass.equals(WHOLE_CITY) && !passNames.contains(pass)) {
                List<String> known = new ArrayList<>(passNames);
                known.add(WHOLE_CITY);
                problems.add(new RuleProblem(FILE, b.lineOf("pass"), 1, "pass \"" + pass + "\" of rule \"" + name
                        + "\" is neither \"" + WHOLE_CITY + "\" nor declared in a [[pass]] block" + Suggest.didYouMean(pass, known)));
            } else if (rules.stream().anyMatch(r -> r.rule().equals(name))) {
                problems.add(new RuleProblem(FILE, b.lineOf("name"), 1, "rule \"" + name + "\" is placed twice"));
            } else {
                rules.add(new Placement(name, pass, b.lineOf("name")));
            }
        }
        List<SubjectFact> subjectFacts = new ArrayList<>();
        for (Block b : blocks(root, lines, "subject-fact", Set.of("fact", "why"), List.of("fact", "why"), problems)) {
            String fact = b.values.get("fact");
            if (fact != null) {
                subjectFacts.add(new SubjectFact(fact, b.lineOf("fact")));
            }
        }
        return problems.size() == before ? new Spec(List.copyOf(passes), List.copyOf(bulk), List.copyOf(rules), List.copyOf(subjectFacts)) : null;
    }

    private static List<Block> blocks(JsonNode root, ParameterFileReader.Lines lines, String kind, Set<String> allowed,
            List<String> required, List<RuleProblem> problems) {
        List<Block> out = new ArrayList<>();
        JsonNode nodes = root.get(kind);
        if (nodes == null || !nodes.isArray()) {
            return out;
        }
        int i = 0;
        for (JsonNode node : nodes.values()) {
            ParameterFileReader.Lines.Located where = lines.block(kind, i++);
            Block b = new Block(where.line(), where.keys());
            boolean ok = true;
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if (!allowed.contains(e.getKey())) {
                    problems.add(new RuleProblem(FILE, b.lineOf(e.getKey()), 1, "unknown key \"" + e.getKey() + "\" in [[" + kind
                            + "]]; allowed: " + new java.util.TreeSet<>(allowed)));
                    ok = false;
                } else if (!e.getValue().isValueNode() || e.getValue().asString().isBlank()) {
                    problems.add(new RuleProblem(FILE, b.lineOf(e.getKey()), 1, "key \"" + e.getKey() + "\" of [[" + kind
                            + "]] must be one non-blank value"));
                    ok = false;
                } else {
                    b.values.put(e.getKey(), e.getValue().asString().strip());
                }
            }
            for (String key : required) {
                if (!b.values.containsKey(key) && node.get(key) == null) {
                    problems.add(new RuleProblem(FILE, b.line, 1, "[[" + kind + "]] lacks \"" + key + "\""
                            + (key.equals("why") ? ": say in a sentence why the facts or the rule may go this way" : "")));
                    ok = false;
                }
            }
            if (ok) {
                out.add(b);
            }
        }
        return out;
    }

    private static final class Block {
        final Map<String, String> values = new LinkedHashMap<>();
        final int line;
        final Map<String, Integer> keyLines;

        Block(int line, Map<String, Integer> keyLines) {
            this.line = line;
            this.keyLines = keyLines;
        }

        int lineOf(String key) {
            return keyLines.getOrDefault(key, line);
        }
    }
}
