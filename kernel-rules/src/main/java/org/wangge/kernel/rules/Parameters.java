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
    private final Map<String, PolicyTable> tables;

    /**
     * @param definitions every dated value
     */
    public Parameters(List<ParameterDefinition> definitions) {
        this(definitions, List.of());
    }

    /**
     * @param definitions every dated value
     * @param tables      the decision tables of local policy, declared beside the parameters
     */
    public Parameters(List<ParameterDefinition> definitions, List<PolicyTable> tables) {
        this.definitions = definitions.stream()
                .sorted(Comparator.comparing(ParameterDefinition::name).thenComparing(ParameterDefinition::effectiveFrom))
                .toList();
        Map<String, PolicyTable> t = new java.util.TreeMap<>();
        for (PolicyTable table : tables) {
            t.put(table.name(), table);
        }
        this.tables = java.util.Collections.unmodifiableMap(t);
    }

    /** @return the decision tables of local policy, by name (file stem) */
    public Map<String, PolicyTable> tables() {
        return tables;
    }

    /**
     * @param name a parameter name
     * @return whether any value of it is defined
     */
    public boolean defines(String name) {
        return definitions.stream().anyMatch(d -> d.name().equals(name));
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
