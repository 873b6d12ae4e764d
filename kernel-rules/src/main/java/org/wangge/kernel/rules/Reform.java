package org.wangge.kernel.rules;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * A reform: a small file ({@code *.reform.toml}) that names a base pack and the changes made to it, each with its
 * reason: dated parameter values, rule files added, replaced or removed, decision-table rows added or removed. It
 * loads wherever a pack does ({@link RuleEngine#fromReform(Path)}, {@code wangge … --rules FILE}, a scenario's
 * {@code rules:}); it is applied whole or refused whole, every problem named at its {@code file:line}.
 *
 * <pre>
 * [reform]
 * name = "zigong-hh250"
 * version = "2026.1-draft"
 * base = "builtin:zigong"        # or a pack directory, or another reform file (relative to this file)
 * reason = "Smaller rural grids from 2026"
 *
 * [[parameter]]
 * name = "grid.size.households.min"
 * value = 250
 * effective-from = 2026-01-01
 * reason = "Rural grids of 250 households"
 *
 * [[rule-file]]
 * action = "replace"             # add | replace | remove
 * file = "art08-grid-size-and-kinds.drl"
 * from = "rules/art08-grid-size-and-kinds.drl"
 * reason = "…"
 *
 * [[table-row]]
 * table = "routing.drl.csv"
 * action = "add"                 # add | remove (remove: the row whose first cells are these)
 * cells = ["SAFETY_HAZARDS", "", "PUBLIC_SECURITY", "", "ResponsibleDepartment: …", "Art. 15 ¶2"]
 * reason = "…"
 * </pre>
 *
 * @param file        the reform file
 * @param name        the reformed pack's name
 * @param version     its version
 * @param base        the base, as written ({@code builtin:zigong}, {@code classpath:folder}, a directory or a reform file)
 * @param title       a title, or null
 * @param reason      why the reform
 * @param inForceFrom the reformed pack's in-force day, or null for the base's
 * @param changes     the changes, in the file's order
 */
public record Reform(Path file, String name, String version, String base, String title, String reason, LocalDate inForceFrom,
        List<Change> changes) {

    /** Copies the changes. */
    public Reform {
        changes = List.copyOf(changes);
    }

    /** What a change does. */
    public enum Kind {
        /** a dated parameter value */
        PARAMETER,
        /** a rule file added */
        RULE_FILE_ADDED,
        /** a rule file replaced */
        RULE_FILE_REPLACED,
        /** a rule file removed */
        RULE_FILE_REMOVED,
        /** a decision-table row added */
        TABLE_ROW_ADDED,
        /** a decision-table row removed */
        TABLE_ROW_REMOVED
    }

    /**
     * One change.
     *
     * @param kind   what it does
     * @param target the parameter, file or table it changes
     * @param detail what it sets, in a line ({@code 250 from 2026-01-01}, the row's cells…)
     * @param reason why
     * @param line   the line of its block in the reform file
     */
    public record Change(Kind kind, String target, String detail, String reason, int line) {
        @Override
        public String toString() {
            return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " " + target
                    + (detail == null || detail.isEmpty() ? "" : ": " + detail) + " — " + reason;
        }
    }

    /**
     * Reads a reform file without applying it.
     *
     * @param file the file
     * @return the reform
     * @throws RulePackException listing every problem of the file
     */
    public static Reform read(Path file) {
        return org.wangge.kernel.rules.internal.ReformLoader.read(file);
    }

    /** @return {@code name version} */
    public String identity() {
        return name + " " + version;
    }
}
