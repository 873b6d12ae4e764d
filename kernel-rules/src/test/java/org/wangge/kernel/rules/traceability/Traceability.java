package org.wangge.kernel.rules.traceability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.wangge.kernel.rules.ConstraintDefinition;
import org.wangge.kernel.rules.RuleEngine;

/**
 * Builds the traceability matrix (article → constraint → rule file and rule → tests) from the rule
 * metadata of the built-in pack and the test sources. {@code TraceabilityDocTest} keeps
 * {@code docs/traceability.md} equal to it.
 */
final class Traceability {

    /** Test methods whose names start with a constraint ID, e.g. {@code ZG_07_03_a_change_filed_late_is_a_violation}. */
    private static final Pattern TEST_METHOD = Pattern.compile("void\\s+(ZG_(\\d{2})_(\\d{2})\\w*)\\s*\\(");
    private static final LocalDate AS_OF = LocalDate.of(2024, 2, 1);

    /** How the kernel accounts for the articles that have no constraint. */
    static final Map<Integer, String> ARTICLES_WITHOUT_CONSTRAINT = new TreeMap<>(Map.of(
            1, "Purpose — declaratory. The kernel as a whole serves it; no check.",
            3, "Definitions — model only: `Grid` (网格, `org.wangge.kernel.model.grid`) and the definition rule "
                    + "\"Definition: an active grid\" (`definitions.drl`).",
            4, "Principles — declaratory; no check.",
            5, "Who does what — model only: `OrganisationKind` (grid agency, government, department, township government, street "
                    + "office, committees), `GovernmentLevel`, and `DepartmentKind`, the closed list of ¶2 plus `OTHER`. "
                    + "The constraints of Art. 7, 12, 15, 21 read them.",
            6, "People's organisations (¶1: `OrganisationKind.PEOPLES_ORGANISATION`); anyone may comment (¶2): "
                    + "`CaseSource.PUBLIC_SUGGESTION`, accepted like any other case (ZG-15-01 applies to it).",
            20, "Social organisations and volunteers — model only: `OrganisationKind.SOCIAL_ORGANISATION`, `Volunteer`.",
            22, "Consequences for staff — the analyst-editable table `art22-consequences.drl.csv` gives each breach of a staff "
                    + "duty its level (`ConsequenceLevel`: CORRECTION_AND_CIRCULAR, DISCIPLINARY, CRIMINAL_REFERRAL), "
                    + "carried by `Finding.consequence()`.",
            24, "Entry into force — every rule carries `@inForceFrom(\"2024-02-01\")` and the pack `in-force-from=2024-02-01`; "
                    + "findings about facts before that day are dropped; a later amendment is a new pack version, and the pack "
                    + "in force on the check date is used (`PackVersionsTest`)."));

    private Traceability() {
    }

    /** BPMN files of kernel-process, read as text so that kernel-rules does not depend on that module. */
    static final Path PROCESS_DIR = Path.of("..", "kernel-process", "src", "main", "resources", "org", "wangge", "kernel", "process");
    private static final Pattern ID_IN_TEXT = Pattern.compile("ZG-\\d{2}-\\d{2}");

