package org.wangge.kernel.rules;

/**
 * A problem found while loading a rule pack, at a place in a file.
 *
 * @param file    the file, relative to the pack
 * @param line    the line, 1-based, or 0 when unknown
 * @param column  the column, 1-based, or 0 when unknown
 * @param message what is wrong and how to fix it
 */
public record RuleProblem(String file, int line, int column, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
