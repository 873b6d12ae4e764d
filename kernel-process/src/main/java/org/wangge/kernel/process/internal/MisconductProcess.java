package org.wangge.kernel.process.internal;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.wangge.kernel.model.conduct.Circumstances;
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
 * @param findingBasis       for a finding: its basis ({@code TEXT} or {@code INDICATOR}); else null
 * @param findingOccurredOn  for a finding: the day of the conduct it reports; else null
 * @param findingKind        for a finding of Art. 13: the conduct its item forbids; else null
 * @param circumstances      the circumstances (情节) the investigation recorded with a substantiation, or null
 * @param consequenceAwaiting the higher Art. 22 starting level that awaits recorded circumstances, or null
 */
public record MisconductProcess(String misconductId, String origin, String workerId, ConductKind allegation, LocalDate receivedOn,
        String constraintId, ConsequenceLevel findingConsequence, String finding, StartedUnder startedUnder, Boolean substantiated,
        ConsequenceLevel consequenceLevel, String consequenceRule, String findingBasis, LocalDate findingOccurredOn,
        ConductKind findingKind, Circumstances circumstances, ConsequenceLevel consequenceAwaiting) implements Serializable {

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
     * The state as kept before indicators and circumstances were modelled (no finding basis, day or kind; no circumstances).
     *
     * @param misconductId       the misconduct case
     * @param origin             complaint or finding
     * @param workerId           the worker
     * @param allegation         a complaint's allegation
     * @param receivedOn         a complaint's receipt
     * @param constraintId       a finding's constraint
     * @param findingConsequence a finding's level
     * @param finding            a finding in words
     * @param startedUnder       pack and process version
     * @param substantiated      the conclusion
     * @param consequenceLevel   the level set
     * @param consequenceRule    the constraint of the level
     */
    public MisconductProcess(String misconductId, String origin, String workerId, ConductKind allegation, LocalDate receivedOn,
            String constraintId, ConsequenceLevel findingConsequence, String finding, StartedUnder startedUnder, Boolean substantiated,
            ConsequenceLevel consequenceLevel, String consequenceRule) {
        this(misconductId, origin, workerId, allegation, receivedOn, constraintId, findingConsequence, finding, startedUnder, substantiated,
                consequenceLevel, consequenceRule, null, null, null, null, null);
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

    /**
     * @param found whether the conduct is substantiated
     * @param recorded the circumstances recorded with a substantiation, or null
     * @return a copy with the investigation's conclusion
     */
    public MisconductProcess investigated(boolean found, Circumstances recorded) {
        return new MisconductProcess(misconductId, origin, workerId, allegation, receivedOn, constraintId, findingConsequence, finding,
                startedUnder, found, consequenceLevel, consequenceRule, findingBasis, findingOccurredOn, findingKind, recorded,
                consequenceAwaiting);
    }

    /** @return a copy with the investigation's conclusion, no circumstances recorded */
    public MisconductProcess investigated(boolean found) {
        return investigated(found, null);
    }

    /**
     * @param level    the level applied
     * @param rule     the constraint
     * @param awaiting the higher starting level awaiting circumstances, or null
     * @return a copy with the Art. 22 level for the constraint
     */
    public MisconductProcess levelled(ConsequenceLevel level, String rule, ConsequenceLevel awaiting) {
        return new MisconductProcess(misconductId, origin, workerId, allegation, receivedOn, constraintId, findingConsequence, finding,
                startedUnder, substantiated, level, rule, findingBasis, findingOccurredOn, findingKind, circumstances, awaiting);
    }

    /** @return a copy with the Art. 22 level for the constraint, nothing awaiting */
    public MisconductProcess levelled(ConsequenceLevel level, String rule) {
        return levelled(level, rule, null);
    }
}
