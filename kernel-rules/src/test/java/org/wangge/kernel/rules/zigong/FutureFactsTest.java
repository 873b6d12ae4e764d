package org.wangge.kernel.rules.zigong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.math.BigDecimal;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.wangge.kernel.model.budget.Budget;
import org.wangge.kernel.model.cases.Case;
import org.wangge.kernel.model.cases.CaseTimeline;
import org.wangge.kernel.model.cases.HandBack;
import org.wangge.kernel.model.cases.NonAcceptance;
import org.wangge.kernel.model.cases.NonAcceptanceKind;
import org.wangge.kernel.model.cases.Supervision;
import org.wangge.kernel.model.conduct.Circumstances;
import org.wangge.kernel.model.conduct.PaymentFromServed;
import org.wangge.kernel.model.notice.NoticePlace;
import org.wangge.kernel.model.organisation.AgencyMechanism;
import org.wangge.kernel.model.organisation.Commendation;
import org.wangge.kernel.model.organisation.MechanismKind;
import org.wangge.kernel.model.ModelValidationException;
import org.wangge.kernel.model.conduct.Complaint;
import org.wangge.kernel.model.conduct.ConductIncident;
import org.wangge.kernel.model.conduct.ConductKind;
import org.wangge.kernel.model.conduct.Substantiation;
import org.wangge.kernel.model.snapshot.CitySnapshot;
import org.wangge.kernel.model.testdata.CompliantCity;
import org.wangge.kernel.rules.Finding;

/**
 * A fact dated after the check date never counts. Property tests over every dated record of the compliant city and
 * of breach fixtures (substantiated complaints and incidents of every kind, each of which fires its Art. 13
 * constraint): moving a whole record (all its dates, keeping their order) past the check date gives exactly the
 * findings of the city without that record (or with the record without its dates, when they may all be empty), and moving only a decision past it gives exactly the findings of the
 * undecided record — for every constraint at once, so a constraint that reads a date without bounding it by the
 * check date shows up.
 */
class FutureFactsTest extends RuleTestSupport {

    static final LocalDate AS_OF = CompliantCity.AS_OF;

    /** Substantiated complaints and incidents of every kind, decided before the check date: each one fires. */
    static List<Object> breaches() {
        List<Object> out = new ArrayList<>();
        for (ConductKind kind : ConductKind.values()) {
            out.add(new Complaint("FF-C-" + kind, CompliantCity.WORKER_COMMUNITY, kind, AS_OF.minusDays(40), "R-" + kind, null,
                    Substantiation.SUBSTANTIATED, AS_OF.minusDays(10)));
            out.add(new ConductIncident("FF-I-" + kind, CompliantCity.WORKER_VILLAGE, kind, AS_OF.minusDays(40), null, "incident",
                    Substantiation.SUBSTANTIATED, AS_OF.minusDays(10)));
        }
        return out;
    }

    /** Substantiated complaints whose investigation recorded circumstances (情节) that grade the Art. 22 consequence. */
    static List<Object> withCircumstances() {
        List<Object> out = new ArrayList<>();
        for (Circumstances c : Circumstances.values()) {
            out.add(new Complaint("FF-CC-" + c, CompliantCity.WORKER_COMMUNITY, ConductKind.PRIVATE_GAIN, AS_OF.minusDays(40), "R-" + c, null,
                    Substantiation.SUBSTANTIATED, AS_OF.minusDays(10), c));
        }
        return out;
    }

    /** Every record of the city and the breaches that holds a date. */
    static List<Object> datedRecords() {
        List<Object> out = new ArrayList<>();
        for (Object f : facts()) {
            if (f instanceof Record r && !dateComponents(r).isEmpty()) {
                out.add(f);
            }
        }
        return out;
    }

    static List<Object> facts() {
        List<Object> all = new ArrayList<>(CompliantCity.facts());
        all.addAll(breaches());
        all.addAll(withCircumstances());
        return all;
    }

