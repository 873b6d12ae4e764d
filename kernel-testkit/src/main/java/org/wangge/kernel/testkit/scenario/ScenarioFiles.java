package org.wangge.kernel.testkit.scenario;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.wangge.kernel.rules.Basis;
import org.wangge.kernel.rules.Severity;
import org.wangge.kernel.io.snapshot.FileNode;
import org.wangge.kernel.io.snapshot.FileProblem;
import org.wangge.kernel.io.snapshot.SnapshotDocument;
import org.wangge.kernel.io.snapshot.SnapshotFileException;
import org.wangge.kernel.io.snapshot.SnapshotFiles;

/**
 * Reads scenario files (OpenFisca-style YAML, several scenarios a file). The format is documented
 * in {@code docs/analyst-guide.md}:
 *
 * <pre>
 * snapshot: compliant-city.yaml          # default base snapshot for every scenario of the file
 * scenarios:
 *   - name: ZG-08-01 a community grid of 260 households and 700 residents is too small
 *     asOf: 2025-06-30                   # default: the snapshot's asOf
 *     rules: ../my-rules                 # optional: an analyst's rule directory, or a reform file (*.reform.toml)
 *     given:
 *       patch:  { grids: { G-COMM-1: { households: 260, residents: 700 } } }
 *       add:    { gridChanges: [ { id: C-9, kind: ADJUSTMENT, ... } ] }
 *       remove: { filings: [ F-1 ] }
 *     expect:
 *       findings: [ { constraint: ZG-08-01, subject: G-COMM-1, severity: WARNING, basis: TEXT } ]
 *       only: true                       # nothing else may appear
 *       absent: [ ZG-12-01 ]             # these must not appear
 * </pre>
 */
public final class ScenarioFiles {

    private static final Pattern CONSTRAINT_ID = Pattern.compile("ZG-\\d{2}-\\d{2}");
    private static final Set<String> FILE_KEYS = Set.of("snapshot", "scenarios", "article", "description");
    private static final Set<String> SCENARIO_KEYS = Set.of("name", "asOf", "rules", "given", "expect", "description");
    private static final Set<String> GIVEN_KEYS = Set.of("snapshot", "inline", "patch", "add", "remove");
    private static final Set<String> EXPECT_KEYS = Set.of("findings", "only", "absent");
    private static final Set<String> FINDING_KEYS = Set.of("constraint", "subject", "severity", "basis");

    private ScenarioFiles() {
    }

