package org.wangge.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.wangge.kernel.model.cases.Case;
import org.wangge.kernel.model.cases.CaseTimeline;
import org.wangge.kernel.model.grid.Grid;
import org.wangge.kernel.model.matter.Matter;
import org.wangge.kernel.model.matter.MatterCategory;
import org.wangge.kernel.model.matter.MatterList;
import org.wangge.kernel.model.organisation.DepartmentKind;
import org.wangge.kernel.model.organisation.OrganisationKind;
import org.wangge.kernel.model.privacy.AccessKind;
import org.wangge.kernel.model.privacy.PersonalInfoAccess;
import org.wangge.kernel.model.snapshot.CitySnapshot;
import org.wangge.kernel.model.worker.Assignment;
import org.wangge.kernel.model.worker.GridWorker;
import org.wangge.kernel.rules.Finding;
import org.wangge.kernel.rules.FindingChanges;
import org.wangge.kernel.rules.IncrementalSession;
import org.wangge.kernel.rules.RuleEngine;
import org.wangge.kernel.testkit.generator.CityGenerator;
import org.wangge.kernel.testkit.generator.GeneratedCity;
import org.wangge.kernel.testkit.generator.Scale;

/**
 * The incremental baseline follows the rules' incremental session: the same changes (new cases, changed cases,
 * reassignments and their undo, new and changed access records, breaching and not) applied to both, and after each
 * change its findings are the rules' current findings on the covered constraints, what appeared and disappeared is the
 * same at the level of (constraint, subject kind, subject id), and its per-finding counts are those of a baseline run
 * from scratch on the changed city.
 */
class IncrementalBaselineTest {

    private static final RuleEngine ENGINE = RuleEngine.zigong();
    private static final LocalDate AS_OF = CityGenerator.DEFAULT_AS_OF;

    /** One change: what it does (for messages), the fact, and whether it is an update. */
    private record Change(String what, Object fact, boolean update) {
    }

    @Test
    void followsTheRulesThroughChanges() {
        GeneratedCity city = CityGenerator.builder().seed(42).scale(Scale.TINY).casesPerGrid(20).accessesPerGrid(100)
                .breachRate(0.05).minimumBreachesPerConstraint(2).generate();
        CitySnapshot s = outOfScope(city.snapshot());
        Facts facts = new Facts(s);
        try (IncrementalSession session = ENGINE.openSession(s, AS_OF)) {
            IncrementalBaseline inc = new IncrementalBaseline(s, AS_OF);
            Set<IncrementalChecks.Key> before = covered(session.report().findings());
            assertEquals(sorted(before), sorted(inc.keys()), "after the first run");
            assertTrue(inc.changes().appeared().isEmpty(), "no changes before the first change");

            Map<String, int[]> movedByKind = new LinkedHashMap<>();
            for (Change ch : changes(s, before)) {
                if (ch.update()) {
                    session.update(ch.fact());
                    inc.update(ch.fact());
                } else {
                    session.insert(ch.fact());
                    inc.insert(ch.fact());
                }
                facts.put(ch.fact());
                FindingChanges rc = session.changes();
                IncrementalBaseline.Changes bc = inc.changes();
                Set<IncrementalChecks.Key> after = covered(session.report().findings());

                assertEquals(sorted(after), sorted(inc.keys()), ch.what() + ": findings");
                assertEquals(sorted(minus(after, before)), sorted(bc.appeared()), ch.what() + ": appeared");
                assertEquals(sorted(minus(before, after)), sorted(bc.disappeared()), ch.what() + ": disappeared");
                // The rules report per breach: a finding whose key was already there (or stays) may come and go in
                // their lists, but every key that appeared or disappeared is in them.
                assertTrue(covered(rc.appeared()).containsAll(bc.appeared()), ch.what() + ": appeared in the rules' changes");
                assertTrue(covered(rc.disappeared()).containsAll(bc.disappeared()), ch.what() + ": disappeared in the rules' changes");
                assertEquals(new IncrementalBaseline(facts.snapshot(), AS_OF).counts(), inc.counts(), ch.what() + ": counts vs a run from scratch");

                int[] moved = movedByKind.computeIfAbsent(ch.fact().getClass().getSimpleName(), k -> new int[2]);
                moved[0] += bc.appeared().size();
                moved[1] += bc.disappeared().size();
                before = after;
            }
            // The sequence is worth something: each kind of change made findings appear and disappear.
            assertEquals(Set.of("Case", "Assignment", "PersonalInfoAccess"), movedByKind.keySet());
            movedByKind.forEach((kind, moved) -> {
                assertTrue(moved[0] > 0, kind + " changes made no finding appear");
                assertTrue(moved[1] > 0, kind + " changes made no finding disappear");
            });
        }
    }

