package org.wangge.kernel.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.wangge.kernel.rules.internal.SliceLayout;

/**
 * 分片检查: how the facts of one pack go through a <em>sliced check</em>, as the pack's {@code slicing.toml} declares
 * and its rules' conditions confirm. Get one with {@link RuleEngine#slicePlan(java.time.LocalDate)}; immutable and
 * thread-safe (it can be shared by the tasks of a distributed job, and asked about any number of facts).
 *
 * <p>The facts of a snapshot are of two sorts:
 * <ul>
 *   <li><b>reference facts</b> ({@link #isReference}): divisions, organisations, grids, workers, assignments, lists,
 *       notices… Small; <em>every</em> session of the check gets all of them.</li>
 *   <li><b>bulk facts</b> ({@link #isBulk}): cases, personal-information accesses and disclosures, check-ins, pay
 *       records… Each takes part in one or more <em>passes</em> ({@link #passes()}); in each it has a key
 *       ({@link #sliceKeys}), and every constraint rule of the pass joins bulk facts only on that key. Some bulk facts
 *       are also read by the <em>whole-city pass</em> ({@link #isWholeCityInput}).</li>
 * </ul>
 *
 * <p>A sliced check, step by step (what {@link RuleEngine#check} does itself above a size, and what a distributed job
 * does across machines):
 * <ol>
 *   <li>Collect the reference facts: {@code facts.filter(plan::isReference)}.</li>
 *   <li>For each bulk fact, for each {@link SliceKey} of {@link #sliceKeys(Object)}: send the fact to slice
 *       {@code (key.pass(), SlicePlan.bucket(key.key(), n))} for any number of slices {@code n ≥ 1} per pass (choose
 *       it from the volume: a slice's session holds its bulk facts and all the reference facts). Facts with equal
 *       pass and key must meet in one slice; several keys may share one, the findings are the same.</li>
 *   <li>Each slice: {@link RuleEngine#checkSlice(String, java.util.Collection, java.util.Collection, java.time.LocalDate)}
 *       with the reference facts and the slice's bulk facts. It gives the findings of the pass's rules only.</li>
 *   <li>Once: {@link RuleEngine#checkWholeCity(java.util.Collection, java.util.Collection, java.time.LocalDate)} with
 *       the reference facts and the bulk facts for which {@link #isWholeCityInput} is true. It gives the findings of
 *       the rules that read only reference facts and of the rules the pack says need the whole city (code uniqueness,
 *       evidence reused across cases, counts across the city).</li>
 *   <li>{@link RuleEngine#combine(String, java.time.LocalDate, java.util.Collection)} all the findings into the report:
 *       it equals the one-session check's.</li>
 * </ol>
 * A finding is reported by exactly one part: each constraint rule belongs to exactly one pass or to the whole-city
 * pass ({@link #rulesByPass()}), and a session fires only its own constraint rules (definition rules fire in
 * every session: what they derive from a slice's facts is the same as in one session). {@code combine} also drops
 * equal findings, should a rule's match be found in two slices.
 */
public final class SlicePlan {

    /** The name of the whole-city pass in {@link #rulesByPass()}. */
    public static final String WHOLE_CITY = "whole-city";

    private final SliceLayout layout;
    private final RulePackRef pack;

    SlicePlan(SliceLayout layout, RulePackRef pack) {
        this.layout = layout;
        this.pack = pack;
    }

    SliceLayout layout() {
        return layout;
    }

    /** @return the pack this plan is of */
    public RulePackRef pack() {
        return pack;
    }

    /** @return the slice passes, in slicing.toml's order (the whole-city pass is not one of them) */
    public List<String> passes() {
        return layout.passes();
    }

    /**
     * @param fact a fact of a snapshot
     * @return whether every session gets it (it is no bulk fact)
     */
    public boolean isReference(Object fact) {
        return !layout.isBulk(Objects.requireNonNull(fact, "fact").getClass());
    }

    /**
     * @param fact a fact of a snapshot
     * @return whether it is a bulk fact (it goes to the slices of its {@link #sliceKeys})
     */
    public boolean isBulk(Object fact) {
        return layout.isBulk(Objects.requireNonNull(fact, "fact").getClass());
    }

    /**
     * @param bulkFact a bulk fact
     * @return one key per pass it takes part in (a fact whose key may be missing skips a pass then: the pack declared
     *         that the pass's rules read only facts with the key); empty for a reference fact
     */
    public List<SliceKey> sliceKeys(Object bulkFact) {
        Objects.requireNonNull(bulkFact, "bulkFact");
        List<SliceKey> out = new ArrayList<>(2);
        for (String pass : layout.passes()) {
            String key = layout.keyIn(pass, bulkFact);
            if (key != null) {
                out.add(new SliceKey(pass, key));
            }
        }
        return out;
    }

    /**
     * @param pass a pass
     * @param bulkFact a bulk fact
     * @return its key in the pass, or null when it does not take part in the pass
     */
    public String sliceKey(String pass, Object bulkFact) {
        return layout.keyIn(Objects.requireNonNull(pass, "pass"), Objects.requireNonNull(bulkFact, "bulkFact"));
    }

    /**
     * @param bulkFact a bulk fact
     * @return whether the whole-city pass reads it (a rule of that pass reads facts of its kind)
     */
    public boolean isWholeCityInput(Object bulkFact) {
        Class<?> type = Objects.requireNonNull(bulkFact, "bulkFact").getClass();
        return layout.isBulk(type) && layout.wholeCityReads(type);
    }

    /** @return per pass, and {@link #WHOLE_CITY}, the names of its constraint rules (each rule in exactly one) */
    public Map<String, Set<String>> rulesByPass() {
        return layout.rulesOfPass();
    }

    /**
     * The slice of a key, the same in every JVM ({@link String#hashCode()} is specified).
     *
     * @param key    a key of {@link #sliceKeys}
     * @param slices how many slices the pass has, at least 1
     * @return the slice, from 0 to {@code slices - 1}
     */
    public static int bucket(String key, int slices) {
        if (slices < 1) {
            throw new IllegalArgumentException("slices must be at least 1, not " + slices);
        }
        int h = Objects.requireNonNull(key, "key").hashCode();
        h ^= (h >>> 16) * 0x45d9f3b; // spread keys that differ only in their last characters
        return Math.floorMod(h, slices);
    }

    @Override
    public String toString() {
        return "SlicePlan[" + pack + ", passes " + passes() + "]";
    }
}