    @Test
    void the_breach_fixtures_fire_so_the_property_is_not_empty() {
        Set<String> fired = keys(check(snapshot(facts())).findings());
        for (Object b : breaches()) {
            String worker = b instanceof Complaint c ? c.workerId() : ((ConductIncident) b).workerId();
            assertThat(fired).anyMatch(k -> k.contains(worker));
        }
        assertThat(check(snapshot(facts())).findingsUnderArticle(13)).hasSizeGreaterThanOrEqualTo(breaches().size());
    }

    @Test
    void a_record_moved_past_the_check_date_counts_as_not_there() {
        List<Object> records = datedRecords();
        qt().withExamples(40).withFixedSeed(18).forAll(integers().between(0, records.size() - 1), integers().between(1, 400))
                .checkAssert((index, days) -> {
                    Object record = records.get(index);
                    Object moved = shiftedPast((Record) record, days);
                    if (moved == null) {
                        return; // a record whose dates cannot all move (e.g. a validity period that must contain the check date)
                    }
                    // As of the check date the record is not there — or, when all its dates may be empty (a list not yet
                    // published), it is there without them.
                    List<Object> without = new ArrayList<>(facts());
                    Object cleared = cleared((Record) record);
                    if (cleared != null) {
                        without.set(without.indexOf(record), cleared);
                    } else {
                        without.remove(record);
                    }
                    List<Object> with = new ArrayList<>(facts());
                    with.set(with.indexOf(record), moved);
                    assertThat(keys(ENGINE.check(snapshot(with), AS_OF).findings()))
                            .as("findings with %s moved %d day(s) past the check date %s, compared with the city without it", moved, days, AS_OF)
                            .isEqualTo(keys(ENGINE.check(snapshot(without), AS_OF).findings()));
                });
    }

    @Test
    void a_decision_moved_past_the_check_date_counts_as_not_yet_taken() {
        // Every decided record, each with generated decision days after the check date (1 day is always among them:
        // QuickTheories tries the bounds first).
        List<Object> decided = new ArrayList<>(breaches());
        decided.addAll(withCircumstances());
        for (Object record : decided) {
            qt().withExamples(3).withFixedSeed(1303).forAll(integers().between(1, 400)).checkAssert(days -> decidedLater(record, days));
        }
    }

    static void decidedLater(Object record, int days) {
        {
            Object later;
            Object pending;
            if (record instanceof Complaint c) {
                later = new Complaint(c.id(), c.workerId(), c.allegation(), c.receivedOn(), c.complainantRef(), c.caseId(),
                        c.substantiation(), AS_OF.plusDays(days), c.circumstances());
                pending = new Complaint(c.id(), c.workerId(), c.allegation(), c.receivedOn(), c.complainantRef(), c.caseId(),
                        Substantiation.PENDING, null);
            } else {
                ConductIncident i = (ConductIncident) record;
                later = new ConductIncident(i.id(), i.workerId(), i.kind(), i.occurredOn(), i.caseId(), i.description(),
                        i.substantiation(), AS_OF.plusDays(days));
                pending = new ConductIncident(i.id(), i.workerId(), i.kind(), i.occurredOn(), i.caseId(), i.description(),
                        Substantiation.PENDING, null);
            }
            assertThat(keys(ENGINE.check(replaced(record, later), AS_OF).findings()))
                    .as("findings with %s decided %d day(s) after the check date %s, compared with it undecided", record, days, AS_OF)
                    .isEqualTo(keys(ENGINE.check(replaced(record, pending), AS_OF).findings()));
        }
    }

    // ---------------------------------------------------------------- catalogue v2 (issue 18 ¶3)

    /**
     * One catalogue-v2 date of a fixture moved past the check date: {@code moved} gives the city with it moved the
     * given number of days past the check date, {@code expected} the city in which it has not happened yet.
     */
    record Move(String what, IntFunction<CitySnapshot> moved, CitySnapshot expected, CitySnapshot firing) {
        // firing: the city with the record where it is (for the check that the fixture matters), or null for a record no
        // constraint reads
    }

