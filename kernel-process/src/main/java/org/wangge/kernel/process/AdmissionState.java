package org.wangge.kernel.process;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An admission application's state (Art. 10, 11).
 *
 * @param applicationId            the application
 * @param status                   open, completed (published) or refused
 * @param openSteps                the names of the steps waiting for someone
 * @param refusalRule              the constraint that refused it (ZG-10-02 or ZG-11-01), or null
 * @param refusalCitation          the provision cited, e.g. {@code Art. 10}, or null
 * @param refusalMessage           the refusal in English (the rule's message for ZG-10-02), or null
 * @param consentedBy              the city-level agency that consented, or null
 * @param personnel                the personnel allocated, 0 until confirmed
 * @param funds                    the funds allocated in yuan, zero until confirmed
 * @param notes                    ZG-11-03 findings on the support given (training, guidance, conditions, information)
 * @param publishedOn              the day the list with the matter was published, or null
 * @param processDefinitionVersion the process version it started under
 * @param rulePackVersion          the rule-pack version in force when it started
 */
public record AdmissionState(String applicationId, SubjectStatus status, List<String> openSteps, String refusalRule,
        String refusalCitation, String refusalMessage, String consentedBy, int personnel, BigDecimal funds, List<String> notes,
        LocalDate publishedOn, int processDefinitionVersion, String rulePackVersion) {

    /** Copies the lists. */
    public AdmissionState {
        openSteps = List.copyOf(openSteps);
        notes = List.copyOf(notes);
    }
}
