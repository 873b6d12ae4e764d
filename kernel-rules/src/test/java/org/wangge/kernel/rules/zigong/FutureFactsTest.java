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
import org.junit.jupiter.api.Test;
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
        for (Object record : breaches()) {
            qt().withExamples(3).withFixedSeed(1303).forAll(integers().between(1, 400)).checkAssert(days -> decidedLater(record, days));
        }
    }

    static void decidedLater(Object record, int days) {
        {
            Object later;
            Object pending;
            if (record instanceof Complaint c) {
                later = new Complaint(c.id(), c.workerId(), c.allegation(), c.receivedOn(), c.complainantRef(), c.caseId(),
                        c.substantiation(), AS_OF.plusDays(days));
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
            if (e.getCause() instanceof ModelValidationException || e.getCause() instanceof IllegalArgumentException
                    || e.getCause() instanceof NullPointerException) {
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
