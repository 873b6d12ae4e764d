package org.wangge.kernel.io.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.wangge.kernel.model.snapshot.CitySnapshot;
import org.wangge.kernel.rules.Basis;
import org.wangge.kernel.rules.CheckReport;
import org.wangge.kernel.rules.Finding;
import org.wangge.kernel.rules.Reform;
import org.wangge.kernel.rules.RuleEngine;
import org.wangge.kernel.rules.RulePackInfo;

/**
 * What a reform changes across a whole city: the findings of one snapshot under a base pack and under a reformed pack,
 * matched finding by finding (constraint, subject, day of the conduct), as those that appear, disappear or change
 * (severity, basis, evidence), counted by article, by district and by basis.
 *
 * <pre>{@code
 * ImpactReport impact = ImpactReport.compare(snapshot, RuleEngine.zigong(), RuleEngine.fromReform(reform), asOf);
 * impact.counts().byArticle().forEach((article, c) -> System.out.println(article + " " + c));
 * }</pre>
 *
 * @param base     the base pack's report
 * @param reformed the reformed pack's report
 * @param reform   the reform, when the reformed pack came from a reform file; null otherwise
 * @param changes  every finding that appears, disappears or changes, by article, constraint, subject
 * @param districts the districts of the snapshot's subjects
 */
public record ImpactReport(CheckReport base, CheckReport reformed, Reform reform, List<Change> changes, DistrictResolver districts) {

    /** Copies the changes. */
    public ImpactReport {
        changes = List.copyOf(changes);
    }

    /** How a finding differs. */
    public enum Kind {
        /** only the reformed pack gives it */
        APPEARED,
        /** only the base pack gives it */
        DISAPPEARED,
        /** both give it, with another severity, basis or evidence */
        CHANGED
    }

    /**
     * One finding that differs.
     *
     * @param kind     how
     * @param before   the base pack's finding, null when it appeared
     * @param after    the reformed pack's finding, null when it disappeared
     * @param district the district of its subject ({@link DistrictResolver#label})
     * @param what     for a changed finding, what changed: {@code severity}, {@code basis}, {@code evidence}; empty otherwise
     */
    public record Change(Kind kind, Finding before, Finding after, String district, List<String> what) {
        /** Copies what changed. */
        public Change {
            what = List.copyOf(what);
        }

        /** @return the finding as the reformed pack gives it, or as the base gave it when it disappeared */
        public Finding finding() {
            return after != null ? after : before;
        }
    }

    /**
     * Counts of changes in one group.
     *
     * @param appeared    findings that appear
     * @param disappeared findings that disappear
     * @param changed     findings that change
     */
    public record Count(int appeared, int disappeared, int changed) {
        Count plus(Kind k) {
            return new Count(appeared + (k == Kind.APPEARED ? 1 : 0), disappeared + (k == Kind.DISAPPEARED ? 1 : 0),
                    changed + (k == Kind.CHANGED ? 1 : 0));
        }

        /** @return all three */
        public int total() {
            return appeared + disappeared + changed;
        }

        @Override
        public String toString() {
            return "+" + appeared + " −" + disappeared + " ~" + changed;
        }
    }

    /**
     * The counts, by article (in article order), district (in label order) and basis.
     *
     * @param total     over all
     * @param byArticle article number to counts
     * @param byDistrict district label to counts
     * @param byBasis   basis to counts
     * @param byConstraint constraint ID to counts
     */
    public record Counts(Count total, Map<Integer, Count> byArticle, Map<String, Count> byDistrict, Map<Basis, Count> byBasis,
            Map<String, Count> byConstraint) {
    }

    /**
     * Checks one snapshot with both packs and compares the findings.
     *
     * @param snapshot the city, read once
     * @param base     the engine of the base pack
     * @param reformed the engine of the reformed pack
     * @param asOf     the day of both checks
     * @return the impact
     */
    public static ImpactReport compare(CitySnapshot snapshot, RuleEngine base, RuleEngine reformed, LocalDate asOf) {
        return compare(snapshot, base, reformed, asOf, null);
    }

    /**
     * Checks one snapshot with both packs and compares the findings.
     *
     * @param snapshot the city, read once
     * @param base     the engine of the base pack
     * @param reformed the engine of the reformed pack
     * @param asOf     the day of both checks
     * @param reform   the reform the reformed pack came from, or null
     * @return the impact
     */
    public static ImpactReport compare(CitySnapshot snapshot, RuleEngine base, RuleEngine reformed, LocalDate asOf, Reform reform) {
        Objects.requireNonNull(snapshot, "snapshot");
        CheckReport before = base.check(snapshot, asOf);
        CheckReport after = reformed.check(snapshot, asOf);
        return of(before, after, reform, DistrictResolver.of(snapshot, asOf));
    }

