package org.wangge.kernel.rules;

import java.util.Objects;

/**
 * Where one bulk fact goes in one pass of a sliced check: the pass and the fact's key in it. Every bulk fact of a
 * pass with the same key must reach the same slice ({@link SlicePlan#bucket(String, int)} maps keys to slices).
 *
 * @param pass the pass (one of {@link SlicePlan#passes()})
 * @param key  the fact's key in the pass; "" for a fact whose key component is empty (those go together)
 */
public record SliceKey(String pass, String key) {

    /** Refuses nulls. */
    public SliceKey {
        Objects.requireNonNull(pass, "pass");
        Objects.requireNonNull(key, "key");
    }
}
