package org.wangge.kernel.testkit.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.wangge.kernel.model.snapshot.CitySnapshot;
import org.wangge.kernel.rules.CheckReport;
import org.wangge.kernel.rules.Finding;
import org.wangge.kernel.testkit.internal.BuiltInEngine;

/**
 * Issue 11 point 5: every finding of a generated city with every constraint injected reads, in Chinese, as an
 * official's note — no English word, enum name or ISO timestamp; the only Latin letters allowed are the
 * identifiers of the city's own records (a grid, a case, a worker), which are data, not words.
 */
class GeneratedCityMessagesTest {

    private static final Pattern LATIN_RUN = Pattern.compile("[A-Za-z][A-Za-z0-9]*(?:[-_.][A-Za-z0-9]+)*");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern LEFTOVER = Pattern.compile("\\{[A-Za-z]+}|\\bnull\\b");

    @Test
    void every_chinese_message_of_a_city_with_every_constraint_injected_has_no_latin_word_and_no_iso_date() {
        GeneratedCity city = CityGenerator.builder().seed(5).grids(60).casesPerGrid(20).accessesPerGrid(80)
                .breachRate(0.02).minimumBreachesPerConstraint(1).generate();
        CheckReport report = BuiltInEngine.get().check(city.snapshot(), city.snapshot().asOf());
        Set<String> ids = identifiers(city.snapshot());

        Set<String> constraintsSeen = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        for (Finding f : report.findings()) {
            constraintsSeen.add(f.constraintId());
            String zh = f.messageZh();
            Matcher m = LATIN_RUN.matcher(zh);
            while (m.find()) {
                if (!ids.contains(m.group()) && !m.group().equals(f.subject().id())) {
                    problems.add(f.constraintId() + " (" + f.rule() + "): Latin \"" + m.group() + "\" in: " + zh);
                }
            }
            if (ISO_DATE.matcher(zh).find()) {
                problems.add(f.constraintId() + " (" + f.rule() + "): ISO date in: " + zh);
            }
            for (String message : List.of(zh, f.messageEn())) {
                if (LEFTOVER.matcher(message).find()) {
                    problems.add(f.constraintId() + " (" + f.rule() + "): unfilled placeholder or null in: " + message);
                }
            }
        }
        assertEquals(new TreeSet<>(CityGenerator.CONSTRAINT_IDS), constraintsSeen,
                "a finding of every constraint is rendered (the generator injects them all)");
        assertTrue(problems.isEmpty(), () -> problems.size() + " messages an official could not sign as they stand:\n"
                + String.join("\n", problems.subList(0, Math.min(40, problems.size()))));
    }

    /** The ids of every record of the snapshot: the only Latin letters a Chinese message may carry. */
    private static Set<String> identifiers(CitySnapshot snapshot) {
        Set<String> ids = new HashSet<>();
        ids.add(snapshot.jurisdiction().toString());
        for (RecordComponent c : CitySnapshot.class.getRecordComponents()) {
            Object value;
            try {
                value = c.getAccessor().invoke(snapshot);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (value instanceof Collection<?> records) {
                for (Object r : records) {
                    collectIds(r, ids);
                }
            }
        }
        return ids;
    }

    private static void collectIds(Object record, Set<String> ids) {
        if (record == null || !record.getClass().isRecord()) {
            return;
        }
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            if (!c.getName().equals("id") && !c.getName().endsWith("Id")) {
                continue;
            }
            try {
                Object v = c.getAccessor().invoke(record);
                if (v != null) {
                    ids.add(v.toString());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
