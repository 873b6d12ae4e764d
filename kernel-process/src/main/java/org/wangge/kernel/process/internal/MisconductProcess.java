package org.wangge.kernel.process.internal;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.wangge.kernel.model.conduct.ConductKind;
import org.wangge.kernel.rules.ConsequenceLevel;

/**
 * The state of one misconduct process (Art. 13, 22), kept in the single process variable {@value #NAME}. The BPMN
 * reads it by method, e.g. {@code ${misconductProcess.origin() == "FINDING"}}. Immutable; a step stores a changed
 * copy. Not API.
 *
 * @param misconductId       the misconduct case
 * @param origin             {@value #COMPLAINT} or {@value #FINDING}
 * @param workerId           the grid worker concerned
 * @param allegation         for a complaint: what it alleges; else null
 * @param receivedOn         for a complaint: the day it was received; else null
 * @param constraintId       for a finding: its constraint; else null
 * @param findingConsequence for a finding: the Art. 22 level it carries; else null
 * @param finding            for a finding: the finding in words; else null
 * @param startedUnder       the rule pack and process version it started under
 * @param substantiated      the investigation's conclusion, null before it
 * @param consequenceLevel   the Art. 22 level set, null before it
 * @param consequenceRule    the constraint the level is for, null before it
 */
public record MisconductProcess(String misconductId, String origin, String workerId, ConductKind allegation, LocalDate receivedOn,
        String constraintId, ConsequenceLevel findingConsequence, String finding, StartedUnder startedUnder, Boolean substantiated,
        ConsequenceLevel consequenceLevel, String consequenceRule) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The process variable holding it. */
    public static final String NAME = "misconductProcess";
    /** The origin of a case opened from a complaint. */
    public static final String COMPLAINT = "COMPLAINT";
    /** The origin of a case opened from a finding. */
    public static final String FINDING = "FINDING";

    /** Checks the parts. */
    public MisconductProcess {
        Objects.requireNonNull(misconductId, "misconductId");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(startedUnder, "startedUnder");
        finding = PersonalText.mask(finding); // masked by construction: no copy of the record holds it raw
    }

    /**
     * @param variables a misconduct process's variables
     * @param misconductId the case, for the message
     * @return its state
     * @throws IllegalStateException when they hold none
     */
    public static MisconductProcess of(Map<String, Object> variables, String misconductId) {
        return ProcessVariables.read(variables, NAME, MisconductProcess.class, "misconduct case " + misconductId);
    }

    /** @return a copy with the investigation's conclusion */
    public MisconductProcess investigated(boolean found) {
        return new MisconductProcess(misconductId, origin, workerId, allegation, receivedOn, constraintId, findingConsequence, finding,
                startedUnder, found, consequenceLevel, consequenceRule);
    }

    /** @return a copy with the Art. 22 level for the constraint */
    public MisconductProcess levelled(ConsequenceLevel level, String rule) {
        return new MisconductProcess(misconductId, origin, workerId, allegation, receivedOn, constraintId, findingConsequence, finding,
                startedUnder, substantiated, level, rule);
    }
}
