package org.wangge.kernel.testkit.scenario;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.wangge.kernel.model.snapshot.CitySnapshot;

/**
 * One scenario of a scenario file: a snapshot, a check date, optionally a rule directory, and what
 * the check must find.
 *
 * @param file     the scenario file
 * @param line     the line the scenario starts on
 * @param name     its name
 * @param asOf     the check date
 * @param rules    a rule directory to check with, or null for the built-in pack
 * @param snapshot the snapshot, with the scenario's patches applied
 * @param expected the findings that must appear
 * @param only     whether nothing else may appear
 * @param absent   constraint IDs that must not appear
 */
public record Scenario(
        Path file,
        int line,
        String name,
        LocalDate asOf,
        Path rules,
        CitySnapshot snapshot,
        List<ExpectedFinding> expected,
        boolean only,
        List<String> absent) {

    /** Copies the lists. */
    public Scenario {
        expected = List.copyOf(expected);
        absent = List.copyOf(absent);
    }

    /** @return {@code file:line name}, for reports */
    public String where() {
        return file.getFileName() + ":" + line + " " + name;
    }
}
