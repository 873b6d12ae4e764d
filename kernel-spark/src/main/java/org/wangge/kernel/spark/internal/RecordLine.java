package org.wangge.kernel.spark.internal;

import java.io.Serializable;

/**
 * One line of a record file as it is shuffled between tasks: the text, not the parsed record (model records are not
 * serializable), with where it came from, for problems.
 *
 * @param kind the kind of record ({@code cases}…)
 * @param file the file
 * @param line its 1-based line number
 * @param text the line
 */
public record RecordLine(String kind, String file, int line, String text) implements Serializable {
    private static final long serialVersionUID = 1L;
}
