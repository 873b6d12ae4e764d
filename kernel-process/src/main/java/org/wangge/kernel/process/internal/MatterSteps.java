package org.wangge.kernel.process.internal;

import org.flowable.engine.delegate.DelegateExecution;
import org.wangge.kernel.model.matter.Matter;
import org.wangge.kernel.rules.Finding;

/** The automatic steps of the matter-admission process (bean {@code wanggeMatter}). Not API. */
public final class MatterSteps {

    /** The process definition key. */
    public static final String PROCESS = "wanggeMatterAdmission";

    private final Kernel kernel;

    /** @param kernel the shared context */
    public MatterSteps(Kernel kernel) {
        this.kernel = kernel;
    }

    /**
     * Checks the matter with the rules (ZG-10-02): a matter of an excluded nature is refused with the
     * finding's citation and message.
     *
     * @param execution the execution
     */
    public void checkNature(DelegateExecution execution) {
        AdmissionProcess p = AdmissionProcess.of(execution.getVariables(), execution.getProcessInstanceBusinessKey());
        Matter matter = new Matter(p.matterId(), p.listId(), p.matterName(), p.category(), p.nature(), p.departmentId());
        Finding refusal = kernel.rulesOf(p.startedUnder()).checkMatterAdmission(matter, kernel.today()).refusals().stream().findFirst().orElse(null); // the pack it started under
        if (refusal != null) {
            execution.setVariable(AdmissionProcess.NAME, p.barred(refusal.constraintId(), refusal.citation().toString(),
                    refusal.messageZh(), refusal.messageEn()));
            kernel.audit(execution.getProcessInstanceId(), "REFUSED", Kernel.PLATFORM, refusal.constraintId(),
                    refusal.citation() + ": " + refusal.messageEn());
        } else {
            kernel.audit(execution.getProcessInstanceId(), "NATURE_ADMISSIBLE", Kernel.PLATFORM, "ZG-10-02",
                    "nature " + p.nature() + " is not excluded by Art. 10");
        }
    }
}
