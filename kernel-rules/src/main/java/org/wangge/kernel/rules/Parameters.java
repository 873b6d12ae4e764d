package org.wangge.kernel.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * All dated values of a pack's parameters. Values change by adding a new dated value, never by
 * overwriting, so the history stays: a check as of a date uses the values effective that day.
 */
public final class Parameters {

    private final List<ParameterDefinition> definitions;

    /**
     * @param definitions every dated value
     */
    public Parameters(List<ParameterDefinition> definitions) {
        this.definitions = definitions.stream()
                .sorted(Comparator.comparing(ParameterDefinition::name).thenComparing(ParameterDefinition::effectiveFrom))
                .toList();
    }

    /** @return every dated value, by name then date */
    public List<ParameterDefinition> definitions() {
        return definitions;
    }

    /**
     * @param day a day
     * @return the values in force on that day (for a day before a parameter's first value, that first value)
     */
    public ParameterValues on(LocalDate day) {
        Map<String, ParameterDefinition> inForce = new HashMap<>();
        for (ParameterDefinition d : definitions) {
            // Before a parameter's first effective date its first value stands in: rules are not yet in
            // force then (Art. 24), so no finding can rest on it, but the rules can still run.
            inForce.putIfAbsent(d.name(), d);
            if (!d.effectiveFrom().isAfter(day)) {
                inForce.put(d.name(), d); // sorted by date: the latest effective value wins
            }
        }
        return new ParameterValues(day, inForce);
    }
}
