package org.wangge.kernel.rules.internal;

import java.util.Map;
import org.kie.api.KieBase;
import org.wangge.kernel.model.calendar.WorkingDayCalendar;
import org.wangge.kernel.rules.ConstraintDefinition;
import org.wangge.kernel.rules.Parameters;
import org.wangge.kernel.rules.RulePackInfo;

/**
 * A compiled, validated rule pack: immutable, so it can be swapped atomically and shared by threads.
 *
 * @param info        identity of the pack
 * @param kieBase     the compiled rule base
 * @param catalogue   constraints by ID
 * @param parameters  dated parameters and the decision tables of local policy
 * @param calendar    the working-day calendar rules count on
 * @param rules       metadata of every rule, by rule name
 * @param source      the files it was compiled from
 * @param messages    the message templates and labels (messages.tsv, labels.tsv)
 */
public record LoadedPack(
        RulePackInfo info,
        KieBase kieBase,
        Map<String, ConstraintDefinition> catalogue,
        Parameters parameters,
        WorkingDayCalendar calendar,
        Map<String, RuleMeta> rules,
        PackSource source,
        Messages messages) {

    /** @return the SHA-256 of the pack's files (name, a zero byte, the bytes, in name order), in hex; computed once per pack */
    public String contentHash() {
        return source.contentHash();
    }
}
