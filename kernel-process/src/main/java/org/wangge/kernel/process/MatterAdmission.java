package org.wangge.kernel.process;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.engine.repository.ProcessDefinition;
import org.flowable.task.api.Task;
import org.wangge.kernel.model.matter.Engagement;
import org.wangge.kernel.model.matter.SupportKind;
import org.wangge.kernel.model.organisation.Organisation;
import org.wangge.kernel.model.organisation.OrganisationKind;
import org.wangge.kernel.process.internal.AuditListener;
import org.wangge.kernel.process.internal.Kernel;
import org.wangge.kernel.process.internal.AdmissionProcess;
import org.wangge.kernel.process.internal.MatterSteps;
import org.wangge.kernel.rules.Finding;
import org.wangge.kernel.rules.StepCheck;

/**
 * Matter admission and department engagement (Art. 10, 11): a department applies; a matter of an
 * excluded nature is refused with its citation (ZG-10-02); the city-level grid agency consents
 * (ZG-11-01); the department confirms personnel and funds (ZG-11-02); the list is published (ZG-10-01).
 */
public final class MatterAdmission {

    private static final String KIND = "admission application";
    private static final String ARTICLE = "Art. 10, 11";

    private final Kernel kernel;

    MatterAdmission(Kernel kernel) {
        this.kernel = kernel;
    }

    /**
     * Applies; the rules check the matter's nature at once.
     *
     * @param application the application
     * @return its state: refused (ZG-10-02) or waiting for the city agency's consent
     * @throws StepRefusedException when the id is taken or the department is not registered
     */
    public AdmissionState apply(AdmissionApplication application) {
        Objects.requireNonNull(application, "application");
        String id = Kernel.requireId(null, ARTICLE, "applicationId", application.applicationId());
        Kernel.requireId(id, "ZG-11-01", "departmentId", application.departmentId());
        Organisation dept = kernel.organisations().get(application.departmentId());
        if (dept == null || dept.kind() != OrganisationKind.DEPARTMENT) {
            throw new StepRefusedException(id, "ZG-11-01", "application " + id + ": " + application.departmentId()
                    + " is not a registered department; only departments apply to rely on grids (Art. 11)");
        }
        application.gridIds().forEach(g -> kernel.requireGrid(id, ARTICLE, g));
        if (kernel.exists(KIND, MatterSteps.PROCESS, id)) {
            throw new StepRefusedException(id, ARTICLE, "application " + id + " already exists; application ids are unique");
        }
        LocalDate day = kernel.today();
        List<String> gridIds = List.copyOf(application.gridIds());
        String cityAgencyId = cityAgencyId();
        boolean[] taken = new boolean[1];
        kernel.inTransaction(id, KIND, "apply", ARTICLE, () -> {
            if (!kernel.claim(KIND, MatterSteps.PROCESS, id)) { // unique ids: see CaseHandling.collect
                taken[0] = true;
                return;
            }
            ProcessDefinition definition = kernel.latestDefinition(MatterSteps.PROCESS);
            AdmissionProcess state = AdmissionProcess.applied(id, application.departmentId(), application.matterId(),
                    application.matterName(), application.category(), application.nature(), application.listId(), gridIds,
                    application.purpose(), cityAgencyId, kernel.startedUnder(day, definition.getVersion()));
            List<String> startEntry = java.util.Arrays.asList("APPLIED", application.departmentId(), ARTICLE, application.matterName() + " ("
                    + application.nature() + ", " + application.category() + ") for grids " + String.join(",", gridIds));
            kernel.engine().getRuntimeService().createProcessInstanceBuilder().processDefinitionId(definition.getId())
                    .transientVariable(AuditListener.START_ENTRY, startEntry).businessKey(id).variable(AdmissionProcess.NAME, state).start();
        });
        if (taken[0]) {
            throw new StepRefusedException(id, ARTICLE, "application " + id + " already exists; ids are unique");
        }
        return state(id);
    }

    /**
     * The city-level grid agency consents to the engagement, or refuses it (ZG-11-01).
     *
     * @param applicationId the application
     * @param agencyId      a registered city-level grid agency
     * @param consented     whether it consents
     * @param note          why, optional
     * @return the application's state
     */
    public AdmissionState consent(String applicationId, String agencyId, boolean consented, String note) {
        HistoricProcessInstance pi = kernel.instance(KIND, MatterSteps.PROCESS, applicationId, ARTICLE);
        Task task = kernel.openTask(KIND, applicationId, pi, "cityAgencyConsent", "ZG-11-01");
        requireCityAgency(applicationId, agencyId, "ZG-11-01", "consent to a department relying on grids");
        AdmissionProcess current = AdmissionProcess.of(kernel.runtimeVariables(pi.getId()), applicationId);
        kernel.complete(applicationId, KIND, task, "ZG-11-01",
                Map.of(AdmissionProcess.NAME, current.consentDecided(consented, agencyId, kernel.today())), Map.of(), consented ? "CONSENTED" : "CONSENT_REFUSED", agencyId,
                note == null ? "" : note);
        return state(applicationId);
    }

