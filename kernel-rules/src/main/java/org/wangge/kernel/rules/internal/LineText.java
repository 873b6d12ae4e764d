package org.wangge.kernel.rules.internal;

/** Small helpers for reporting positions in text files. */
final class LineText {

    private LineText() {
    }

    /**
     * @param text   a file's text
     * @param needle a string to find
     * @return the 1-based line of its first occurrence, or 0 when absent
     */
    static int lineOf(String text, String needle) {
        if (text == null) {
            return 0;
        }
        int at = text.indexOf(needle);
        if (at < 0) {
            return 0;
        }
        int line = 1;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