    /** Adds a move unless the model refuses one of its records (e.g. a closed case without its verification). */
    static void add(List<Move> out, java.util.function.Supplier<Move> move) {
        try {
            Move m = move.get();
            m.moved().apply(1);
            m.moved().apply(400);
            out.add(m);
        } catch (IllegalStateException | ModelValidationException e) {
            // not a valid record
        }
    }

    static LocalDateTime past(int days) {
        return AS_OF.plusDays(days).atTime(9, 0);
    }

    static CitySnapshot without(Object fact, Object... changes) {
        return CompliantCity.without(sameFact(fact), changes);
    }

    static Predicate<Object> sameFact(Object fact) {
        String id = String.valueOf(component((Record) fact, "id"));
        return o -> o.getClass() == fact.getClass() && id.equals(String.valueOf(component((Record) o, "id")));
    }

    static Object component(Record r, String name) {
        try {
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                if (c.getName().equals(name)) {
                    return c.getAccessor().invoke(r);
                }
            }
            throw new IllegalArgumentException(r.getClass().getSimpleName() + " has no " + name);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The record with one component replaced (through its canonical constructor, so it is validated). */
    @SuppressWarnings("unchecked")
    static <R extends Record> R with(R r, String name, Object value) {
        try {
            RecordComponent[] components = r.getClass().getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            boolean found = false;
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = components[i].getName().equals(name) ? value : components[i].getAccessor().invoke(r);
                found |= components[i].getName().equals(name);
            }
            if (!found) {
                throw new IllegalArgumentException(r.getClass().getSimpleName() + " has no " + name);
            }
            return (R) r.getClass().getDeclaredConstructor(types).newInstance(values);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw new IllegalStateException("cannot build " + r.getClass().getSimpleName() + " with " + name + " = " + value, e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A case's timeline with one step and every later step moved past the check date (keeping their order), against the
     * timeline that ends before that step.
     */
    static List<Move> timelineMoves(Case c) {
        List<Move> out = new ArrayList<>();
        CaseTimeline tl = c.timeline();
        for (RecordComponent step : CaseTimeline.class.getRecordComponents()) {
            LocalDateTime at = (LocalDateTime) component(tl, step.getName());
            if (at == null || step.getName().equals("collected")) {
                continue; // not yet there; the collection's move is the whole case's (a_record_moved_past_…)
            }
            add(out, () -> new Move(c.id() + " timeline." + step.getName() + " and later", days -> {
                long shift = ChronoUnit.DAYS.between(at.toLocalDate(), AS_OF.plusDays(days));
                return CompliantCity.with(with(c, "timeline", timeline(tl, l -> l.isBefore(at) ? l : l.plusDays(shift))));
            }, CompliantCity.with(with(c, "timeline", timeline(tl, l -> l.isBefore(at) ? l : null))), CompliantCity.with(c)));
        }
        return out;
    }

    /** The timeline with every step mapped at once (so that the model checks the order of the result only). */
    static CaseTimeline timeline(CaseTimeline tl, java.util.function.UnaryOperator<LocalDateTime> step) {
        return (CaseTimeline) rebuilt(tl, v -> v == null ? null : step.apply((LocalDateTime) v), true);
    }

    /** A case's hand-backs, supervisions and decision not to accept, each moved past the check date, against the case without it. */
    static List<Move> caseMoves(Case c) {
        List<Move> out = new ArrayList<>(timelineMoves(c));
        for (int i = 0; i < c.handBacks().size(); i++) {
            int index = i;
            HandBack h = c.handBacks().get(i);
            List<HandBack> rest = new ArrayList<>(c.handBacks());
            rest.remove(index);
            add(out, () -> new Move(c.id() + " hand-back " + h, days -> {
                List<HandBack> moved = new ArrayList<>(c.handBacks());
                moved.set(index, new HandBack(past(days), h.departmentId(), h.reason()));
                return CompliantCity.with(with(c, "handBacks", moved));
            }, CompliantCity.with(with(c, "handBacks", rest)), CompliantCity.with(c)));
        }
        for (int i = 0; i < c.supervisions().size(); i++) {
            int index = i;
            Supervision s = c.supervisions().get(i);
            List<Supervision> rest = new ArrayList<>(c.supervisions());
            rest.remove(index);
            add(out, () -> new Move(c.id() + " supervision " + s, days -> {
                List<Supervision> moved = new ArrayList<>(c.supervisions());
                moved.set(index, new Supervision(past(days), s.byId(), s.reason()));
                return CompliantCity.with(with(c, "supervisions", moved));
            }, CompliantCity.with(with(c, "supervisions", rest)), CompliantCity.with(c)));
        }
        NonAcceptance n = c.nonAcceptance();
        if (n != null) {
            add(out, () -> new Move(c.id() + " " + n.kind() + " decision", days -> CompliantCity.with(with(c, "nonAcceptance",
                    new NonAcceptance(n.kind(), past(days), n.byId(), n.reason(), n.mergedIntoId()))),
                    CompliantCity.with(with(c, "nonAcceptance", null)), CompliantCity.with(c)));
        }
        return out;
    }

    static final String ZLJ = CompliantCity.ZLJ_AGENCY;

    /** Cases of catalogue v2 that fire: signed for late, declined without a reason, merged late, handed back, supervised. */
    static List<Case> v2Cases() {
        return List.of(
                Art15PlatformAndDepartmentsTest.assignedSignedFor("2025-06-26T10:00", "2025-06-30T08:00", null),
                Art15PlatformAndDepartmentsTest.decided("2025-06-26T10:00",
                        new NonAcceptance(NonAcceptanceKind.DECLINED, CaseFixtures.t("2025-06-26T11:00"), ZLJ, " ", null)),
                Art15PlatformAndDepartmentsTest.decided("2025-06-26T10:00",
                        new NonAcceptance(NonAcceptanceKind.MERGED, CaseFixtures.t("2025-06-30T09:00"), ZLJ, "重复上报", CompliantCity.CASE_ASSIGNED)),
                Art15PlatformAndDepartmentsTest.handedBack(Art15PlatformAndDepartmentsTest.back("2025-06-03T09:00", CompliantCity.EMERGENCY, null)),
                Art15PlatformAndDepartmentsTest.handedBack(
                        Art15PlatformAndDepartmentsTest.back("2025-06-03T09:00", CompliantCity.EMERGENCY, "不属本部门职责"),
                        Art15PlatformAndDepartmentsTest.back("2025-06-04T09:00", CompliantCity.EMERGENCY, "不属本部门职责"),
                        Art15PlatformAndDepartmentsTest.back("2025-06-05T09:00", CompliantCity.EMERGENCY, "不属本部门职责")),
                Art15PlatformAndDepartmentsTest.unacceptedWith(List.of(new Supervision(CaseFixtures.t("2025-06-30T09:00"), ZLJ, "督办"))),
                Art15PlatformAndDepartmentsTest.unacceptedWith(List.of(new Supervision(CaseFixtures.t("2025-06-27T09:00"), ZLJ, "提醒"))));
    }

    /** Dated records of catalogue v2 outside cases, each moved past the check date, against the city where it is not yet. */
    static List<Move> v2RecordMoves() {
        List<Move> out = new ArrayList<>();
        String gov = CompliantCity.facts().stream().filter(o -> o instanceof Budget).map(o -> ((Budget) o).governmentId()).findFirst().orElseThrow();
        Budget zero = new Budget("B-" + gov + "-2025", gov, 2025, BigDecimal.ZERO, LocalDate.of(2025, 3, 1));
        add(out, () -> new Move("budget approved with no grid funding", days -> CompliantCity.with(with(zero, "approvedOn", AS_OF.plusDays(days))),
                without(zero), CompliantCity.with(zero)));
        AgencyMechanism adopted = new AgencyMechanism("MECH-" + ZLJ + "-INCENTIVE", ZLJ, MechanismKind.INCENTIVE, "激励办法",
                AS_OF.minusDays(100), null);
        add(out, () -> new Move("mechanism adopted", days -> CompliantCity.with(with(adopted, "adoptedOn", AS_OF.plusDays(days))),
                without(adopted), CompliantCity.with(adopted)));
        AgencyMechanism repealed = new AgencyMechanism("MECH-" + ZLJ + "-HIRING", ZLJ, MechanismKind.HIRING, "聘用办法",
                LocalDate.of(2024, 2, 1), AS_OF.minusDays(1));
        add(out, () -> new Move("mechanism repealed", days -> CompliantCity.with(with(repealed, "repealedOn", AS_OF.plusDays(days))),
                CompliantCity.with(with(repealed, "repealedOn", null)), CompliantCity.with(repealed)));
        Commendation commended = new Commendation("COM-FF", ZLJ, CompliantCity.WORKER_VILLAGE, true, AS_OF.minusDays(5), "优秀网格员");
        add(out, () -> new Move("commendation", days -> CompliantCity.with(with(commended, "on", AS_OF.plusDays(days))),
                without(commended), null)); // Art. 17 ¶2: a record, no constraint of its own — still no finding from its future date
        PaymentFromServed paid = new PaymentFromServed("PF-FF", CompliantCity.WORKER_COMMUNITY, AS_OF.minusDays(20), "R-0031", null, null);
        add(out, () -> new Move("payment from a person served", days -> CompliantCity.with(with(paid, "receivedOn", AS_OF.plusDays(days))),
                without(paid), CompliantCity.with(paid)));
        var notice = Art21PublicNoticeTest.postedAt(new NoticePlace(CompliantCity.COMMUNITY_CODE, false, "街道办事处内部走廊"));
        add(out, () -> new Move("notice posted at a place that is not the main one", days -> CompliantCity.with(with(notice, "postedOn",
                AS_OF.plusDays(days))), without(notice), null)); // no finding of its own against the city without a notice
        return out;
    }

    static List<Move> v2Moves() {
        List<Move> out = new ArrayList<>();
        for (Case c : v2Cases()) {
            out.addAll(caseMoves(c));
        }
        for (Object f : CompliantCity.facts()) {
            if (f instanceof Case c) {
                out.addAll(caseMoves(c));
            }
        }
        out.addAll(v2RecordMoves());
        return out;
    }

    @Test
    void the_catalogue_v2_fixtures_fire_so_the_property_is_not_empty() {
        Set<String> compliant = keys(ENGINE.check(CompliantCity.snapshot(), AS_OF).findings());
        for (Case c : v2Cases()) {
            assertThat(keys(ENGINE.check(CompliantCity.with(c), AS_OF).findings())).as("findings of %s", c.id()).isNotEqualTo(compliant);
        }
        List<Move> records = v2RecordMoves();
        assertThat(records).hasSize(6);
        assertThat(records).filteredOn(m -> m.firing() != null).hasSize(4);
        for (Move m : records) {
            if (m.firing() == null) {
                continue;
            }
            assertThat(keys(ENGINE.check(m.firing(), AS_OF).findings())).as("findings of %s", m.what())
                    .isNotEqualTo(keys(ENGINE.check(m.expected(), AS_OF).findings()));
        }
        assertThat(v2Moves()).extracting(Move::what)
                .anyMatch(w -> w.contains("timeline.signedFor")).anyMatch(w -> w.contains("DECLINED decision"))
                .anyMatch(w -> w.contains("MERGED decision")).anyMatch(w -> w.contains("hand-back"))
                .anyMatch(w -> w.contains("supervision"));
    }

    @Test
    void a_catalogue_v2_date_moved_past_the_check_date_counts_as_not_yet_there() {
        // sign-for, decline and merge decisions, hand-backs, supervisions, every later case step, budgets' approval,
        // mechanisms adopted and repealed, commendations, payments from the served, notices at their place
        List<String> failures = new ArrayList<>();
        for (Move m : v2Moves()) {
            Set<String> expected = keys(ENGINE.check(m.expected(), AS_OF).findings());
            try {
                qt().withExamples(2).withFixedSeed(1803).forAll(integers().between(1, 400)).checkAssert(days ->
                        assertThat(keys(ENGINE.check(m.moved().apply(days), AS_OF).findings()))
                                .as("findings with %s moved %d day(s) past the check date %s, compared with it not yet there", m.what(), days, AS_OF)
                                .isEqualTo(expected));
            } catch (AssertionError e) {
                failures.add(e.getMessage().lines().filter(l -> l.startsWith("org.opentest4j") || l.startsWith("expected") || l.startsWith(" but"))
                        .collect(java.util.stream.Collectors.joining(" ")));
            }
        }
        assertThat(failures).as("moves whose future date still gives a finding").isEmpty();
    }

    static CitySnapshot replaced(Object record, Object by) {
        List<Object> facts = new ArrayList<>(facts());
        facts.set(facts.indexOf(record), by);
        return snapshot(facts);
    }

    static CitySnapshot snapshot(List<Object> facts) {
        return CitySnapshot.builder(CompliantCity.snapshot().jurisdiction(), AS_OF).addAll(facts).build();
    }

    /** A finding as the property compares it: constraint, subject and the record it cites. */
    static Set<String> keys(List<Finding> findings) {
        Set<String> out = new TreeSet<>();
        for (Finding f : findings) {
            out.add(f.constraintId() + " " + f.subject() + " " + f.evidence().getOrDefault("record", ""));
        }
        return out;
    }

    static List<RecordComponent> dateComponents(Record r) {
        List<RecordComponent> out = new ArrayList<>();
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            if (c.getType() == LocalDate.class || c.getType() == LocalDateTime.class) {
                out.add(c);
            }
        }
        return out;
    }

    /** The record with every date emptied; null when a date is required. */
    static Object cleared(Record r) {
        return rebuilt(r, v -> null);
    }

    static Object rebuilt(Record r, java.util.function.UnaryOperator<Object> date) {
        return rebuilt(r, date, false);
    }

    /** The record with its dates mapped; when the model refuses it, null, or (strict) an IllegalStateException. */
    static Object rebuilt(Record r, java.util.function.UnaryOperator<Object> date, boolean strict) {
        try {
            RecordComponent[] components = r.getClass().getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                values[i] = components[i].getAccessor().invoke(r);
                types[i] = components[i].getType();
                if (types[i] == LocalDate.class || types[i] == LocalDateTime.class) {
                    values[i] = date.apply(values[i]);
                }
            }
            return r.getClass().getDeclaredConstructor(types).newInstance(values);
        } catch (java.lang.reflect.InvocationTargetException e) {
            if (!strict && (e.getCause() instanceof ModelValidationException || e.getCause() instanceof IllegalArgumentException
                    || e.getCause() instanceof NullPointerException)) {
                return null;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The record with every date shifted so that its earliest is {@code days} after the check date; null when invalid. */
    static Object shiftedPast(Record r, int days) {
        try {
            RecordComponent[] components = r.getClass().getRecordComponents();
            Object[] values = new Object[components.length];
            LocalDate earliest = null;
            for (int i = 0; i < components.length; i++) {
                values[i] = components[i].getAccessor().invoke(r);
                LocalDate d = values[i] instanceof LocalDate ld ? ld : values[i] instanceof LocalDateTime ldt ? ldt.toLocalDate() : null;
                if (d != null && (earliest == null || d.isBefore(earliest))) {
                    earliest = d;
                }
            }
            if (earliest == null) {
                return null;
            }
            long shift = ChronoUnit.DAYS.between(earliest, AS_OF.plusDays(days));
            for (int i = 0; i < values.length; i++) {
                if (values[i] instanceof LocalDate ld) {
                    values[i] = ld.plusDays(shift);
                } else if (values[i] instanceof LocalDateTime ldt) {
                    values[i] = ldt.plusDays(shift);
                }
            }
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
            }
            Constructor<?> canonical = r.getClass().getDeclaredConstructor(types);
            return canonical.newInstance(values);
        } catch (java.lang.reflect.InvocationTargetException e) {
            if (e.getCause() instanceof ModelValidationException || e.getCause() instanceof IllegalArgumentException) {
                return null;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