    /**
     * Finds scenario files: each path is a file, or a directory searched recursively for
     * {@code *.scenarios.yaml} / {@code *.scenarios.yml}.
     *
     * @param paths files and directories
     * @return the files, sorted within each directory
     */
    public static List<Path> find(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(f -> {
                        String n = f.getFileName().toString();
                        return n.endsWith(".scenarios.yaml") || n.endsWith(".scenarios.yml");
                    }).sorted().forEach(out::add);
                } catch (IOException e) {
                    throw new ScenarioFileException(List.of(new FileProblem(p.toString(), 0, 0, "", "cannot list: " + e.getMessage())));
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * Reads one scenario file, collecting every problem.
     *
     * @param file the file
     * @return its scenarios
     * @throws ScenarioFileException listing every problem
     */
    public static List<Scenario> read(Path file) {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new ScenarioFileException(List.of(new FileProblem(name, 0, 0, "", "no such scenario file")));
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file);
        } catch (IOException e) {
            throw new ScenarioFileException(List.of(new FileProblem(name, 0, 0, "", "cannot read: " + e.getMessage())));
        }
    }

    static List<Scenario> read(Reader reader, Path file) {
        String name = file.toString();
        List<FileProblem> problems = new ArrayList<>();
        FileNode root;
        try {
            // Nodes carry the scenario file's name, so errors in patched values point into the scenario.
            root = SnapshotFiles.compose(reader, name);
        } catch (SnapshotFileException e) {
            throw new ScenarioFileException(e.problems());
        }
        if (!(root instanceof FileNode.Mapping rootMap)) {
            throw new ScenarioFileException(List.of(problem(name, root, "", "a scenario file is a mapping with a `scenarios:` list")));
        }
        Path dir = file.toAbsolutePath().getParent();
        String defaultSnapshot = null;
        FileNode.Sequence scenarios = null;
        for (FileNode.Entry t : rootMap.entries()) {
            String key = scalar(t.key());
            if (!FILE_KEYS.contains(key)) {
                problems.add(problem(name, t.key(), key, "unknown key; allowed: " + FILE_KEYS));
            } else if (key.equals("snapshot")) {
                defaultSnapshot = scalar(t.value());
            } else if (key.equals("scenarios")) {
                if (t.value() instanceof FileNode.Sequence seq) {
                    scenarios = seq;
                } else {
                    problems.add(problem(name, t.value(), "scenarios", "must be a list of scenarios"));
                }
            }
        }
        if (scenarios == null) {
            problems.add(problem(name, root, "scenarios", "the file has no `scenarios:` list"));
            throw new ScenarioFileException(problems);
        }
        List<Scenario> out = new ArrayList<>();
        for (FileNode node : scenarios.items()) {
            Scenario s = readScenario(name, dir, defaultSnapshot, node, problems);
            if (s != null) {
                out.add(s);
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioFileException(problems);
        }
        return out;
    }

    private static Scenario readScenario(String file, Path dir, String defaultSnapshot, FileNode node, List<FileProblem> problems) {
        int before = problems.size();
        if (!(node instanceof FileNode.Mapping map)) {
            problems.add(problem(file, node, "scenarios[]", "a scenario is a mapping with name, given and expect"));
            return null;
        }
        String name = null;
        LocalDate asOf = null;
        Path rules = null;
        FileNode.Mapping given = null;
        FileNode.Mapping expect = null;
        for (FileNode.Entry t : map.entries()) {
            String key = scalar(t.key());
            FileNode v = t.value();
            switch (key) {
                case "name" -> name = scalar(v);
                case "description" -> { }
                case "asOf" -> asOf = date(file, v, "asOf", problems);
                case "rules" -> rules = dir.resolve(scalar(v)).normalize();
                case "given" -> given = mapping(file, v, "given", problems);
                case "expect" -> expect = mapping(file, v, "expect", problems);
                default -> problems.add(problem(file, t.key(), key, "unknown key; allowed: " + SCENARIO_KEYS));
            }
        }
        if (name == null || name.isBlank()) {
            problems.add(problem(file, map, "name", "every scenario needs a name"));
        }
        if (expect == null) {
            problems.add(problem(file, map, "expect", "every scenario needs `expect:` (use `findings: []` and `only: true` for \"no findings\")"));
        }
        SnapshotDocument document = given(file, dir, defaultSnapshot, given, map, problems);
        List<ExpectedFinding> expected = new ArrayList<>();
        boolean only = false;
        List<String> absent = new ArrayList<>();
        if (expect != null) {
            for (FileNode.Entry t : expect.entries()) {
                String key = scalar(t.key());
                FileNode v = t.value();
                switch (key) {
                    case "only" -> only = "true".equals(scalar(v));
                    case "absent" -> {
                        for (FileNode id : sequence(file, v, "absent", problems)) {
                            absent.add(constraintId(file, id, "absent", problems));
                        }
                    }
                    case "findings" -> {
                        for (FileNode f : sequence(file, v, "findings", problems)) {
                            ExpectedFinding e = expectedFinding(file, f, problems);
                            if (e != null) {
                                expected.add(e);
                            }
                        }
                    }
                    default -> problems.add(problem(file, t.key(), key, "unknown key; allowed: " + EXPECT_KEYS));
                }
            }
        }
        if (problems.size() > before || document == null) {
            return null;
        }
        try {
            if (asOf != null) {
                document = document.withAsOf(asOf);
            }
            var snapshot = document.toSnapshot();
            return new Scenario(Path.of(file), map.line(), name, asOf != null ? asOf : snapshot.asOf(),
                    rules, snapshot, expected, only, absent);
        } catch (SnapshotFileException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    private static SnapshotDocument given(String file, Path dir, String defaultSnapshot, FileNode.Mapping given, FileNode scenario,
            List<FileProblem> problems) {
        String snapshotPath = defaultSnapshot;
        FileNode.Mapping inline = null;
        List<FileNode.Entry> edits = new ArrayList<>();
        if (given != null) {
            for (FileNode.Entry t : given.entries()) {
                String key = scalar(t.key());
                switch (key) {
                    case "snapshot" -> snapshotPath = scalar(t.value());
                    case "inline" -> inline = mapping(file, t.value(), "given.inline", problems);
                    case "patch", "add", "remove" -> edits.add(t);
                    default -> problems.add(problem(file, t.key(), key, "unknown key; allowed: " + GIVEN_KEYS));
                }
            }
        }
        SnapshotDocument document;
        try {
            if (inline != null) {
                document = SnapshotDocument.fromNode(inline, file);
            } else if (snapshotPath != null) {
                Path p = dir.resolve(snapshotPath).normalize();
                try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                    document = SnapshotDocument.parse(r, p.toString());
                } catch (IOException e) {
                    problems.add(problem(file, given != null ? given : scenario, "given.snapshot", "cannot read snapshot " + p + ": " + e.getMessage()));
                    return null;
                }
            } else {
                problems.add(problem(file, scenario, "given", "no snapshot: give `snapshot:` at the top of the file, or `given.snapshot` / `given.inline`"));
                return null;
            }
            for (FileNode.Entry edit : edits) {
                document = apply(file, document, scalar(edit.key()), edit.value(), problems);
            }
            return document;
        } catch (SnapshotFileException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    private static SnapshotDocument apply(String file, SnapshotDocument doc, String op, FileNode value, List<FileProblem> problems) {
        FileNode.Mapping byList = mapping(file, value, op, problems);
        if (byList == null) {
            return doc;
        }
        for (FileNode.Entry t : byList.entries()) {
            String listKey = scalar(t.key());
            switch (op) {
                case "patch" -> {
                    FileNode.Mapping byId = mapping(file, t.value(), "patch." + listKey, problems);
                    if (byId != null) {
                        for (FileNode.Entry e : byId.entries()) {
                            FileNode.Mapping fields = mapping(file, e.value(), "patch." + listKey + "." + scalar(e.key()), problems);
                            if (fields != null) {
                                doc = doc.patch(listKey, scalar(e.key()), fields);
                            }
                        }
                    }
                }
                case "add" -> {
                    for (FileNode element : sequence(file, t.value(), "add." + listKey, problems)) {
                        FileNode.Mapping m = mapping(file, element, "add." + listKey + "[]", problems);
                        if (m != null) {
                            doc = doc.replaceOrAdd(listKey, m);
                        }
                    }
                }
                default -> {
                    for (FileNode id : sequence(file, t.value(), "remove." + listKey, problems)) {
                        if (id instanceof FileNode.Scalar scalarId) {
                            doc = doc.remove(listKey, scalarId); // errors point at the scenario line
                        } else {
                            problems.add(problem(file, id, "remove." + listKey, "list ids to remove as plain values"));
                        }
                    }
                }
            }
        }
        return doc;
    }

    private static ExpectedFinding expectedFinding(String file, FileNode node, List<FileProblem> problems) {
        FileNode.Mapping map = mapping(file, node, "findings[]", problems);
        if (map == null) {
            return null;
        }
        String id = null;
        String subject = null;
        Severity severity = null;
        Basis basis = null;
        for (FileNode.Entry t : map.entries()) {
            String key = scalar(t.key());
            switch (key) {
                case "constraint" -> id = constraintId(file, t.value(), "constraint", problems);
                case "subject" -> subject = scalar(t.value());
                case "severity" -> {
                    try {
                        severity = Severity.valueOf(scalar(t.value()));
                    } catch (IllegalArgumentException e) {
                        problems.add(problem(file, t.value(), "severity", "\"" + scalar(t.value())
                                + "\" is not VIOLATION, WARNING or NOTICE"));
                    }
                }
                case "basis" -> {
                    try {
                        basis = Basis.valueOf(scalar(t.value()));
                    } catch (IllegalArgumentException | NullPointerException e) {
                        problems.add(problem(file, t.value(), "basis", "\"" + scalar(t.value())
                                + "\" is not TEXT, POLICY or INDICATOR"));
                    }
                }
                default -> problems.add(problem(file, t.key(), key, "unknown key; allowed: " + FINDING_KEYS));
            }
        }
        if (id == null) {
            problems.add(problem(file, map, "constraint", "an expected finding needs its constraint ID"));
            return null;
        }
        return new ExpectedFinding(id, subject, severity, map.line(), basis);
    }

    private static String constraintId(String file, FileNode node, String field, List<FileProblem> problems) {
        String id = scalar(node);
        if (id == null || !CONSTRAINT_ID.matcher(id).matches()) {
            problems.add(problem(file, node, field, "\"" + id + "\" is not a constraint ID like ZG-07-03"));
        }
        return id;
    }

    private static LocalDate date(String file, FileNode node, String field, List<FileProblem> problems) {
        try {
            return LocalDate.parse(scalar(node));
        } catch (DateTimeParseException | NullPointerException e) {
            problems.add(problem(file, node, field, "\"" + scalar(node) + "\" is not a date like 2025-06-30"));
            return null;
        }
    }

    private static FileNode.Mapping mapping(String file, FileNode node, String field, List<FileProblem> problems) {
        if (node instanceof FileNode.Mapping m) {
            return m;
        }
        problems.add(problem(file, node, field, "must be a mapping (key: value)"));
        return null;
    }

    private static List<FileNode> sequence(String file, FileNode node, String field, List<FileProblem> problems) {
        if (node instanceof FileNode.Sequence s) {
            return s.items();
        }
        problems.add(problem(file, node, field, "must be a list"));
        return List.of();
    }

    private static String scalar(FileNode node) {
        return FileNode.text(node);
    }

    private static FileProblem problem(String file, FileNode node, String field, String message) {
        return new FileProblem(file, node == null ? 0 : node.line(),
                node == null ? 0 : node.column(), field, message);
    }
}
