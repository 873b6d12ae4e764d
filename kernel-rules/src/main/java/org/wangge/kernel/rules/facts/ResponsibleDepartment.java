package org.wangge.kernel.rules.facts;

import org.wangge.kernel.model.organisation.DepartmentKind;

/**
 * A department kind whose duties cover a case's matter, as the analyst-editable routing table says
 * (Art. 15 ¶2, Art. 23). Inserted logically by the routing decision table.
 *
 * @param caseId         the case
 * @param departmentKind a kind of department responsible for it
 */
public record ResponsibleDepartment(String caseId, DepartmentKind departmentKind) {
}
