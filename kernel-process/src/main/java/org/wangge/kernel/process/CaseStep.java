package org.wangge.kernel.process;

/** The steps of case handling where a person acts (the user tasks of {@code case-handling.bpmn20.xml}). */
public enum CaseStep {
    /** 就地解决或上报 — the worker resolves on the spot or reports (ZG-14-01). */
    RESOLVE_OR_REPORT("resolveOrReport", "ZG-14-01"),
    /** 受理 — the platform accepts (ZG-15-01). */
    ACCEPT("acceptCase", "ZG-15-01"),
    /** 交办 — the platform assigns to a responsible department (ZG-15-02). */
    ASSIGN("assignToDepartment", "ZG-15-02"),
    /** 交办公安机关 — the platform assigns an obstruction case to public security (ZG-23-01). */
    ASSIGN_TO_PUBLIC_SECURITY("assignToPublicSecurity", "ZG-23-01"),
    /** 办理、反馈 — the department handles and feeds back, or hands back (ZG-15-03). */
    HANDLE("handleCase", "ZG-15-03"),
    /** 核查 — the platform verifies the result. */
    VERIFY("verifyCase", "Art. 15 ¶1"),
    /** 结案 — the platform closes the case. */
    CLOSE("closeCase", "Art. 15 ¶1");

    private final String taskKey;
    private final String rule;

    CaseStep(String taskKey, String rule) {
        this.taskKey = taskKey;
        this.rule = rule;
    }

    /** @return the id of the step's user task in the BPMN file */
    public String taskKey() {
        return taskKey;
    }

    /** @return the constraint ID or article the step serves */
    public String rule() {
        return rule;
    }

    /**
     * @param taskKey a user task id
     * @return the step, or null when the id is not a case step
     */
    public static CaseStep ofTaskKey(String taskKey) {
        for (CaseStep s : values()) {
            if (s.taskKey.equals(taskKey)) {
                return s;
            }
        }
        return null;
    }
}