    /**
     * The department confirms the personnel and funds it allocates (人随事转、费随事转, ZG-11-02) and the
     * support it gives; the rules check the engagement and refuse it without personnel or funds.
     *
     * @param applicationId the application
     * @param departmentId  the applying department
     * @param personnel     people allocated to the grids
     * @param funds         funds allocated, in yuan
     * @param support       the support given (training, guidance, working conditions, information)
     * @return the application's state
     * @throws StepRefusedException when the rules find ZG-11-02 (no personnel or no funds)
     */
    public AdmissionState confirmResources(String applicationId, String departmentId, int personnel, BigDecimal funds,
            Set<SupportKind> support) {
        HistoricProcessInstance pi = kernel.instance(KIND, MatterSteps.PROCESS, applicationId, ARTICLE);
        Task task = kernel.openTask(KIND, applicationId, pi, "confirmResources", "ZG-11-02");
        AdmissionProcess cur = AdmissionProcess.of(kernel.runtimeVariables(pi.getId()), applicationId);
        if (!Objects.equals(cur.departmentId(), departmentId)) {
            throw new StepRefusedException(applicationId, "ZG-11-02", "application " + applicationId + " is by "
                    + cur.departmentId() + "; " + departmentId + " cannot confirm its resources (ZG-11-02)");
        }
        LocalDate today = kernel.today();
        Organisation agency = cur.consentBy() == null ? null : kernel.organisations().get(cur.consentBy());
        Engagement engagement = new Engagement(applicationId, departmentId, Set.copyOf(cur.gridIds()), cur.purpose(), cur.consentBy(),
                cur.consentDate(), personnel, funds, support, today, null);
        StepCheck check = kernel.rulesOf(cur.startedUnder()).checkEngagement( // the pack the application started under
                engagement, agency == null ? List.of() : List.of(agency), today);
        List<Finding> refusals = check.refusals();
        if (!refusals.isEmpty()) {
            throw new StepRefusedException(applicationId, "ZG-11-02", "application " + applicationId + ": " + refusals.get(0).messageEn()
                    + " (ZG-11-02, Art. 11: 人随事转、费随事转)", refusals.stream().map(Finding::toString).toList());
        }
        List<String> noted = check.notes().stream().map(f -> f.constraintId() + ": " + f.messageEn()).toList();
        String notes = String.join("\n", noted);
        kernel.complete(applicationId, KIND, task, "ZG-11-02",
                Map.of(AdmissionProcess.NAME, cur.resourcesConfirmed(personnel, funds, support, noted)), Map.of(),
                "RESOURCES_CONFIRMED", departmentId,
                personnel + " people, " + funds.toPlainString() + " yuan" + (notes.isEmpty() ? "" : "; " + notes));
        return state(applicationId);
    }

    /**
     * The city-level agency publishes the list with the matter (ZG-10-01).
     *
     * @param applicationId the application
     * @param agencyId      a registered city-level grid agency
     * @return the application's state
     */
    public AdmissionState publish(String applicationId, String agencyId) {
        HistoricProcessInstance pi = kernel.instance(KIND, MatterSteps.PROCESS, applicationId, ARTICLE);
        Task task = kernel.openTask(KIND, applicationId, pi, "publishList", "ZG-10-01");
        requireCityAgency(applicationId, agencyId, "ZG-10-01", "publish the matter list");
        AdmissionProcess current = AdmissionProcess.of(kernel.runtimeVariables(pi.getId()), applicationId);
        kernel.complete(applicationId, KIND, task, "ZG-10-01", Map.of(AdmissionProcess.NAME, current.published(kernel.today())), Map.of(),
                "PUBLISHED", agencyId, "matter list published");
        return state(applicationId);
    }

    /**
     * @param applicationId an application
     * @return its state
     */
    public AdmissionState state(String applicationId) {
        HistoricProcessInstance pi = kernel.instance(KIND, MatterSteps.PROCESS, applicationId, ARTICLE);
        AdmissionProcess p = AdmissionProcess.of(kernel.historicVariable(pi.getId(), AdmissionProcess.NAME), applicationId);
        SubjectStatus status = pi.getEndTime() == null ? SubjectStatus.OPEN
                : "published".equals(pi.getEndActivityId()) ? SubjectStatus.COMPLETED : SubjectStatus.REFUSED;
        String rule = p.refusalRule();
        String citation = p.refusalCitation();
        String message = p.refusalMessageEn();
        if ("consentRefused".equals(pi.getEndActivityId())) {
            rule = "ZG-11-01";
            citation = "Art. 11";
            message = "the city-level grid agency " + p.consentBy() + " did not consent";
        }
        return new AdmissionState(applicationId, status, kernel.openStepNames(pi.getId()), rule, citation, message,
                p.consented() ? p.consentBy() : null, p.personnel(), p.funds(), p.notes(), p.publishedOn(),
                p.startedUnder().processDefinitionVersion(), p.startedUnder().rulePackVersion());
    }

    /**
     * @param applicationId an application
     * @return its audit trail, oldest first
     */
    public List<AuditEntry> auditTrail(String applicationId) {
        return kernel.auditTrail(kernel.instance(KIND, MatterSteps.PROCESS, applicationId, ARTICLE).getId());
    }

    private void requireCityAgency(String applicationId, String agencyId, String rule, String what) {
        Organisation agency = agencyId == null ? null : kernel.organisations().get(agencyId);
        if (agency == null || !agency.isCityGridAgency()) {
            throw new StepRefusedException(applicationId, rule, "application " + applicationId + ": " + agencyId
                    + " is not the registered city-level grid agency; only it may " + what + " (" + rule + ")");
        }
    }

    private String cityAgencyId() {
        return kernel.organisations().values().stream().filter(Organisation::isCityGridAgency).map(Organisation::id).sorted()
                .findFirst().orElse("city-grid-agency");
    }
}
