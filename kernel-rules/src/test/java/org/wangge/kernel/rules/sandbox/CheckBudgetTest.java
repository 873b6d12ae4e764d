package org.wangge.kernel.rules.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wangge.kernel.model.testdata.CompliantCity;
import org.wangge.kernel.rules.CheckBudget;
import org.wangge.kernel.rules.RuleBudgetException;
import org.wangge.kernel.rules.RuleEngine;
import org.wangge.kernel.rules.RulePackException;
import org.wangge.kernel.rules.RuleProblem;

/**
 * Checks are bounded from inside the engine: a self-retriggering rule, a consequence that never returns, an insert
 * flood and an endless loop inside the JDK end with a {@link RuleBudgetException} naming the rule; a pack that does so
 * on the built-in trial city is refused at load and by lint; one that does so only on real data loads, is stopped in
 * the check, and the engine goes on serving.
 */
class CheckBudgetTest {

    private static final LocalDate SLEEPER_DAY = LocalDate.of(2030, 1, 15);

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // On a loaded machine the trial's 10 s may run out before 100,000 firings or insertions: either stops it.
        "loop-modify.drl, endless modify, FIRINGS, firings|time budget",
        "loop-while-true.drl, never returns, TIME, time budget",
        "loop-insert-flood.drl, insert flood, INSERTIONS, facts inserted by rules|time budget",
        "loop-stream-generate.drl, endless stream, TIME, time budget",
    })
    void a_pack_whose_rules_never_stop_on_the_trial_city_is_refused_by_lint_and_at_load(String file, String rule, String limit,
            String words) {
        Path pack = AttackPacks.pack(dir, "budget", file, dir.resolve("unused"));
        List<RuleProblem> lint = RuleEngine.lint(pack);
        assertThat(lint).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(file);
            assertThat(p.line()).isPositive();
            assertThat(p.message()).contains("trial run").contains("rule \"" + rule + "\"").containsPattern(words).contains("not loaded");
        });
        assertThatThrownBy(() -> RuleEngine.fromDirectory(pack)).isInstanceOf(RulePackException.class)
                .hasMessageContaining(rule);
        System.out.println("BUDGET " + file + " (" + limit + ") -> " + lint.get(0));
    }

    @Test
    void a_loop_that_starts_only_on_real_data_is_stopped_in_the_check_and_the_engine_keeps_serving() {
        Path pack = AttackPacks.pack(dir, "budget", "sleeper-while-true.drl", dir.resolve("unused"));
        RuleEngine engine = RuleEngine.builder().withPackDirectory(pack)
                .checkBudget(new CheckBudget(100, 4, Duration.ofSeconds(2))).build(); // passes the trial run
        assertThatThrownBy(() -> engine.check(CompliantCity.snapshot(), SLEEPER_DAY)).isInstanceOfSatisfying(RuleBudgetException.class, e -> {
            assertThat(e.limit()).isEqualTo(RuleBudgetException.Limit.TIME);
            assertThat(e.ruleName()).isEqualTo("sleeper loop");
            assertThat(e.location()).isEqualTo("sleeper-while-true.drl:7");
            assertThat(e.getMessage()).contains("rule \"sleeper loop\" (sleeper-while-true.drl:7)").contains("2 s");
            System.out.println("BUDGET sleeper-while-true.drl in a check -> " + e.getMessage());
        });
        assertThat(Thread.currentThread().isInterrupted()).as("the watchdog's interrupt is cleared").isFalse();
        assertThat(engine.check(CompliantCity.snapshot(), CompliantCity.AS_OF).findings()).isEmpty();
    }

    @Test
    void a_rule_that_retriggers_itself_on_real_data_ends_at_the_firing_budget_naming_it() {
        Path pack = AttackPacks.pack(dir, "budget", "sleeper-modify.drl", dir.resolve("unused"));
        RuleEngine engine = RuleEngine.fromDirectory(pack); // default budget: 10 minutes, so the firings end it
        assertThatThrownBy(() -> engine.check(CompliantCity.snapshot(), SLEEPER_DAY)).isInstanceOfSatisfying(RuleBudgetException.class, e -> {
            assertThat(e.limit()).isEqualTo(RuleBudgetException.Limit.FIRINGS);
            assertThat(e.ruleName()).isEqualTo("sleeper modify");
            assertThat(e.getMessage()).contains("rule \"sleeper modify\" (sleeper-modify.drl:").contains("budget is " + CheckBudget.FLOOR + " firings");
            System.out.println("BUDGET sleeper-modify.drl in a check -> " + e.getMessage());
        });
        assertThat(engine.check(CompliantCity.snapshot(), CompliantCity.AS_OF).findings()).isEmpty();
    }

    @Test
    void an_insert_flood_on_real_data_ends_at_the_insertion_budget_not_at_the_end_of_the_heap() {
        Path pack = AttackPacks.pack(dir, "budget", "sleeper-insert-flood.drl", dir.resolve("unused"));
        RuleEngine engine = RuleEngine.fromDirectory(pack);
        assertThatThrownBy(() -> engine.check(CompliantCity.snapshot(), SLEEPER_DAY)).isInstanceOfSatisfying(RuleBudgetException.class, e -> {
            assertThat(e.limit()).isEqualTo(RuleBudgetException.Limit.INSERTIONS);
            assertThat(e.ruleName()).isEqualTo("sleeper flood");
            assertThat(e.getMessage()).contains("inserted fact " + (CheckBudget.FLOOR + 1)).contains(CheckBudget.FLOOR + " facts");
        });
        assertThat(engine.check(CompliantCity.snapshot(), CompliantCity.AS_OF).findings()).isEmpty();
    }

    @Test
    void interrupting_the_checking_thread_cancels_the_check() throws InterruptedException {
        Path pack = AttackPacks.pack(dir, "budget", "sleeper-while-true.drl", dir.resolve("unused"));
        RuleEngine engine = RuleEngine.fromDirectory(pack); // default budget: 10 minutes, so only the interrupt ends it
        AtomicReference<Throwable> outcome = new AtomicReference<>();
        Thread checking = new Thread(() -> {
            try {
                engine.check(CompliantCity.snapshot(), SLEEPER_DAY);
            } catch (Throwable t) {
                outcome.set(t);
            }
        });
        checking.start();
        Thread.sleep(500);
        checking.interrupt();
        checking.join(30_000);
        assertThat(checking.isAlive()).isFalse();
        assertThat(outcome.get()).isInstanceOfSatisfying(RuleBudgetException.class, e -> {
            assertThat(e.limit()).isEqualTo(RuleBudgetException.Limit.CANCELLED);
            assertThat(e.getMessage()).contains("cancelled").contains("sleeper loop");
        });
    }

    @Test
    void a_pack_may_lower_the_hosts_budget_but_not_raise_it() throws IOException {
        Path pack = AttackPacks.pack(dir, "budget", "sleeper-while-true.drl", dir.resolve("unused"));
        Files.writeString(pack.resolve("pack.properties"), "budget.time-seconds=1\n", java.nio.file.StandardOpenOption.APPEND);
        RuleEngine lowered = RuleEngine.builder().withPackDirectory(pack).checkBudget(new CheckBudget(100, 4, Duration.ofSeconds(3))).build();
        assertThatThrownBy(() -> lowered.check(CompliantCity.snapshot(), SLEEPER_DAY)).hasMessageContaining("time budget of 1 s");

        Files.writeString(pack.resolve("pack.properties"), "budget.time-seconds=3600\n", java.nio.file.StandardOpenOption.APPEND);
        RuleEngine capped = RuleEngine.builder().withPackDirectory(pack).checkBudget(new CheckBudget(100, 4, Duration.ofSeconds(2))).build();
        assertThatThrownBy(() -> capped.check(CompliantCity.snapshot(), SLEEPER_DAY)).hasMessageContaining("time budget of 2 s");
    }

    @Test
    void a_budget_key_that_is_not_a_positive_number_is_refused_naming_its_line() throws IOException {
        Path pack = AttackPacks.pack(dir, "budget", "sleeper-while-true.drl", dir.resolve("unused"));
        Files.writeString(pack.resolve("pack.properties"), "budget.firings-per-fact=-5\n", java.nio.file.StandardOpenOption.APPEND);
        assertThat(RuleEngine.lint(pack)).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("pack.properties");
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.message()).contains("budget.firings-per-fact").contains("-5").contains("positive whole number");
        });
    }

    @Test
    void the_limits_grow_with_the_facts_from_a_floor() {
        CheckBudget b = new CheckBudget(100, 4, Duration.ofSeconds(1));
        assertThat(b.firingsFor(10)).isEqualTo(CheckBudget.FLOOR);
        assertThat(b.firingsFor(1_000)).isEqualTo(CheckBudget.FLOOR);
        assertThat(b.firingsFor(1_001)).isEqualTo(100_100);
        assertThat(b.insertionsFor(25_000)).isEqualTo(CheckBudget.FLOOR);
        assertThat(b.insertionsFor(25_001)).isEqualTo(100_004);
        assertThat(b.firingsFor(Long.MAX_VALUE / 10)).isEqualTo(Long.MAX_VALUE);
        assertThatThrownBy(() -> new CheckBudget(0, 4, Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CheckBudget(1, 4, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
