package org.wangge.kernel.model.information;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.wangge.kernel.model.Require;

/**
 * A department's information system connected to the grid platform (接入, Art. 16).
 *
 * @param id             stable id
 * @param departmentId   the department whose system it is
 * @param systemName     the system's name
 * @param connectedOn    first day connected
 * @param disconnectedOn last day connected, or null while connected
 */
public record SystemConnection(
        @NotBlank String id,
        @NotBlank String departmentId,
        @NotBlank String systemName,
        @NotNull LocalDate connectedOn,
        LocalDate disconnectedOn) {

    /** Validates the record. */
    public SystemConnection {
        id = Require.notBlank(id, "SystemConnection.id");
        departmentId = Require.notBlank(departmentId, "SystemConnection.departmentId");
        systemName = Require.notBlank(systemName, "SystemConnection.systemName");
        Require.ordered(connectedOn, disconnectedOn, "SystemConnection.connectedOn", "SystemConnection.disconnectedOn");
    }

    /**
     * @param day a day
     * @return whether the system is connected on that day
     */
    public boolean isConnectedOn(LocalDate day) {
        return !day.isBefore(connectedOn) && (disconnectedOn == null || !day.isAfter(disconnectedOn));
    }
}
