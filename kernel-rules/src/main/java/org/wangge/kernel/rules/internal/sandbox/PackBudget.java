package org.wangge.kernel.rules.internal.sandbox;

import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.wangge.kernel.rules.CheckBudget;
import org.wangge.kernel.rules.RuleProblem;
import org.wangge.kernel.rules.internal.PackSource;

/** The budget keys of {@code pack.properties}: a pack may lower the host's budget, never raise it. */
public final class PackBudget {

    /** Rule firings per fact inserted by the host. */
    public static final String FIRINGS = "budget.firings-per-fact";
    /** Facts inserted by rules per fact inserted by the host. */
    public static final String INSERTIONS = "budget.insertions-per-fact";
    /** Wall time of a check, in seconds. */
    public static final String TIME = "budget.time-seconds";

    private PackBudget() {
    }

    /**
     * @param source the pack
     * @param host   the host's budget (the ceiling)
     * @return the budget checks of this pack run under
     */
    public static CheckBudget of(PackSource source, CheckBudget host) {
        Properties p = properties(source);
        if (p == null) {
            return host;
        }
        long firings = number(p, FIRINGS, host.firingsPerFact(), null, null);
        long insertions = number(p, INSERTIONS, host.insertionsPerFact(), null, null);
        long seconds = number(p, TIME, host.time().toSeconds(), null, null);
        return host.min(new CheckBudget(firings, insertions, Duration.ofSeconds(seconds)));
    }

    /**
     * Adds a problem for each budget key that is not a positive whole number.
     *
     * @param source   the pack
     * @param problems where problems go
     */
    public static void validate(PackSource source, List<RuleProblem> problems) {
        Properties p = properties(source);
        if (p != null) {
            String text = source.text("pack.properties");
            for (String key : List.of(FIRINGS, INSERTIONS, TIME)) {
                number(p, key, 1, text, problems);
            }
        }
    }

    private static Properties properties(PackSource source) {
        String text = source.text("pack.properties");
        if (text == null) {
            return null;
        }
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            return null; // reported by the pack compiler
        }
        return p;
    }

    private static long number(Properties p, String key, long otherwise, String text, List<RuleProblem> problems) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            long n = Long.parseLong(value.strip());
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        if (problems != null) {
            int line = 0;
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].strip().startsWith(key)) {
                    line = i + 1;
                    break;
                }
            }
            problems.add(new RuleProblem("pack.properties", line, line > 0 ? 1 : 0, key + " \"" + value.strip()
                    + "\" is not a positive whole number: give e.g. " + key + "=" + (key.equals(TIME) ? "60" : "10")
                    + " (a pack may lower the host's budget, not raise it; see docs/security.md)"));
        }
        return otherwise;
    }
}
