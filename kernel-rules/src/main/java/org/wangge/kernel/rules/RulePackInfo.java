package org.wangge.kernel.rules;

import java.time.LocalDate;

/**
 * A loaded rule pack's identity: the Measures it encodes, its version and the day it is in force from.
 *
 * @param name         the pack's name, e.g. {@code zigong}
 * @param version      its version, e.g. {@code 2024.1}
 * @param inForceFrom  the day it is in force from (Art. 24: 2024-02-01 for the first Zigong pack)
 * @param jurisdiction the GB/T 2260 code of the jurisdiction it applies to
 * @param location     where it was loaded from (a directory or {@code classpath:…})
 */
public record RulePackInfo(String name, String version, LocalDate inForceFrom, String jurisdiction, String location) {

    @Override
    public String toString() {
        return name + " " + version + " (in force from " + inForceFrom + ", jurisdiction " + jurisdiction + ")";
    }
}
