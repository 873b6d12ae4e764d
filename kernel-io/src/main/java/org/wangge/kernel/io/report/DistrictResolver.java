package org.wangge.kernel.io.report;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.wangge.kernel.model.cases.Case;
import org.wangge.kernel.model.division.AdministrativeDivision;
import org.wangge.kernel.model.grid.Grid;
import org.wangge.kernel.model.grid.GridChange;
import org.wangge.kernel.model.identity.DivisionCode;
import org.wangge.kernel.model.matter.Engagement;
import org.wangge.kernel.model.organisation.Organisation;
import org.wangge.kernel.model.snapshot.CitySnapshot;
import org.wangge.kernel.model.worker.Assignment;
import org.wangge.kernel.model.worker.PayRecord;
import org.wangge.kernel.rules.Subject;

/**
 * Finds the district (the GB/T 2260 county-level division) of a finding's subject in a snapshot:
 * <ul>
 *   <li>a grid: the first 6 digits of its (first) division code;</li>
 *   <li>a case: its grid's; a grid change: its (first) grid's;</li>
 *   <li>a grid worker: the grid of the assignment in force on the as-of date (else the latest
 *       assignment); a pay record: its worker's;</li>
 *   <li>an organisation: the first 6 digits of its division code; an engagement: its department's;</li>
 *   <li>an administrative division: the first 6 digits of its code.</li>
 * </ul>
 * Anything else, or a code that is not a valid GB/T 2260 code, is unknown and shown as {@value #UNKNOWN}.
 */
public final class DistrictResolver {

    /** How an unknown district is shown. */
    public static final String UNKNOWN = "—";

    private static final DistrictResolver NONE = new DistrictResolver(null, null);

    private final Map<String, Grid> grids = new HashMap<>();
    private final Map<String, Case> cases = new HashMap<>();
    private final Map<String, Organisation> organisations = new HashMap<>();
    private final Map<String, String> workerGrid = new HashMap<>();
    private final Map<String, GridChange> gridChanges = new HashMap<>();
    private final Map<String, PayRecord> payRecords = new HashMap<>();
    private final Map<String, Engagement> engagements = new HashMap<>();
    private final Map<String, AdministrativeDivision> divisions = new HashMap<>();

    private DistrictResolver(CitySnapshot snapshot, LocalDate asOf) {
        if (snapshot == null) {
            return;
        }
        snapshot.grids().forEach(g -> grids.putIfAbsent(g.id(), g));
        snapshot.cases().forEach(c -> cases.putIfAbsent(c.id(), c));
        snapshot.organisations().forEach(o -> organisations.putIfAbsent(o.id(), o));
        snapshot.gridChanges().forEach(c -> gridChanges.putIfAbsent(c.id(), c));
        snapshot.payRecords().forEach(p -> payRecords.putIfAbsent(p.id(), p));
        snapshot.engagements().forEach(e -> engagements.putIfAbsent(e.id(), e));
        snapshot.divisions().forEach(d -> divisions.putIfAbsent(d.code(), d));
        LocalDate day = asOf != null ? asOf : snapshot.asOf();
        Map<String, Assignment> chosen = new HashMap<>();
        snapshot.assignments().stream().sorted(Comparator.comparing(Assignment::from)).forEach(a -> {
            Assignment current = chosen.get(a.workerId());
            if (current == null || !current.isActiveOn(day) || a.isActiveOn(day)) {
                chosen.put(a.workerId(), a);
            }
        });
        chosen.forEach((worker, a) -> workerGrid.put(worker, a.gridId()));
    }

    /**
     * @param snapshot the snapshot the report was made from
     * @param asOf     the check's as-of date (chooses a worker's assignment), or null for the snapshot's
     * @return a resolver over that snapshot
     */
    public static DistrictResolver of(CitySnapshot snapshot, LocalDate asOf) {
        return snapshot == null ? NONE : new DistrictResolver(snapshot, asOf);
    }

    /** @return a resolver that knows no district (every subject is {@value #UNKNOWN}) */
    public static DistrictResolver none() {
        return NONE;
    }