    /** @return constraint ID → process elements ({@code file: element id "name"}) that cite it in their name or documentation */
    static Map<String, List<String>> processElementsByConstraint(Path bpmnDir) {
        Map<String, List<String>> out = new TreeMap<>();
        if (!Files.isDirectory(bpmnDir)) {
            return out;
        }
        try (Stream<Path> files = Files.list(bpmnDir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".bpmn20.xml")).sorted().toList()) {
                var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                var doc = factory.newDocumentBuilder().parse(file.toFile());
                var all = doc.getElementsByTagNameNS("*", "*");
                for (int i = 0; i < all.getLength(); i++) {
                    var el = (org.w3c.dom.Element) all.item(i);
                    if (!el.hasAttribute("id") || el.getNamespaceURI() == null || !el.getNamespaceURI().endsWith("/MODEL")) {
                        continue;
                    }
                    StringBuilder text = new StringBuilder(el.getAttribute("name"));
                    var children = el.getChildNodes();
                    for (int c = 0; c < children.getLength(); c++) {
                        if ("documentation".equals(children.item(c).getLocalName())) {
                            text.append(' ').append(children.item(c).getTextContent());
                        }
                    }
                    Matcher m = ID_IN_TEXT.matcher(text);
                    java.util.Set<String> ids = new java.util.TreeSet<>();
                    while (m.find()) {
                        ids.add(m.group());
                    }
                    for (String id : ids) {
                        out.computeIfAbsent(id, k -> new ArrayList<>()).add(file.getFileName() + ": " + el.getLocalName() + " `"
                                + el.getAttribute("id") + "`");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IllegalStateException("cannot read the BPMN files in " + bpmnDir + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** @return constraint ID → test references ({@code Class.method}), from every test source under the given roots */
    static Map<String, List<String>> testsByConstraint(List<Path> testRoots) {
        Map<String, List<String>> out = new TreeMap<>();
        for (Path root : testRoots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    String text = Files.readString(file);
                    String cls = file.getFileName().toString().replace(".java", "");
                    Matcher m = TEST_METHOD.matcher(text);
                    while (m.find()) {
                        out.computeIfAbsent("ZG-" + m.group(2) + "-" + m.group(3), k -> new ArrayList<>()).add(cls + "." + m.group(1));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        out.values().forEach(l -> l.sort(null));
        return out;
    }

    /**
     * @param engine    the engine with the built-in pack
     * @param testRoots test source roots to scan
     * @return the Markdown text of docs/traceability.md
     */
    static String render(RuleEngine engine, List<Path> testRoots) {
        Map<String, ConstraintDefinition> catalogue = engine.catalogue(AS_OF);
        Map<String, List<RuleEngine.RuleInfo>> rules = engine.rules(AS_OF).stream().filter(r -> r.constraintId() != null)
                .collect(Collectors.groupingBy(RuleEngine.RuleInfo::constraintId, TreeMap::new, Collectors.toList()));
        Map<String, List<String>> tests = testsByConstraint(testRoots);
        Map<String, List<String>> process = processElementsByConstraint(PROCESS_DIR);
        StringBuilder b = new StringBuilder();
        b.append("# Traceability: article → constraint → rule → tests\n\n");
        b.append("Generated from the rule metadata of the built-in pack and the test sources; do not edit by hand.\n");
        b.append("Regenerate with `mvn -pl kernel-rules -am test -Dtest=TraceabilityDocTest -Dwangge.updateDocs=true -Dsurefire.failIfNoSpecifiedTests=false`;\n");
        b.append("`TraceabilityDocTest` fails the build when this file is stale.\n\n");
        b.append("Rule files live in `kernel-rules/src/main/resources/org/wangge/kernel/rules/zigong/`; tests in ")
                .append("`kernel-rules/src/test/java/`; process elements are the BPMN elements of `kernel-process` whose name or ")
                .append("documentation cites the constraint (`kernel-process/src/main/resources/org/wangge/kernel/process/`).\n\n");
        for (int article = 1; article <= 24; article++) {
            final int a = article;
            List<ConstraintDefinition> under = catalogue.values().stream().filter(c -> c.citation().article() == a)
                    .sorted((x, y) -> x.id().compareTo(y.id())).toList();
            b.append("## Art. ").append(article).append("\n\n");
            if (under.isEmpty()) {
                b.append(ARTICLES_WITHOUT_CONSTRAINT.getOrDefault(article, "(no constraint)")).append("\n\n");
                continue;
            }
            b.append("| constraint | citation | basis | severity | rule file | rule | tests | process elements |\n|---|---|---|---|---|---|---|---|\n");
            for (ConstraintDefinition c : under) {
                List<RuleEngine.RuleInfo> rs = rules.getOrDefault(c.id(), List.of());
                String files = rs.stream().map(r -> "`" + r.file() + "`").distinct().collect(Collectors.joining("<br>"));
                String names = rs.stream().map(r -> r.name() + (r.line() > 0 ? " (l. " + r.line() + ")" : "")).collect(Collectors.joining("<br>"));
                String ts = tests.getOrDefault(c.id(), List.of()).stream().map(t -> "`" + t + "`").collect(Collectors.joining("<br>"));
                b.append("| ").append(c.id()).append(" | ").append(c.citation()).append(" | ")
                        .append(c.bases().stream().map(Enum::name).sorted().collect(Collectors.joining(", "))).append(" | ")
                        .append(c.severities().stream().map(Enum::name).sorted().collect(Collectors.joining(", "))).append(" | ")
                        .append(files.isEmpty() ? "**none**" : files).append(" | ").append(names.isEmpty() ? "**none**" : names)
                        .append(" | ").append(ts.isEmpty() ? "**none**" : ts).append(" | ")
                        .append(String.join("<br>", process.getOrDefault(c.id(), List.of()))).append(" |\n");
            }
            b.append("\n");
        }
        return b.toString();
    }
}
