package org.wangge.kernel.model.identity;

import java.util.List;
import java.util.Optional;

/**
 * A grid coding scheme (网格编码规则): the "unified standard" by which county-level agencies assign
 * grid codes (Art. 7 ¶1, constraint ZG-07-02). The scheme is pluggable: the kernel ships
 * {@link DefaultGridCodeScheme}, and a city with another standard implements this interface and gives
 * its instance to the rule pack.
 *
 * <p>Implementations must be immutable and thread-safe, must never throw from
 * {@link #violations(String)} (a null or malformed code is a violation like any other) and should
 * accept only codes that {@link GridCode#of(String)} accepts (at most 32 characters of 0-9, A-Z, '-').
 */
public interface GridCodeScheme {

    /**
     * The scheme's stable name, recorded with findings, e.g. {@code zigong-default-v1}.
     *
     * @return the name
     */
    String name();

    /**
     * Checks a code against the scheme.
     *
     * @param code the candidate code, may be null
     * @return the reasons the code does not conform, each a sentence saying what to fix; empty when the
     *         code conforms
     */
    List<String> violations(String code);

    /**
     * Tells whether a code conforms to the scheme.
     *
     * @param code the candidate code, may be null
     * @return true when {@link #violations(String)} is empty
     */
    default boolean isValid(String code) {
        return violations(code).isEmpty();
    }

    /**
     * The community or village a conforming code lies in, as far as the scheme encodes it.
     *
     * @param code the candidate code, may be null
     * @return the village-level statistical division code, or empty when the code does not conform or
     *         the scheme does not encode the area
     */
    Optional<StatisticalDivisionCode> divisionOf(String code);
}
