package org.wangge.kernel.model.snapshot;

/**
 * A reference from one fact to an id the snapshot does not hold, or an id used twice.
 *
 * @param elementType the referring fact's type, e.g. {@code Assignment}
 * @param elementId   the referring fact's id
 * @param field       the referring field, e.g. {@code gridId}
 * @param value       the id that is missing or duplicated
 * @param problem     what is wrong, e.g. "no Grid with this id in the snapshot"
 */
public record ReferenceProblem(String elementType, String elementId, String field, String value, String problem) {

    @Override
    public String toString() {
        return elementType + " " + elementId + "." + field + " = " + value + ": " + problem;
    }
}
