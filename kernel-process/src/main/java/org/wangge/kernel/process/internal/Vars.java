package org.wangge.kernel.process.internal;

/** Names of the process variables the processes and the façades share. */
public final class Vars {

    /** The rule-pack version a subject started under. */
    public static final String RULE_PACK_VERSION = "rulePackVersion";
    /** The content hash of the rule pack a subject started under (with name and version: {@code RulePackRef}). */
    public static final String RULE_PACK_HASH = "rulePackHash";
    /** The rule-pack name a subject started under. */
    public static final String RULE_PACK_NAME = "rulePackName";
    /** The process-definition version a subject started under. */
    public static final String PROCESS_VERSION = "processDefinitionVersion";
    /** The day the subject started, as an ISO date (for the parameters in force). */
    public static final String STARTED_ON = "startedOn";
    /** Whether a deadline of the subject has passed while its step is still open. */
    public static final String OVERDUE = "overdue";
    /** The constraint whose deadline passed. */
    public static final String OVERDUE_RULE = "overdueRule";
    /** The number of the subject's last audit entry. */
    public static final String AUDIT_SEQUENCE = "auditSequence";
    /** How many supervisions (督办) the subject received. */
    public static final String SUPERVISIONS = "supervisionCount";

    private Vars() {
    }
}
