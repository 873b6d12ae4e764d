package org.wangge.kernel.process;

import java.util.Objects;
import java.util.Set;
import org.wangge.kernel.model.matter.MatterCategory;
import org.wangge.kernel.model.matter.MatterNature;

/**
 * A department's application to admit a matter into the grid matter list and rely on grids for it
 * (Art. 10, 11).
 *
 * @param applicationId the host's stable id of the application
 * @param departmentId  the applying department (registered)
 * @param matterId      the id the matter will have on the list
 * @param matterName    the matter's name
 * @param category      its Art. 9 item
 * @param nature        its nature (Art. 10 excludes licensing, penalty, coercion and other inconsistent matters)
 * @param listId        the matter list it is to join
 * @param gridIds       the grids the department will rely on
 * @param purpose       what work, in words
 */
public record AdmissionApplication(String applicationId, String departmentId, String matterId, String matterName,
        MatterCategory category, MatterNature nature, String listId, Set<String> gridIds, String purpose) {

    /** Requires every field but the purpose; copies the grids. */
    public AdmissionApplication {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(departmentId, "departmentId");
        Objects.requireNonNull(matterId, "matterId");
        Objects.requireNonNull(matterName, "matterName");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(nature, "nature");
        Objects.requireNonNull(listId, "listId");
        gridIds = Set.copyOf(gridIds);
        if (gridIds.isEmpty()) {
            throw new IllegalArgumentException("application " + applicationId + " must name the grids the department relies on (Art. 11)");
        }
    }
}
