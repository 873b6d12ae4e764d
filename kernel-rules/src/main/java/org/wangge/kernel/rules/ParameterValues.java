package org.wangge.kernel.rules;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * The parameter values in force on one day: what rules read (the global {@code params} in rule
 * files), e.g. {@code params.intValue("filing.grace.days")}.
 */
public final class ParameterValues {

    private final LocalDate day;
    private final Map<String, ParameterDefinition> values;

    ParameterValues(LocalDate day, Map<String, ParameterDefinition> values) {
        this.day = day;
        this.values = new TreeMap<>(values);
    }

    /** @return the day these values apply to */
    public LocalDate day() {
        return day;
    }

    /**
     * @param name a parameter name
     * @return the definition in force
     * @throws IllegalArgumentException when the parameter is not defined on that day
     */
    public ParameterDefinition definition(String name) {
        ParameterDefinition d = values.get(name);
        if (d == null) {
            throw new IllegalArgumentException("parameter \"" + name + "\" has no value effective on " + day
                    + "; define it in the pack's parameters.toml (known: " + values.keySet() + ")");
        }
        return d;
    }

    /**
     * @param name a parameter name
     * @return its value as an integer
     */
    public int intValue(String name) {
        return Integer.parseInt(definition(name).value());
    }

    /**
     * @param name a parameter name
     * @return its value as written
     */
    public String value(String name) {
        return definition(name).value();
    }

    /** @return every definition in force, by name */
    public Map<String, ParameterDefinition> all() {
        return java.util.Collections.unmodifiableMap(values);
    }
}
