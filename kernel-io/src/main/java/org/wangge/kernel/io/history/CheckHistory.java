package org.wangge.kernel.io.history;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.wangge.kernel.model.identity.Masking;
import org.wangge.kernel.rules.Finding;

/**
 * What the ledger knows of one check (its {@link #current()}) and of the checks of the same jurisdiction before it:
 * each of its findings new or persisting (first seen on…), the findings of the previous check it no longer has
 * (resolved), and the number of findings by article in every recorded check up to it (the trend).
 */
public final class CheckHistory {

    private final List<RecordedCheck> checks;
    private final Map<String, TrackedFinding> open;
    private final List<TrackedFinding> resolved;
    private final SortedMap<Integer, List<Long>> trend;

    CheckHistory(List<RecordedCheck> checks, Map<String, TrackedFinding> open, List<TrackedFinding> resolved,
            SortedMap<Integer, List<Long>> trend) {
        this.checks = List.copyOf(checks);
        this.open = Collections.unmodifiableMap(open);
        this.resolved = List.copyOf(resolved);
        this.trend = Collections.unmodifiableSortedMap(trend);
    }

    /**
     * The key a finding is followed by: constraint, subject kind and subject id (masked), e.g.
     * {@code ZG-08-01|Grid|G-0001}. Its evidence and dates may change between checks; the key does not.
     *
     * @param finding a finding
     * @return its key
     */
    public static String keyOf(Finding finding) {
        return finding.constraintId() + "|" + finding.subject().kind() + "|" + Masking.maskText(finding.subject().id());
    }

    /** @return the recorded checks of the jurisdiction up to and including the current one, oldest first */
    public List<RecordedCheck> checks() {
        return checks;
    }

    /** @return the check this history is of */
    public RecordedCheck current() {
        return checks.get(checks.size() - 1);
    }

    /** @return the check before it, if any */
    public Optional<RecordedCheck> previous() {
        return checks.size() < 2 ? Optional.empty() : Optional.of(checks.get(checks.size() - 2));
    }

    /**
     * @param finding a finding of the current check
     * @return how it stands (new or persisting, since when), empty when the current check did not record it
     */
    public Optional<TrackedFinding> of(Finding finding) {
        return Optional.ofNullable(open.get(keyOf(finding)));
    }

    /** @return the current check's findings by key, each new or persisting */
    public Map<String, TrackedFinding> open() {
        return open;
    }

    /** @return the findings of the previous check that the current one no longer has */
    public List<TrackedFinding> resolved() {
        return resolved;
    }

    /** @return how many of the current check's findings are new */
    public long newCount() {
        return open.values().stream().filter(t -> t.status() == FindingStatus.NEW).count();
    }

    /** @return how many of the current check's findings were already in the previous one */
    public long persistingCount() {
        return open.values().stream().filter(t -> t.status() == FindingStatus.PERSISTING).count();
    }

    /**
     * @return by article, the number of findings in each of {@link #checks()} (same order, zero when none); every
     *         article that had a finding in any of them
     */
    public SortedMap<Integer, List<Long>> trendByArticle() {
        return trend;
    }
}
