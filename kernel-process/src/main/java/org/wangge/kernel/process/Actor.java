package org.wangge.kernel.process;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who takes a case step, and what it acts for: a grid worker the grids it serves; a department its own id; a
 * platform operator or grid agency the jurisdiction (or agency id) it works for. {@link CaseHandling} refuses a step the
 * actor may not take with a {@link StepRefusedException} and records the refusal in the case's audit trail.
 *
 * <pre>{@code
 * Actor worker = Actor.gridWorker("W-1", "G-1", "G-2");
 * Actor operator = Actor.platformOperator("OP-1", "ZLJ");
 * Actor justice = Actor.department("D-JUSTICE");
 * Actor agency = Actor.gridAgency("A-ZLJ", "ZLJ");
 * }</pre>
 *
 * @param id      the worker, operator, department or agency id (as registered with the processes)
 * @param role    its role
 * @param actsFor the grid ids of a worker (at least one); the department's id for a department; the jurisdiction or
 *                agency id of an operator or agency (may be empty)
 */
public record Actor(String id, ActorRole role, Set<String> actsFor) {

    /** Refuses a blank id, a missing role, blank entries, and a worker without grids, naming the field. */
    public Actor {
        if (id == null || id.isBlank()) {
            throw new InvalidInputException(null, "actor", "id", "actor id is missing or blank: give the worker, operator, "
                    + "department or agency id");
        }
        if (role == null) {
            throw new InvalidInputException(null, "actor", "role", "actor " + id + ": role is missing (ActorRole)");
        }
        if (actsFor != null) {
            for (String s : actsFor) {
                if (s == null || s.isBlank()) {
                    throw new InvalidInputException(null, "actor", "actsFor", "actor " + id + ": actsFor holds a blank id");
                }
            }
        }
        actsFor = actsFor == null ? Set.of() : Set.copyOf(actsFor);
        if (role == ActorRole.GRID_WORKER && actsFor.isEmpty()) {
            throw new InvalidInputException(null, "actor", "actsFor", "grid worker " + id + " acts for no grid: give the grid ids it serves");
        }
        if (role == ActorRole.DEPARTMENT && actsFor.isEmpty()) {
            actsFor = Set.of(id);
        }
    }

    /**
     * @param id      the worker id
     * @param gridIds the grids it serves, at least one
     * @return a grid worker
     */
    public static Actor gridWorker(String id, String... gridIds) {
        return new Actor(id, ActorRole.GRID_WORKER, new HashSet<>(Arrays.asList(Objects.requireNonNull(gridIds, "gridIds"))));
    }

    /**
     * @param id            the operator id
     * @param jurisdictions the jurisdiction(s) it works for; may be none
     * @return a platform operator
     */
    public static Actor platformOperator(String id, String... jurisdictions) {
        return new Actor(id, ActorRole.PLATFORM_OPERATOR, new HashSet<>(Arrays.asList(jurisdictions)));
    }

    /**
     * @param departmentId the department's id
     * @return the department acting for itself
     */
    public static Actor department(String departmentId) {
        return new Actor(departmentId, ActorRole.DEPARTMENT, Set.of());
    }

    /**
     * @param id            the agency id
     * @param jurisdictions the jurisdiction(s) it works for; may be none
     * @return a grid agency
     */
    public static Actor gridAgency(String id, String... jurisdictions) {
        return new Actor(id, ActorRole.GRID_AGENCY, new HashSet<>(Arrays.asList(jurisdictions)));
    }

    /** @return whether the actor acts for the id (a grid of a worker, the department itself) */
    public boolean actsFor(String subjectId) {
        return subjectId != null && actsFor.contains(subjectId);
    }

    @Override
    public String toString() {
        return role + " " + id;
    }
}
