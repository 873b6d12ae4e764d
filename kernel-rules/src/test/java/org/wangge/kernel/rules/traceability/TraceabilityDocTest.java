package org.wangge.kernel.rules.traceability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.wangge.kernel.rules.RuleEngine;

/**
 * The contract holds both ways: every catalogue ID has a rule and tests, the pack's catalogue is the
 * project's CATALOGUE.md, and docs/traceability.md is what the code says.
 */
class TraceabilityDocTest {

    private static final Path DOC = Path.of("..", "docs", "traceability.md");
    private static final Path CATALOGUE_MD = Path.of("..", "docs", "regulation", "CATALOGUE.md");
    private static final List<Path> TEST_ROOTS = List.of(Path.of("src", "test", "java"));
    private static final RuleEngine ENGINE = RuleEngine.zigong();

    @Test
    void the_pack_catalogue_has_exactly_the_constraint_ids_of_CATALOGUE_md() throws IOException {
        Matcher m = Pattern.compile("\\*\\*(ZG-\\d{2}-\\d{2})\\*\\*").matcher(Files.readString(CATALOGUE_MD));
        Set<String> ids = new TreeSet<>();
        while (m.find()) {
            ids.add(m.group(1));
        }
        assertThat(ids).hasSize(42);
        assertThat(new TreeSet<>(ENGINE.catalogue(LocalDate.of(2025, 1, 1)).keySet())).isEqualTo(ids);
    }

    /**
     * Catalogue version 2's new constraints, whose rules branch {@code conduct} writes (issue 11); the catalogue row
     * comes first, and each leaves this set when its rules and tests land.
     */
    static final Set<String> RULES_PENDING = Set.of();

    @Test
    void every_constraint_id_has_a_rule() {
        Set<String> withRule = new TreeSet<>();
        ENGINE.rules(LocalDate.of(2025, 1, 1)).forEach(r -> {
            if (r.constraintId() != null) {
                withRule.add(r.constraintId());
            }
        });
        Set<String> expected = new TreeSet<>(ENGINE.catalogue(LocalDate.of(2025, 1, 1)).keySet());
        expected.removeAll(RULES_PENDING);
        assertThat(withRule).as("constraint IDs with a rule").containsAll(expected);
    }

    // That every constraint has a test in which it fires and one in which it does not is checked by what the tests
    // asserted, not by their names: AssertedOutcomesTest.

    @Test
    void docs_traceability_md_is_up_to_date() throws IOException {
        String fresh = Traceability.render(ENGINE, TEST_ROOTS);
        if (Boolean.getBoolean("wangge.updateDocs")) {
            Files.writeString(DOC, fresh);
        }
        assertThat(Files.exists(DOC)).as(DOC + " exists (generate it with -Dwangge.updateDocs=true)").isTrue();
        assertThat(Files.readString(DOC)).as("docs/traceability.md is stale: regenerate it with -Dwangge.updateDocs=true")
                .isEqualTo(fresh);
    }
}
