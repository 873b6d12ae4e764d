package org.wangge.kernel.io.snapshot;

import java.time.LocalDate;

/**
 * The limits every snapshot (and scenario) file is read under, documented in {@code docs/snapshot-format.md}
 * and {@code docs/security.md} ("Snapshot files"). A file beyond one of them is refused with a
 * {@link SnapshotFileException} at the line, column and field where the limit was crossed, in time and
 * memory bounded by the limit, not by the file.
 */
final class Limits {

    /** Mappings and lists nested deeper than this are refused (the format itself needs five levels). */
    static final int MAX_NESTING = 64;

    /** A scalar (text, number…), a comment or a blank run longer than this many characters is refused. */
    static final int MAX_VALUE_CHARS = 1 << 20;

    /** Characters the parser may read ahead of its current token (its buffer), on top of {@link #MAX_VALUE_CHARS}. */
    static final int READ_AHEAD = 1 << 16;

    /** A key longer than this many characters is refused (the longest key of the format has 30). */
    static final int MAX_KEY_CHARS = 200;

    /** A number written with more characters than this is refused by the parser. */
    static final int MAX_NUMBER_CHARS = 100;

    /** A decimal with more digits than this before its decimal point is refused ({@code 1e999999999}…). */
    static final int MAX_INTEGER_DIGITS = 18;

    /** A decimal with more digits than this after its decimal point is refused. */
    static final int MAX_FRACTION_DIGITS = 8;

    /** The earliest date a snapshot may hold. */
    static final LocalDate MIN_DATE = LocalDate.of(1900, 1, 1);

    /** The latest date a snapshot may hold. */
    static final LocalDate MAX_DATE = LocalDate.of(2199, 12, 31);

    private Limits() {
    }
}
