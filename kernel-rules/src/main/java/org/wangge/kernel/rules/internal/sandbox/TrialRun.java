package org.wangge.kernel.rules.internal.sandbox;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.wangge.kernel.model.snapshot.CitySnapshot;
import org.wangge.kernel.rules.CheckBudget;
import org.wangge.kernel.rules.RuleBudgetException;
import org.wangge.kernel.rules.RulePackException;
import org.wangge.kernel.rules.RuleProblem;
import org.wangge.kernel.rules.internal.LoadedPack;
import org.wangge.kernel.rules.internal.SessionRunner;

/**
 * Runs a freshly compiled pack on a small built-in city under the check budget before it may serve, so that a pack
 * whose rules never stop is refused at load or reload instead of hanging every later check. The city is checked on
 * its own date and a year and a half later, when deadlines have lapsed and breach rules fire too.
 */
public final class TrialRun {

    /** A trial check of a few hundred facts takes milliseconds; more than this is a runaway. */
    static final Duration TRIAL_TIME = Duration.ofSeconds(10);

    private TrialRun() {
    }

    /**
     * @param pack   the compiled pack
     * @param budget the host's budget
     * @return the pack, when both trial checks end within the budget
     * @throws RulePackException naming the rule that ran out of budget, or that failed
     */
    public static LoadedPack require(LoadedPack pack, CheckBudget budget) {
        CitySnapshot city = TrialCompliantCity.snapshot();
        CheckBudget trial = budget.min(new CheckBudget(budget.firingsPerFact(), budget.insertionsPerFact(), TRIAL_TIME));
        for (LocalDate asOf : List.of(TrialCompliantCity.AS_OF, TrialCompliantCity.AS_OF.plusMonths(18))) {
            try (SessionRunner runner = new SessionRunner(pack, asOf, city.jurisdiction(), trial)) {
                runner.beginCheck();
                try {
                    city.facts().forEach(runner::insert);
                    runner.fire();
                } finally {
                    runner.endCheck();
                }
                runner.findings();
            } catch (RuleBudgetException e) {
                throw refused(pack, e.location(), "the trial run on the built-in city (as of " + asOf + ") stopped: "
                        + e.getMessage().replaceFirst("^check stopped: ", "")
                        + "; the pack is not loaded");
            } catch (RuntimeException e) {
                throw refused(pack, null, "the trial run on the built-in city (as of " + asOf + ") failed: " + rootMessage(e)
                        + "; the pack is not loaded");
            }
        }
        return pack;
    }

    private static RulePackException refused(LoadedPack pack, String location, String message) {
        String file = "(pack)";
        int line = 0;
        if (location != null) {
            int cut = location.lastIndexOf(':');
            file = location.substring(0, cut);
            line = Integer.parseInt(location.substring(cut + 1));
        }
        return new RulePackException(pack.info().location(), List.of(new RuleProblem(file, line, line > 0 ? 1 : 0, message)));
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }
}
