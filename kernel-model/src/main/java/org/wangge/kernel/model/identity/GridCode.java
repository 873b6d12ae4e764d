package org.wangge.kernel.model.identity;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.wangge.kernel.model.ModelValidationException;

/**
 * 网格编码: the code a county-level grid agency assigns to a grid (Art. 7 ¶1).
 *
 * <p>This type checks only what every coding scheme shares: not blank, at most {@value #MAX_LENGTH}
 * characters, only digits, upper-case letters A-Z and hyphens (spaces are removed, lowercase letters
 * and full-width characters normalised). Whether a code conforms to the unified coding scheme of the
 * city (ZG-07-02) is checked by a {@link GridCodeScheme}, by default {@link DefaultGridCodeScheme}.
 *
 * <p>Not personal information: {@link #toString()} gives the code. Immutable; equal when the codes are
 * equal; ordered by code.
 */
public final class GridCode implements Comparable<GridCode> {

    private static final String FIELD = "GridCode.value";
    private static final Pattern CHARSET = Pattern.compile("[0-9A-Z-]+");

    /** The maximum number of characters of any grid code: 32. */
    public static final int MAX_LENGTH = 32;

    private final String value;

    private GridCode(String value) {
        this.value = value;
    }

    /**
     * Reads a grid code, checking only the charset and length shared by all schemes.
     *
     * @param raw the code, e.g. {@code "510302001001001"}
     * @return the code, in upper case
     * @throws ModelValidationException naming {@code GridCode.value} when null, blank, longer than 32
     *                                  characters or containing other characters than 0-9, A-Z and '-'
     */
    public static GridCode of(String raw) {
        String s = Inputs.present(Inputs.compactUpper(raw), FIELD, "the grid code (网格编码)");
        String problem = problem(s);
        if (problem != null) {
            throw new ModelValidationException(FIELD, Inputs.shownPlain(s), problem);
        }
        return new GridCode(s);
    }

    /** The rule a compact, upper-cased, non-empty candidate breaks, or null. */
    static String problem(String s) {
        if (s.length() > MAX_LENGTH) {
            return "must have at most " + MAX_LENGTH + " characters, has " + s.length();
        }
        if (!CHARSET.matcher(s).matches()) {
            return "must contain only digits 0-9, letters A-Z and hyphens '-'";
        }
        return null;
    }

    /**
     * Reads a grid code and checks it against a coding scheme.
     *
     * @param raw    the code
     * @param scheme the coding scheme, e.g. {@link DefaultGridCodeScheme#INSTANCE}
     * @return the code
     * @throws ModelValidationException naming {@code GridCode.value} and listing every rule of the
     *                                  scheme the code breaks
     */
    public static GridCode of(String raw, GridCodeScheme scheme) {
        GridCode code = of(raw);
        if (scheme == null) {
            throw Inputs.missing("GridCode.scheme", "the grid coding scheme, e.g. DefaultGridCodeScheme.INSTANCE");
        }
        List<String> violations = scheme.violations(code.value);
        if (!violations.isEmpty()) {
            throw new ModelValidationException(FIELD, Inputs.shownPlain(code.value), "does not conform to grid "
                    + "coding scheme " + scheme.name() + ": " + String.join("; ", violations));
        }
        return code;
    }

    /** @return the code */
    public String value() {
        return value;
    }

    /**
     * Tells whether this code conforms to a scheme.
     *
     * @param scheme the scheme
     * @return true when {@code scheme} finds no violation
     */
    public boolean conformsTo(GridCodeScheme scheme) {
        return scheme.isValid(value);
    }

    /**
     * The community or village this code lies in, as the scheme reads it.
     *
     * @param scheme the scheme
     * @return the statistical division code, or empty when the scheme does not encode one or the code
     *         does not conform
     */
    public Optional<StatisticalDivisionCode> divisionIn(GridCodeScheme scheme) {
        return scheme.divisionOf(value);
    }

    @Override
    public int compareTo(GridCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GridCode && ((GridCode) o).value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** @return the code */
    @Override
    public String toString() {
        return value;
    }
}