    /**
     * @param subject a finding's subject
     * @return its county-level division code, empty when unknown
     */
    public Optional<DivisionCode> districtOf(Subject subject) {
        return Optional.ofNullable(code(subject.kind(), subject.id(), 0)).flatMap(DistrictResolver::county);
    }

    /**
     * @param subject a finding's subject
     * @return e.g. {@code 510302 自流井区}, the bare code when the name is not known, or {@value #UNKNOWN}
     */
    public String label(Subject subject) {
        return districtOf(subject).map(DistrictResolver::label).orElse(UNKNOWN);
    }

    /**
     * @param subject a finding's subject
     * @return the 12-digit statistical code of its township or street (乡镇、街道: the first 9 digits of a 12-digit
     *         division code, then {@code 000}), empty when unknown or when the subject's code is county-level only
     */
    public Optional<String> townshipOf(Subject subject) {
        String code = code(subject.kind(), subject.id(), 0);
        if (code == null) {
            return Optional.empty();
        }
        String s = code.strip();
        if (s.length() != 12 || !s.chars().allMatch(Character::isDigit) || county(s).isEmpty() || s.substring(6, 9).equals("000")) {
            return Optional.empty();
        }
        return Optional.of(s.substring(0, 9) + "000");
    }

    /**
     * @param townshipCode a 12-digit township code, from {@link #townshipOf(Subject)}
     * @return its name in the snapshot (e.g. {@code 东兴寺街道}), empty when the snapshot does not list it
     */
    public Optional<String> townshipName(String townshipCode) {
        AdministrativeDivision d = townshipCode == null ? null : divisions.get(townshipCode);
        return d == null ? Optional.empty() : Optional.of(d.name());
    }

    /**
     * @param subject a finding's subject
     * @return e.g. {@code 510302001000 东兴寺街道}, the bare code when its name is not known, or {@value #UNKNOWN}
     */
    public String townshipLabel(Subject subject) {
        return townshipOf(subject).map(c -> townshipName(c).map(n -> c + " " + n).orElse(c)).orElse(UNKNOWN);
    }

    /**
     * @param code a county-level code
     * @return e.g. {@code 510302 自流井区}, or the bare code when its name is not known
     */
    public static String label(DivisionCode code) {
        return code.knownName().map(n -> code.value() + " " + n).orElse(code.value());
    }

    private String code(String kind, String id, int depth) {
        if (depth > 4 || id == null) {
            return null;
        }
        switch (kind) {
            case "Grid": {
                Grid g = grids.get(id);
                return g == null ? null : g.divisionCodes().stream().sorted().findFirst().orElse(null);
            }
            case "Case": {
                Case c = cases.get(id);
                return c == null ? null : code("Grid", c.gridId(), depth + 1);
            }
            case "GridWorker": {
                return code("Grid", workerGrid.get(id), depth + 1);
            }
            case "Organisation": {
                Organisation o = organisations.get(id);
                return o == null ? null : o.divisionCode();
            }
            case "GridChange": {
                GridChange c = gridChanges.get(id);
                return c == null ? null : c.gridIds().stream().sorted().map(g -> code("Grid", g, depth + 1))
                        .filter(java.util.Objects::nonNull).findFirst().orElse(null);
            }
            case "PayRecord": {
                PayRecord p = payRecords.get(id);
                return p == null ? null : code("GridWorker", p.workerId(), depth + 1);
            }
            case "Engagement": {
                Engagement e = engagements.get(id);
                return e == null ? null : code("Organisation", e.departmentId(), depth + 1);
            }
            case "AdministrativeDivision": {
                AdministrativeDivision d = divisions.get(id);
                return d != null ? d.code() : id;
            }
            default:
                return null;
        }
    }

    private static Optional<DivisionCode> county(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String s = code.strip();
        if (s.length() < 6) {
            return Optional.empty();
        }
        String six = s.substring(0, 6);
        return DivisionCode.isValid(six) ? Optional.of(DivisionCode.of(six)) : Optional.empty();
    }
}