    @Test
    void refusesFactsItDoesNotFollow() {
        GeneratedCity city = CityGenerator.builder().seed(7).scale(Scale.TINY).casesPerGrid(5).accessesPerGrid(10).generate();
        IncrementalBaseline inc = new IncrementalBaseline(city.snapshot(), AS_OF);
        assertThrows(UnsupportedOperationException.class, () -> inc.insert(city.snapshot().grids().get(0)));
    }

    // ------------------------------------------------------------------ the changes

    private static List<Change> changes(CitySnapshot s, Set<IncrementalChecks.Key> findings) {
        List<Change> out = new ArrayList<>();
        Set<String> flagged = findings.stream().filter(k -> k.subjectKind().equals("GridWorker")).map(IncrementalChecks.Key::subjectId)
                .collect(Collectors.toSet());
        Map<String, MatterList> lists = s.matterLists().stream().collect(Collectors.toMap(MatterList::id, l -> l));
        // A worker's case on a published list: a new case like it that is not reported in time gives ZG-14-01.
        Case template = s.cases().stream().filter(c -> c.collectedById() != null && c.matterId() != null
                && s.matters().stream().anyMatch(m -> m.id().equals(c.matterId()) && lists.get(m.listId()).isPublishedBy(AS_OF.minusDays(20))))
                .findFirst().orElseThrow();
        // Workers without findings, with their assignments and the accesses that depend on them.
        List<Assignment> cleanAssignments = s.assignments().stream().filter(a -> !flagged.contains(a.workerId()))
                .filter(a -> s.accesses().stream().anyMatch(x -> x.workerId().equals(a.workerId()) && a.gridId().equals(x.residentGridId())
                        && !x.isAuthorised() && a.isActiveOn(x.at().toLocalDate()) && x.at().toLocalDate().isAfter(a.from())
                        && !x.at().toLocalDate().isAfter(AS_OF)))
                .toList();
        assertFalse(cleanAssignments.isEmpty(), "a worker without findings whose accesses depend on an assignment");
        Assignment assignment = cleanAssignments.get(0);
        List<String> clean = s.workers().stream().map(GridWorker::id).filter(w -> !flagged.contains(w))
                .filter(w -> !w.equals(assignment.workerId())).toList();
        String w1 = clean.get(0);
        String w2 = clean.get(1);
        LocalDateTime at = AS_OF.minusDays(20).atTime(9, 0);

        // --- cases
        Case late = caseOf(template, "T-C-1", template.gridId(), template.category(), CaseTimeline.collectedAt(at), null, Set.of(), false);
        out.add(new Change("a new case not reported in time (ZG-14-01)", late, false));
        out.add(new Change("the same case reported in time, never accepted (ZG-14-01 goes, ZG-15-01 comes)", caseOf(template, "T-C-1",
                template.gridId(), template.category(), new CaseTimeline(at, null, at.plusHours(1), null, null, null, null, null), null,
                Set.of(), false), true));
        out.add(new Change("a new case outside Art. 9 (ZG-09-01)", caseOf(template, "T-C-2", template.gridId(),
                MatterCategory.OUTSIDE_ARTICLE_9, CaseTimeline.collectedAt(at), null, Set.of(), false), false));
        String outside = s.grids().stream().filter(g -> findings.contains(new IncrementalChecks.Key("ZG-02-01", "Grid", g.id()))).findFirst()
                .orElseThrow().id();
        out.add(new Change("a new late case in a grid out of scope (ZG-02-01 only)", caseOf(template, "T-C-3", outside,
                template.category(), CaseTimeline.collectedAt(at), null, Set.of(), false), false));
        out.add(new Change("the same case moved into scope (ZG-02-01 goes, ZG-14-01 comes)", caseOf(template, "T-C-3", template.gridId(),
                template.category(), CaseTimeline.collectedAt(at), null, Set.of(), false), true));
        for (MatterList l : s.matterLists()) {
            LocalDate before = l.publishedOn() == null ? AS_OF.minusDays(3) : l.publishedOn().minusDays(3);
            Matter m = s.matters().stream().filter(x -> x.listId().equals(l.id())).findFirst().orElse(null);
            if (m != null && !before.isBefore(IncrementalChecks.IN_FORCE) && !before.isAfter(AS_OF)) {
                Case early = new Case("T-C-4", template.source(), m.id(), template.category(), false, false, template.gridId(),
                        template.collectedById(), CaseTimeline.collectedAt(before.atTime(9, 0)), null, List.of(), List.of(), false, null,
                        Set.of(), Set.of(), "test");
                out.add(new Change("a new case on list " + l.id() + " before its publication (ZG-10-03, ZG-10-01)", early, false));
                break;
            }
        }
        Case cited = s.cases().stream().filter(c -> c.collectedById() != null && !c.evidenceRefs().isEmpty()
                && !c.timeline().collected().toLocalDate().isBefore(IncrementalChecks.IN_FORCE) && !c.timeline().collected().toLocalDate().isAfter(AS_OF))
                .findFirst().orElseThrow();
        Case sharing = new Case("T-C-5", template.source(), template.matterId(), template.category(), false, false, template.gridId(), w1,
                new CaseTimeline(at, at.plusHours(1), null, null, null, null, null, null), null, List.of(), List.of(), false, null,
                Set.of(cited.evidenceRefs().iterator().next()), Set.of(), "test");
        out.add(new Change("a new case citing the evidence of " + cited.id() + " (ZG-13-04 for " + w1 + ")", sharing, false));
        out.add(new Change("the same case citing nothing", caseOf(sharing, "T-C-5", sharing.gridId(), sharing.category(), sharing.timeline(),
                null, Set.of(), false), true));
        // An unconnected department that handles cases: its cases taken away one by one (ZG-16-01 goes), then back.
        String department = findings.stream().filter(k -> k.constraintId().equals("ZG-16-01")).map(IncrementalChecks.Key::subjectId)
                .min(Comparator.comparing(d -> s.cases().stream().filter(c -> d.equals(c.assignedDepartmentId())).count())).orElseThrow();
        List<Case> handled = s.cases().stream().filter(c -> department.equals(c.assignedDepartmentId())).toList();
        for (Case c : handled) {
            out.add(new Change("case " + c.id() + " taken from " + department, new Case(c.id(), c.source(), c.matterId(), c.category(),
                    c.safetyHazard(), c.obstructionOfWorker(), c.gridId(), c.collectedById(), c.timeline(), null, c.handBacks(),
                    c.supervisions(), c.closedAsResolved(), c.verification(), c.evidenceRefs(), c.partyIds(), c.summary()), true));
        }
        for (Case c : handled) {
            out.add(new Change("case " + c.id() + " given back to " + department, c, true));
        }
        out.add(new Change("a new case for the unconnected department " + department, caseOf(sharing, "T-C-6", sharing.gridId(),
                sharing.category(), sharing.timeline(), department, Set.of(), false), false));
        s.organisations().stream().filter(o -> o.kind() == OrganisationKind.DEPARTMENT
                && o.departmentKind() != DepartmentKind.PUBLIC_SECURITY).findFirst().ifPresent(o -> out.add(new Change(
                        "a new obstruction case assigned to " + o.id() + " (ZG-23-01)", caseOf(sharing, "T-C-7", sharing.gridId(),
                                sharing.category(), sharing.timeline(), o.id(), Set.of(), true), false)));

        // --- assignments: end one early (its worker's accesses and check-ins fall outside the grid), then undo
        out.add(new Change("assignment " + assignment.id() + " ended on its first day", new Assignment(assignment.id(), assignment.workerId(),
                assignment.gridId(), assignment.assignedById(), assignment.from(), assignment.from()), true));
        out.add(new Change("assignment " + assignment.id() + " restored", assignment, true));

        // --- accesses
        PersonalInfoAccess aimless = access("T-A-1", w1, at, AccessKind.VIEW, null, null, 1);
        out.add(new Change("an access without purpose (ZG-13-02)", aimless, false));
        out.add(new Change("the same access for a case", access("T-A-1", w1, at, AccessKind.VIEW, null, template.id(), 1), true));
        int max = ENGINE.parameters(AS_OF).on(AS_OF).intValue("pi.export.max.per-day");
        out.add(new Change("an export of the daily maximum", access("T-A-2", w2, at, AccessKind.EXPORT, null, template.id(), max), false));
        out.add(new Change("one more record exported that day (ZG-13-02)", access("T-A-3", w2, at.plusHours(2), AccessKind.EXPORT, null,
                template.id(), 1), false));
        out.add(new Change("that access a view instead", access("T-A-3", w2, at.plusHours(2), AccessKind.VIEW, null, template.id(), 1), true));
        out.add(new Change("an export the next day", access("T-A-4", w2, at.plusDays(1), AccessKind.EXPORT, null, template.id(), 2), false));
        out.add(new Change("an access after the check date", access("T-A-5", w1, AS_OF.plusDays(2).atTime(9, 0), AccessKind.VIEW, null, null, 1),
                false));
        out.add(new Change("an access before Art. 24", access("T-A-6", w1, IncrementalChecks.IN_FORCE.minusDays(2).atTime(9, 0), AccessKind.VIEW, null,
                null, 1), false));
        String otherGrid = s.grids().stream().map(g -> g.id()).filter(g -> s.assignments().stream()
                .noneMatch(a -> a.workerId().equals(w1) && a.gridId().equals(g))).findFirst().orElseThrow();
        out.add(new Change("an access to a resident of a grid " + w1 + " is not assigned to (ZG-13-02)", access("T-A-7", w1, at, AccessKind.VIEW,
                otherGrid, template.id(), 1), false));
        out.add(new Change("the same access authorised", new PersonalInfoAccess("T-A-7", w1, at, AccessKind.VIEW, "resident", otherGrid,
                "test", template.id(), null, "AUTH-1", 1), true));

        // --- then changes like the benchmark's, at random
        Random rnd = new Random(11);
        for (int i = 0; i < 30; i++) {
            LocalDateTime when = AS_OF.atTime(9, 0).minusHours(rnd.nextInt(2000));
            String grid = s.grids().get(rnd.nextInt(s.grids().size())).id();
            out.add(new Change("random case " + i, caseOf(template, "R-C-" + i, grid, template.category(),
                    i % 2 == 0 ? CaseTimeline.collectedAt(when) : template.timeline(), null, Set.of(), false), false));
            Assignment old = s.assignments().get(rnd.nextInt(s.assignments().size()));
            LocalDate end = old.from().isAfter(AS_OF.minusDays(30 + rnd.nextInt(200))) ? old.from() : AS_OF.minusDays(30 + rnd.nextInt(200));
            out.add(new Change("random reassignment " + i, new Assignment(old.id(), old.workerId(), old.gridId(), old.assignedById(),
                    old.from(), end), true));
            out.add(new Change("random reassignment undone " + i, old, true));
            PersonalInfoAccess t = s.accesses().get(rnd.nextInt(s.accesses().size()));
            out.add(new Change("random access " + i, new PersonalInfoAccess("R-A-" + i, t.workerId(), AS_OF.atTime(10, 0).minusHours(rnd.nextInt(2000)),
                    AccessKind.values()[i % AccessKind.values().length], t.residentRef(), grid, i % 3 == 0 ? null : "test", t.caseId(),
                    t.matterId(), null, 1 + rnd.nextInt(max)), false));
        }
        return out;
    }

