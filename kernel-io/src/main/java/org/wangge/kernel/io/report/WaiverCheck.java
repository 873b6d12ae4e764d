package org.wangge.kernel.io.report;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.wangge.kernel.rules.CheckReport;
import org.wangge.kernel.rules.Finding;
import org.wangge.kernel.rules.Severity;

/**
 * Waivers judged against one check (豁免核验): which findings each waiver covers, which waivers have expired (their
 * {@code expiresOn} is before the check's as-of date) and which match no finding (unused: a warning, the waiver may
 * be stale or misspelt). A finding is {@link State#WAIVED} when a waiver that still holds covers it,
 * {@link State#EXPIRED} when only expired waivers do, else {@link State#NONE}. The renderers and
 * {@code wangge check --waivers} share this one judgement.
 */
public final class WaiverCheck {

    /** The waiver state of a finding. */
    public enum State {
        /** no waiver covers it */
        NONE,
        /** a waiver that holds on the check's as-of date covers it: it does not fail the check */
        WAIVED,
        /** only expired waivers cover it: it fails the check like any finding */
        EXPIRED
    }

    private final CheckReport report;
    private final List<Waiver> waivers;
    private final Map<Finding, Waiver> byFinding = new IdentityHashMap<>();
    private final List<Waiver> expired = new ArrayList<>();
    private final List<Waiver> unused = new ArrayList<>();

    private WaiverCheck(CheckReport report, List<Waiver> waivers, DistrictResolver districts) {
        this.report = Objects.requireNonNull(report, "report");
        this.waivers = List.copyOf(waivers);
        Objects.requireNonNull(districts, "districts");
        List<Waiver> used = new ArrayList<>();
        for (Finding f : report.findings()) {
            Waiver holding = null;
            Waiver lapsed = null;
            for (Waiver w : this.waivers) {
                if (w.covers(f, districts)) {
                    if (!w.isExpiredOn(report.asOf())) {
                        holding = holding == null ? w : holding;
                    } else if (lapsed == null) {
                        lapsed = w;
                    }
                    used.add(w);
                }
            }
            Waiver chosen = holding != null ? holding : lapsed;
            if (chosen != null) {
                byFinding.put(f, chosen);
            }
        }
        for (Waiver w : this.waivers) {
            if (w.isExpiredOn(report.asOf())) {
                expired.add(w);
            } else if (used.stream().noneMatch(u -> u == w)) {
                unused.add(w);
            }
        }
    }

    /**
     * @param report    a check's report
     * @param waivers   the waivers, in file order
     * @param districts resolves findings' districts, for waivers limited to one
     * @return the judgement
     */
    public static WaiverCheck of(CheckReport report, List<Waiver> waivers, DistrictResolver districts) {
        return new WaiverCheck(report, waivers, districts);
    }

    /** @return the report judged */
    public CheckReport report() {
        return report;
    }

    /** @return every waiver, in the order given */
    public List<Waiver> waivers() {
        return waivers;
    }

    /**
     * @param f a finding of the report
     * @return its state
     */
    public State stateOf(Finding f) {
        Waiver w = byFinding.get(f);
        return w == null ? State.NONE : w.isExpiredOn(report.asOf()) ? State.EXPIRED : State.WAIVED;
    }

    /**
     * @param f a finding of the report
     * @return the waiver that decides its state: one that holds, else an expired one, else empty
     */
    public Optional<Waiver> waiverOf(Finding f) {
        return Optional.ofNullable(byFinding.get(f));
    }

    /** @return the waivers whose expiry is before the check's as-of date (each fails the check), in the order given */
    public List<Waiver> expired() {
        return List.copyOf(expired);
    }

    /** @return the waivers that hold but cover no finding of the report, in the order given (a warning) */
    public List<Waiver> unused() {
        return List.copyOf(unused);
    }

    /** @return the findings a holding waiver covers */
    public List<Finding> waived() {
        return report.findings().stream().filter(f -> stateOf(f) == State.WAIVED).toList();
    }

    /** @return the VIOLATION and WARNING findings no holding waiver covers: those fail the check */
    public List<Finding> failing() {
        return report.findings().stream().filter(f -> f.severity() != Severity.NOTICE && stateOf(f) != State.WAIVED).toList();
    }
}
