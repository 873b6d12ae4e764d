package org.wangge.kernel.model.matter;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.wangge.kernel.model.Require;

/**
 * A matter (事项) on the grid matter list.
 *
 * @param id                 stable id
 * @param listId             the list it is on
 * @param name               the matter's name
 * @param category           its Art. 9 item
 * @param nature             its nature (Art. 10 bars licensing, penalty, coercion, other-inconsistent)
 * @param owningDepartmentId the department that owns it
 */
public record Matter(
        @NotBlank String id,
        @NotBlank String listId,
        @NotBlank String name,
        @NotNull MatterCategory category,
        @NotNull MatterNature nature,
        String owningDepartmentId) {

    /** Validates required fields. */
    public Matter {
        id = Require.notBlank(id, "Matter.id");
        listId = Require.notBlank(listId, "Matter.listId");
        name = Require.notBlank(name, "Matter.name");
        Require.notNull(category, "Matter.category");
        Require.notNull(nature, "Matter.nature");
    }
}