    /** The city with one more grid out of scope (the generator puts every grid in scope). */
    private static CitySnapshot outOfScope(CitySnapshot s) {
        Grid g = s.grids().get(s.grids().size() - 1);
        Grid outside = new Grid(g.id(), g.code(), g.name(), g.kind(), g.placeKind(), Set.of("510104001001"), g.households(), g.residents(),
                g.areaDescription(), g.dividedById(), g.legalBasis(), g.organiserId(), g.implementingUnitId(), g.status(), g.validFrom(),
                g.validTo());
        CitySnapshot.Builder b = CitySnapshot.builder(s.jurisdiction(), s.asOf());
        s.facts().forEach(f -> b.add(f == g ? outside : f));
        return b.build();
    }

    private static Case caseOf(Case t, String id, String grid, MatterCategory category, CaseTimeline timeline, String department,
            Set<String> evidence, boolean obstruction) {
        return new Case(id, t.source(), t.matterId(), category, false, obstruction, grid, t.collectedById(), timeline, department, List.of(),
                List.of(), false, null, evidence, Set.of(), "test");
    }

    private static PersonalInfoAccess access(String id, String worker, LocalDateTime at, AccessKind kind, String residentGrid, String caseId,
            int records) {
        return new PersonalInfoAccess(id, worker, at, kind, "resident", residentGrid, caseId == null ? null : "test", caseId, null, null, records);
    }

