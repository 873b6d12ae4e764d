package org.wangge.kernel.rules;

import java.util.List;

/**
 * What an incremental session's findings did since the last call.
 *
 * @param appeared    findings that are new
 * @param disappeared findings that no longer hold
 */
public record FindingChanges(List<Finding> appeared, List<Finding> disappeared) {

    /** Copies the lists. */
    public FindingChanges {
        appeared = List.copyOf(appeared);
        disappeared = List.copyOf(disappeared);
    }

    /** @return whether nothing changed */
    public boolean isEmpty() {
        return appeared.isEmpty() && disappeared.isEmpty();
    }
}
