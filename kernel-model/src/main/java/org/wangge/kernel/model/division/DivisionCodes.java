package org.wangge.kernel.model.division;

/** Containment between division codes of any length (6-digit GB/T 2260 or 12-digit statistical). */
public final class DivisionCodes {

    private DivisionCodes() {
    }

    /**
     * Whether {@code inner} is {@code outer} or lies within it. Codes are compared by their significant
     * prefix: 510300 (city) contains 510302 (district), which contains 510302001000 (street), which
     * contains 510302001001 (community).
     *
     * @param inner a division code
     * @param outer a division code
     * @return true when inner lies in outer
     */
    public static boolean within(String inner, String outer) {
        if (inner == null || outer == null) {
            return false;
        }
        String i = pad(inner);
        String o = pad(outer);
        String prefix = significant(o);
        return i.startsWith(prefix);
    }

    private static String pad(String code) {
        return code.length() >= 12 ? code : (code + "000000000000").substring(0, 12);
    }

    private static String significant(String padded) {
        // Strip trailing zero groups: 2-digit groups for the GB/T 2260 part, 3-digit for the rest.
        if (!padded.endsWith("000000")) {
            return padded.endsWith("000") ? padded.substring(0, 9) : padded;
        }
        String gb = padded.substring(0, 6);
        if (gb.endsWith("0000")) {
            return gb.substring(0, 2);
        }
        if (gb.endsWith("00")) {
            return gb.substring(0, 4);
        }
        return gb;
    }
}