    /**
     * Compares two reports of one snapshot.
     *
     * @param before    the base pack's report
     * @param after     the reformed pack's report
     * @param reform    the reform, or null
     * @param districts the districts of the snapshot's subjects
     * @return the impact
     */
    public static ImpactReport of(CheckReport before, CheckReport after, Reform reform, DistrictResolver districts) {
        Map<String, List<Finding>> left = byKey(before.findings());
        Map<String, List<Finding>> right = byKey(after.findings());
        List<Change> changes = new ArrayList<>();
        java.util.Set<String> keys = new java.util.TreeSet<>(left.keySet());
        keys.addAll(right.keySet());
        for (String k : keys) {
            List<Finding> l = left.getOrDefault(k, List.of());
            List<Finding> r = right.getOrDefault(k, List.of());
            List<Finding> unmatchedRight = new ArrayList<>(r);
            List<Finding> unmatchedLeft = new ArrayList<>();
            for (Finding f : l) { // identical findings first, then pair the rest in order
                Finding same = unmatchedRight.stream().filter(g -> differences(f, g).isEmpty()).findFirst().orElse(null);
                if (same != null) {
                    unmatchedRight.remove(same);
                } else {
                    unmatchedLeft.add(f);
                }
            }
            int n = Math.min(unmatchedLeft.size(), unmatchedRight.size());
            for (int i = 0; i < n; i++) {
                Finding f = unmatchedLeft.get(i);
                Finding g = unmatchedRight.get(i);
                changes.add(new Change(Kind.CHANGED, f, g, districts.label(g.subject()), differences(f, g)));
            }
            for (int i = n; i < unmatchedLeft.size(); i++) {
                Finding f = unmatchedLeft.get(i);
                changes.add(new Change(Kind.DISAPPEARED, f, null, districts.label(f.subject()), List.of()));
            }
            for (int i = n; i < unmatchedRight.size(); i++) {
                Finding g = unmatchedRight.get(i);
                changes.add(new Change(Kind.APPEARED, null, g, districts.label(g.subject()), List.of()));
            }
        }
        changes.sort(Comparator.comparing((Change c) -> c.finding()).thenComparing(Change::kind));
        return new ImpactReport(before, after, reform, changes, districts);
    }

    private static Map<String, List<Finding>> byKey(List<Finding> findings) {
        Map<String, List<Finding>> out = new LinkedHashMap<>();
        for (Finding f : findings) {
            out.computeIfAbsent(f.constraintId() + "|" + f.subject() + "|" + f.occurredOn(), k -> new ArrayList<>()).add(f);
        }
        return out;
    }

    static List<String> differences(Finding a, Finding b) {
        List<String> out = new ArrayList<>();
        if (a.severity() != b.severity()) {
            out.add("severity");
        }
        if (a.basis() != b.basis()) {
            out.add("basis");
        }
        if (!a.evidence().equals(b.evidence())) {
            out.add("evidence");
        }
        return out;
    }

    /** @return the base pack */
    public RulePackInfo basePack() {
        return base.pack();
    }

    /** @return the reformed pack */
    public RulePackInfo reformedPack() {
        return reformed.pack();
    }

    /** @return the day of both checks */
    public LocalDate asOf() {
        return base.asOf();
    }

    /**
     * @param kind a kind
     * @return the changes of that kind
     */
    public List<Change> changes(Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).toList();
    }

    /** @return the counts by article, district, basis and constraint */
    public Counts counts() {
        Count total = new Count(0, 0, 0);
        Map<Integer, Count> article = new TreeMap<>();
        Map<String, Count> district = new TreeMap<>();
        Map<Basis, Count> basis = new java.util.EnumMap<>(Basis.class);
        Map<String, Count> constraint = new TreeMap<>();
        Count zero = new Count(0, 0, 0);
        for (Change c : changes) {
            Finding f = c.finding();
            total = total.plus(c.kind());
            article.put(f.citation().article(), article.getOrDefault(f.citation().article(), zero).plus(c.kind()));
            district.put(c.district(), district.getOrDefault(c.district(), zero).plus(c.kind()));
            basis.put(f.basis(), basis.getOrDefault(f.basis(), zero).plus(c.kind()));
            constraint.put(f.constraintId(), constraint.getOrDefault(f.constraintId(), zero).plus(c.kind()));
        }
        return new Counts(total, article, district, basis, constraint);
    }

    /** @return whether the reform changes no finding of the city */
    public boolean unchanged() {
        return changes.isEmpty();
    }
}
