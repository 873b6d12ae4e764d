package org.wangge.kernel.rules.internal;

import java.util.Map;
import java.util.function.Supplier;
import org.kie.api.KieBase;
import org.wangge.kernel.model.calendar.WorkingDayCalendar;
import org.wangge.kernel.rules.ConstraintDefinition;
import org.wangge.kernel.rules.Parameters;
import org.wangge.kernel.rules.RulePackInfo;

/**
 * A compiled, validated rule pack: immutable, so it can be swapped atomically and shared by threads.
 *
 * <p>Its rule base may be built on first use ({@link #kieBase()}): a pack whose checked metadata the compiled-pack
 * cache kept serves its catalogue, parameters and rules' metadata (all {@code wangge explain} needs) without one.
 *
 * @param info        identity of the pack
 * @param compiled    gives the compiled rule base (built or loaded at most once, on first use)
 * @param catalogue   constraints by ID
 * @param parameters  dated parameters and the decision tables of local policy
 * @param calendar    the working-day calendar rules count on
 * @param rules       metadata of every rule, by rule name
 * @param source      the files it was compiled from
 * @param messages    the message templates and labels (messages.tsv, labels.tsv)
 */
public record LoadedPack(
        RulePackInfo info,
        Supplier<KieBase> compiled,
        Map<String, ConstraintDefinition> catalogue,
        Parameters parameters,
        WorkingDayCalendar calendar,
        Map<String, RuleMeta> rules,
        PackSource source,
        Messages messages) {

    /**
     * A pack whose rule base is already built.
     *
     * @param info       identity of the pack
     * @param kieBase    the compiled rule base
     * @param catalogue  constraints by ID
     * @param parameters dated parameters and the decision tables of local policy
     * @param calendar   the working-day calendar rules count on
     * @param rules      metadata of every rule, by rule name
     * @param source     the files it was compiled from
     * @param messages   the message templates and labels
     */
    public LoadedPack(RulePackInfo info, KieBase kieBase, Map<String, ConstraintDefinition> catalogue, Parameters parameters,
            WorkingDayCalendar calendar, Map<String, RuleMeta> rules, PackSource source, Messages messages) {
        this(info, built(kieBase), catalogue, parameters, calendar, rules, source, messages);
    }

    private static Supplier<KieBase> built(KieBase kieBase) {
        java.util.Objects.requireNonNull(kieBase, "kieBase");
        return () -> kieBase;
    }

    /** @return the compiled rule base, built (or loaded from the compiled-pack cache) on the first call */
    public KieBase kieBase() {
        return compiled.get();
    }

    /**
     * A supplier that builds at most once (the threads that ask meanwhile wait), then always gives the same rule base; a
     * build that failed is tried again on the next call.
     *
     * @param build what builds the rule base
     * @return the memoising supplier
     */
    public static Supplier<KieBase> once(Supplier<KieBase> build) {
        return new Supplier<>() {
            private volatile KieBase value;

            @Override
            public KieBase get() {
                KieBase v = value;
                if (v == null) {
                    synchronized (this) {
                        v = value;
                        if (v == null) {
                            v = java.util.Objects.requireNonNull(build.get(), "rule base");
                            value = v;
                        }
                    }
                }
                return v;
            }
        };
    }

    /** @return the SHA-256 of the pack's files (name, a zero byte, the bytes, in name order), in hex; computed once per pack */
    public String contentHash() {
        return source.contentHash();
    }
}
