package org.wangge.kernel.process.internal;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import org.wangge.kernel.rules.RulePackRef;

/**
 * What a subject started under and keeps for its whole life: the exact rule pack in force on its first day (name,
 * version and content hash — every later step asks that pack, {@link Kernel#rulesOf(StartedUnder)}, and its limits
 * come from it) and the version of the process definition. Part of each process's state record. The pack is kept as
 * its three parts so that the record serializes without kernel-rules types. Not API.
 *
 * @param rulePackName             the pack's name
 * @param rulePackVersion          the pack's version
 * @param rulePackHash             the SHA-256 of the pack's content, in hex
 * @param startedOn                the day the subject started (the parameters in force)
 * @param processDefinitionVersion the version of the process definition it runs on
 */
public record StartedUnder(String rulePackName, String rulePackVersion, String rulePackHash, LocalDate startedOn,
        int processDefinitionVersion) implements Serializable {

    private static final long serialVersionUID = 2L;

    /** Checks the parts. */
    public StartedUnder {
        Objects.requireNonNull(rulePackName, "rulePackName");
        Objects.requireNonNull(rulePackVersion, "rulePackVersion");
        Objects.requireNonNull(rulePackHash, "rulePackHash");
        Objects.requireNonNull(startedOn, "startedOn");
    }

    /**
     * @param pack                     the pack in force on the first day
     * @param startedOn                the first day
     * @param processDefinitionVersion the process definition's version
     * @return what the subject started under
     */
    public static StartedUnder of(RulePackRef pack, LocalDate startedOn, int processDefinitionVersion) {
        return new StartedUnder(pack.name(), pack.version(), pack.contentHash(), startedOn, processDefinitionVersion);
    }

    /** @return the exact pack the subject started under */
    public RulePackRef rulePack() {
        return new RulePackRef(rulePackName, rulePackVersion, rulePackHash);
    }
}
