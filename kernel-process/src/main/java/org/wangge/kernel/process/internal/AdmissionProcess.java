package org.wangge.kernel.process.internal;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.wangge.kernel.model.matter.MatterCategory;
import org.wangge.kernel.model.matter.MatterNature;
import org.wangge.kernel.model.matter.SupportKind;

/**
 * The state of one matter-admission process (Art. 10, 11), kept in the single process variable {@value #NAME}. The
 * BPMN reads it by method, e.g. {@code ${admissionProcess.excluded()}}. Immutable; a step stores a changed copy.
 * Not API.
 *
 * @param applicationId    the application
 * @param departmentId     the applying department
 * @param matterId         the matter
 * @param matterName       its name
 * @param category         its Art. 9 item
 * @param nature           its nature (ZG-10-02)
 * @param listId           the matter list it is proposed for
 * @param gridIds          the grids the department would rely on
 * @param purpose          what for
 * @param cityAgencyId     the city-level grid agency the platform knows
 * @param startedUnder     the rule pack and process version it started under
 * @param excluded         whether the rules barred the matter (ZG-10-02)
 * @param refusalRule      the barring finding's constraint, or null
 * @param refusalCitation  its citation, or null
 * @param refusalMessageZh its message in Chinese, or null
 * @param refusalMessageEn its message in English, or null
 * @param consented        whether the city-level agency consented (ZG-11-01)
 * @param consentBy        the agency that decided on consent, or null
 * @param consentDate      the day it decided, or null
 * @param personnel        people the department allocated (ZG-11-02)
 * @param funds            funds it allocated, in yuan
 * @param support          the support it gives (ZG-11-03)
 * @param notes            what the rules noted on the engagement, one line each
 * @param publishedOn      the day the list was published with the matter, or null
 */
public record AdmissionProcess(String applicationId, String departmentId, String matterId, String matterName, MatterCategory category,
        MatterNature nature, String listId, List<String> gridIds, String purpose, String cityAgencyId, StartedUnder startedUnder,
        boolean excluded, String refusalRule, String refusalCitation, String refusalMessageZh, String refusalMessageEn,
        boolean consented, String consentBy, LocalDate consentDate, int personnel, BigDecimal funds, Set<SupportKind> support,
        List<String> notes, LocalDate publishedOn) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The process variable holding it. */
    public static final String NAME = "admissionProcess";

    /** Checks the parts and copies the collections. */
    public AdmissionProcess {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(startedUnder, "startedUnder");
        gridIds = List.copyOf(gridIds);
        funds = funds == null ? BigDecimal.ZERO : funds;
        support = support == null || support.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(support));
        // Free text is masked by construction: no copy of the record, hence no stored variable, holds it raw.
        notes = notes == null ? List.of() : notes.stream().map(PersonalText::mask).toList();
        matterName = PersonalText.mask(matterName);
        purpose = PersonalText.mask(purpose);
        refusalMessageZh = PersonalText.mask(refusalMessageZh);
        refusalMessageEn = PersonalText.mask(refusalMessageEn);
    }

    /** @return an application just made: nothing decided yet */
    public static AdmissionProcess applied(String applicationId, String departmentId, String matterId, String matterName,
            MatterCategory category, MatterNature nature, String listId, List<String> gridIds, String purpose, String cityAgencyId,
            StartedUnder startedUnder) {
        return new AdmissionProcess(applicationId, departmentId, matterId, matterName, category, nature, listId, gridIds, purpose,
                cityAgencyId, startedUnder, false, null, null, null, null, false, null, null, 0, BigDecimal.ZERO, Set.of(), List.of(),
                null);
    }

    /**
     * @param variables a matter-admission process's variables
     * @param applicationId the application, for the message
     * @return its state
     * @throws IllegalStateException when they hold none
     */
    public static AdmissionProcess of(Map<String, Object> variables, String applicationId) {
        return ProcessVariables.read(variables, NAME, AdmissionProcess.class, "admission application " + applicationId);
    }

    /** @return a copy barred by the finding with this constraint, citation and messages (ZG-10-02) */
    public AdmissionProcess barred(String rule, String citation, String messageZh, String messageEn) {
        return new AdmissionProcess(applicationId, departmentId, matterId, matterName, category, nature, listId, gridIds, purpose,
                cityAgencyId, startedUnder, true, rule, citation, messageZh, messageEn, consented, consentBy, consentDate, personnel,
                funds, support, notes, publishedOn);
    }

    /** @return a copy with the city-level agency's decision on consent (ZG-11-01) */
    public AdmissionProcess consentDecided(boolean given, String agencyId, LocalDate day) {
        return new AdmissionProcess(applicationId, departmentId, matterId, matterName, category, nature, listId, gridIds, purpose,
                cityAgencyId, startedUnder, excluded, refusalRule, refusalCitation, refusalMessageZh, refusalMessageEn, given, agencyId,
                day, personnel, funds, support, notes, publishedOn);
    }

    /** @return a copy with the resources the department confirmed and the rules' notes (ZG-11-02, ZG-11-03) */
    public AdmissionProcess resourcesConfirmed(int people, BigDecimal yuan, Set<SupportKind> given, List<String> noted) {
        return new AdmissionProcess(applicationId, departmentId, matterId, matterName, category, nature, listId, gridIds, purpose,
                cityAgencyId, startedUnder, excluded, refusalRule, refusalCitation, refusalMessageZh, refusalMessageEn, consented,
                consentBy, consentDate, people, yuan, given, noted, publishedOn);
    }

    /** @return a copy published on the day (ZG-10-01) */
    public AdmissionProcess published(LocalDate day) {
        return new AdmissionProcess(applicationId, departmentId, matterId, matterName, category, nature, listId, gridIds, purpose,
                cityAgencyId, startedUnder, excluded, refusalRule, refusalCitation, refusalMessageZh, refusalMessageEn, consented,
                consentBy, consentDate, personnel, funds, support, notes, day);
    }
}
