package org.wangge.kernel.process;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who takes a case step, and what it acts for: a grid worker the grids it serves; a department its own id; a
 * platform operator or grid agency the jurisdiction(s) it works for (管辖范围). {@link CaseHandling} refuses a step the
 * actor may not take with a {@link StepRefusedException} and records the refusal in the case's audit trail.
 *
 * <p>A jurisdiction is an administrative division code — {@code 510300} the city, {@code 510302} a district or county,
 * {@code 510302001000} a township or street (12-digit statistical code) — or the id of a registered organisation (a grid
 * agency), which stands for its {@code divisionCode}. An operator or agency acts within a case's jurisdiction when one of
 * its jurisdictions contains a division the case's grid lies in ({@code Grid.divisionCodes}, registered with
 * {@code WanggeProcesses.Builder.city} or {@code .grids}; containment by {@code DivisionCodes.within}). One that names no
 * jurisdiction acts for none: its platform steps are refused.
 *
 * <pre>{@code
 * Actor worker = Actor.gridWorker("W-1", "G-1", "G-2");
 * Actor operator = Actor.platformOperator("OP-1", "510302");          // Ziliujing district
 * Actor justice = Actor.department("D-JUSTICE");
 * Actor agency = Actor.gridAgency("A-ZLJ", "A-ZLJ");                  // the agency's own division
 * Actor importer = Actor.system("migration-2024");                    // no checks, recorded as such
 * }</pre>
 *
 * @param id      the worker, operator, department or agency id (as registered with the processes)
 * @param role    its role
 * @param actsFor the grid ids of a worker (at least one); the department's id for a department; the jurisdictions
 *                (division codes or agency ids) of an operator or agency; nothing for the system
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

    /**
     * The host system acting itself: takes any step without a role or jurisdiction check, for imports, migrations and
     * jobs that have decided who acts. Each step it takes is recorded with its id and, in the detail, "system actor, no
     * role check". Never give it to a person or a web request.
     *
     * @param id the job or component, e.g. {@code migration-2024}
     * @return the system actor
     */
    public static Actor system(String id) {
        return new Actor(id, ActorRole.SYSTEM, Set.of());
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
