package org.wangge.kernel.process.internal;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a subject started under and keeps for its whole life: the rule pack in force on its first day (its limits
 * come from that pack) and the version of the process definition. Part of each process's state record. Not API.
 *
 * @param rulePackName             the pack's name
 * @param rulePackVersion          the pack's version
 * @param startedOn                the day the subject started (the parameters in force)
 * @param processDefinitionVersion the version of the process definition it runs on
 */
public record StartedUnder(String rulePackName, String rulePackVersion, LocalDate startedOn, int processDefinitionVersion)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Checks the parts. */
    public StartedUnder {
        Objects.requireNonNull(rulePackName, "rulePackName");
        Objects.requireNonNull(rulePackVersion, "rulePackVersion");
        Objects.requireNonNull(startedOn, "startedOn");
    }
}
