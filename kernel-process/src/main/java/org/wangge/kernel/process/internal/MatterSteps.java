package org.wangge.kernel.process.internal;

import org.flowable.engine.delegate.DelegateExecution;
import org.wangge.kernel.model.matter.Matter;
import org.wangge.kernel.model.matter.MatterCategory;
import org.wangge.kernel.model.matter.MatterList;
import org.wangge.kernel.model.matter.MatterNature;
import org.wangge.kernel.model.snapshot.CitySnapshot;
import org.wangge.kernel.rules.CheckReport;
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
        String matterId = (String) execution.getVariable("matterId");
        String listId = (String) execution.getVariable("listId");
        MatterList list = new MatterList(listId, "proposed", (String) execution.getVariable("cityAgencyId"), java.util.Set.of(), null);
        Matter matter = new Matter(matterId, listId, (String) execution.getVariable("matterName"),
                MatterCategory.valueOf((String) execution.getVariable("category")),
                MatterNature.valueOf((String) execution.getVariable("nature")), (String) execution.getVariable("departmentId"));
        org.wangge.kernel.rules.RuleEngine rules = kernel.rulesOf(execution.getVariables()); // the pack it started under
        CheckReport report = rules.check(CitySnapshot.builder(rules.packInForce(kernel.today()).jurisdiction(),
                kernel.today()).add(list, matter).build(), kernel.today());
        Finding refusal = report.findings("ZG-10-02").stream().filter(f -> f.subject().id().equals(matterId)).findFirst().orElse(null);
        execution.setVariable("excluded", refusal != null);
        if (refusal != null) {
            execution.setVariable("refusalRule", refusal.constraintId());
            execution.setVariable("refusalCitation", refusal.citation().toString());
            execution.setVariable("refusalMessageZh", refusal.messageZh());
            execution.setVariable("refusalMessageEn", refusal.messageEn());
            kernel.audit(execution.getProcessInstanceId(), "REFUSED", Kernel.PLATFORM, refusal.constraintId(),
                    refusal.citation() + ": " + refusal.messageEn());
        } else {
            kernel.audit(execution.getProcessInstanceId(), "NATURE_ADMISSIBLE", Kernel.PLATFORM, "ZG-10-02",
                    "nature " + execution.getVariable("nature") + " is not excluded by Art. 10");
        }
    }
}