    // ------------------------------------------------------------------ comparison

    private static Set<IncrementalChecks.Key> covered(Collection<Finding> findings) {
        return findings.stream().filter(f -> IncrementalChecks.COVERED.contains(f.constraintId()))
                .map(f -> new IncrementalChecks.Key(f.constraintId(), f.subject().kind(), f.subject().id())).collect(Collectors.toSet());
    }

    private static Set<IncrementalChecks.Key> minus(Set<IncrementalChecks.Key> a, Set<IncrementalChecks.Key> b) {
        Set<IncrementalChecks.Key> out = new HashSet<>(a);
        out.removeAll(b);
        return out;
    }

    private static Set<String> sorted(Set<IncrementalChecks.Key> keys) {
        return keys.stream().map(k -> k.constraintId() + " " + k.subjectKind() + " " + k.subjectId())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The city's facts as changed so far, matched by kind and id like the session's, for a run from scratch. */
    private static final class Facts {
        private final CitySnapshot original;
        private final Map<String, Object> changed = new LinkedHashMap<>();

        Facts(CitySnapshot s) {
            original = s;
        }

        void put(Object fact) {
            changed.put(key(fact), fact);
        }

        private static String key(Object fact) {
            String id = fact instanceof Case c ? c.id() : fact instanceof Assignment a ? a.id() : ((PersonalInfoAccess) fact).id();
            return fact.getClass().getSimpleName() + " " + id;
        }

        CitySnapshot snapshot() {
            CitySnapshot.Builder b = CitySnapshot.builder(original.jurisdiction(), original.asOf());
            Map<String, Object> left = new LinkedHashMap<>(changed);
            for (Object f : original.facts()) {
                boolean followed = f instanceof Case || f instanceof Assignment || f instanceof PersonalInfoAccess;
                Object now = followed ? left.remove(key(f)) : null;
                b.add(now != null ? now : f);
            }
            b.addAll(left.values());
            return b.build();
        }
    }
}
