package org.wangge.kernel.testkit.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.wangge.kernel.model.testdata.CompliantCity;
import org.wangge.kernel.rules.ConstraintDefinition;
import org.wangge.kernel.rules.RuleEngine;
import org.wangge.kernel.io.snapshot.SnapshotFiles;

/**
 * The scenario suite of the built-in pack: one file per article, at least one scenario where each
 * constraint fires and one where it does not, and a coverage table generated into docs.
 */
class ScenarioSuiteTest {

    static final Path SUITE = Path.of("src", "test", "scenarios", "zigong");
    private static final Path COVERAGE_DOC = Path.of("..", "docs", "scenario-coverage.md");
    private static final Pattern TARGET = Pattern.compile("^(ZG-\\d{2}-\\d{2})");
    private static final Pattern FILE = Pattern.compile("art(\\d{2})-[a-z0-9-]+\\.scenarios\\.yaml");

    @TestFactory
    Stream<DynamicNode> every_scenario_of_the_suite_passes() {
        return WanggeScenarios.in(SUITE);
    }

    @Test
    void the_base_snapshot_of_the_suite_is_the_compliant_city() {
        assertThat(SnapshotFiles.read(SUITE.resolve("compliant-city.yaml"))).isEqualTo(CompliantCity.snapshot());
    }

    @Test
    void every_file_of_the_suite_is_named_after_one_article_and_holds_only_that_articles_scenarios() {
        for (Path file : ScenarioFiles.find(List.of(SUITE))) {
            Matcher m = FILE.matcher(file.getFileName().toString());
            assertThat(m.matches()).as(file + " is named artNN-topic.scenarios.yaml").isTrue();
            int article = Integer.parseInt(m.group(1));
            for (Scenario s : ScenarioFiles.read(file)) {
                Matcher t = TARGET.matcher(s.name());
                assertThat(t.find()).as(s.where() + " starts with the constraint ID it is about").isTrue();
                assertThat(Integer.parseInt(t.group(1).substring(3, 5))).as(s.where()).isEqualTo(article);
            }
        }
    }

    @Test
    void every_constraint_has_a_scenario_where_it_fires_and_one_where_it_does_not() {
        Map<String, int[]> coverage = coverage();
        List<String> missing = new ArrayList<>();
        // Catalogue version 2's new constraints, whose rules and scenarios branch conduct writes (issue 11).
        java.util.Set<String> pending = java.util.Set.of("ZG-15-04", "ZG-15-05", "ZG-15-06");
        coverage.forEach((id, counts) -> {
            if ((counts[0] < 1 || counts[1] < 1) && !pending.contains(id)) {
                missing.add(id + " fires in " + counts[0] + ", does not fire in " + counts[1]);
            }
        });
        assertThat(missing).isEmpty();
    }

    @Test
    void docs_scenario_coverage_md_is_up_to_date() throws IOException {
        String fresh = render();
        if (Boolean.getBoolean("wangge.updateDocs")) {
            Files.writeString(COVERAGE_DOC, fresh);
        }
        assertThat(Files.exists(COVERAGE_DOC)).as(COVERAGE_DOC + " exists (generate with -Dwangge.updateDocs=true)").isTrue();
        assertThat(Files.readString(COVERAGE_DOC)).as("docs/scenario-coverage.md is stale: regenerate with -Dwangge.updateDocs=true")
                .isEqualTo(fresh);
    }

    /** Constraint ID → {scenarios where it is expected to fire, scenarios about it where it must not}. */
    static Map<String, int[]> coverage() {
        Map<String, int[]> out = new TreeMap<>();
        catalogue().keySet().forEach(id -> out.put(id, new int[2]));
        for (Scenario s : all()) {
            Matcher t = TARGET.matcher(s.name());
            String target = t.find() ? t.group(1) : null;
            for (ExpectedFinding e : s.expected()) {
                out.computeIfAbsent(e.constraintId(), k -> new int[2])[0]++;
            }
            if (target != null && out.containsKey(target)) {
                boolean expected = s.expected().stream().anyMatch(e -> e.constraintId().equals(target));
                if (s.absent().contains(target) || (s.only() && !expected)) {
                    out.get(target)[1]++;
                }
            }
        }
        return out;
    }

    private static Map<String, ConstraintDefinition> catalogue() {
        return Engine.INSTANCE.catalogue(LocalDate.of(2025, 1, 1));
    }

    /** Compiling the pack takes seconds: once per test JVM. */
    private static final class Engine {
        static final RuleEngine INSTANCE = RuleEngine.zigong();
    }

    private static List<Scenario> all() {
        List<Scenario> all = new ArrayList<>();
        ScenarioFiles.find(List.of(SUITE)).forEach(f -> all.addAll(ScenarioFiles.read(f)));
        return all;
    }

    static String render() {
        Map<String, ConstraintDefinition> catalogue = catalogue();
        Map<String, List<String>> byTarget = new TreeMap<>();
        for (Scenario s : all()) {
            Matcher t = TARGET.matcher(s.name());
            if (t.find()) {
                byTarget.computeIfAbsent(t.group(1), k -> new ArrayList<>())
                        .add(s.file().getFileName() + ": " + s.name().replace("|", "\\|"));
            }
        }
        Map<String, int[]> coverage = coverage();
        StringBuilder b = new StringBuilder("# Scenario coverage: article → constraint → scenarios\n\n");
        b.append("Generated from `kernel-testkit/src/test/scenarios/zigong/` by `ScenarioSuiteTest`; do not edit by hand.\n");
        b.append("Regenerate with `mvn -pl kernel-testkit -am test -Dtest=ScenarioSuiteTest -Dwangge.updateDocs=true -Dsurefire.failIfNoSpecifiedTests=false`.\n");
        b.append("Run the suite with `wangge test kernel-testkit/src/test/scenarios/zigong`.\n\n");
        b.append("| article | constraint | fires in | does not fire in | scenarios |\n|---|---|---|---|---|\n");
        for (ConstraintDefinition c : catalogue.values().stream().sorted((x, y) -> x.id().compareTo(y.id())).toList()) {
            int[] n = coverage.get(c.id());
            b.append("| ").append(c.citation().article()).append(" | ").append(c.id()).append(" | ").append(n[0]).append(" | ")
                    .append(n[1]).append(" | ")
                    .append(byTarget.getOrDefault(c.id(), List.of()).stream().collect(Collectors.joining("<br>"))).append(" |\n");
        }
        b.append("\nFiles: ").append(new TreeSet<>(all().stream().map(s -> s.file().getFileName().toString()).toList())).append('\n');
        return b.toString();
    }
}
