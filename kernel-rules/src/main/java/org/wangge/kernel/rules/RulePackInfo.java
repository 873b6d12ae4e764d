package org.wangge.kernel.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * A loaded rule pack's identity: the Measures it encodes, its version, the day it is in force from, what it was
 * made from and a hash of its content, so that a report always says which rules produced it.
 *
 * @param name         the pack's name, e.g. {@code zigong}
 * @param version      its version, e.g. {@code 2024.1}
 * @param inForceFrom  the day it is in force from (Art. 24: 2024-02-01 for the first Zigong pack)
 * @param jurisdiction the GB/T 2260 code of the jurisdiction it applies to
 * @param location     where it was loaded from (a directory, a reform file or {@code classpath:…})
 * @param basedOn      the pack it was made from ({@code zigong 2024.1 sha256:0123456789ab}): for a reform, its base;
 *                     for an edited copy of a pack, the pack it was exported from; null for an original pack
 * @param reformChain  the reforms applied, first (nearest the base) first, each as {@code name version}; empty
 *                     when none
 * @param contentHash  the SHA-256 of the pack's files (names and bytes, in name order), in hex; null when unknown
 * @param edited       whether the pack's content differs from the pack it names in {@code based-on} while it keeps
 *                     that pack's name and version (an edited copy that did not rename itself)
 */
public record RulePackInfo(String name, String version, LocalDate inForceFrom, String jurisdiction, String location,
        String basedOn, List<String> reformChain, String contentHash, boolean edited) {

    /** Copies the chain. */
    public RulePackInfo {
        reformChain = reformChain == null ? List.of() : List.copyOf(reformChain);
    }

    /**
     * An original pack of unknown content hash (as built before issue 13).
     *
     * @param name         name
     * @param version      version
     * @param inForceFrom  in force from
     * @param jurisdiction jurisdiction
     * @param location     location
     */
    public RulePackInfo(String name, String version, LocalDate inForceFrom, String jurisdiction, String location) {
        this(name, version, inForceFrom, jurisdiction, location, null, List.of(), null, false);
    }

    /** @return the first 12 hex digits of the content hash, or {@code ?} when unknown */
    public String shortHash() {
        return contentHash == null ? "?" : contentHash.substring(0, Math.min(12, contentHash.length()));
    }

    /**
     * @return how reports name the pack: {@code zigong 2024.1}, {@code zigong-hh250 2026.1-draft (reform of zigong 2024.1)}
     *         or {@code zigong 2024.1 (edited copy)}; the hash is printed beside it by {@link #identity()}
     */
    public String displayName() {
        StringBuilder b = new StringBuilder(name).append(' ').append(version);
        if (edited) {
            b.append(" (edited copy").append(basedOn == null ? "" : " of " + basedOn).append(')');
        } else if (!reformChain.isEmpty() && basedOn != null) {
            b.append(" (reform of ").append(basedOn).append(')');
        } else if (basedOn != null) {
            b.append(" (based on ").append(basedOn).append(')');
        }
        return b.toString();
    }

    /** @return {@link #displayName()} with the content hash, e.g. {@code zigong 2024.1 sha256:0123456789ab} */
    public String identity() {
        return displayName() + " sha256:" + shortHash();
    }

    @Override
    public String toString() {
        return displayName() + " (in force from " + inForceFrom + ", jurisdiction " + jurisdiction
                + (contentHash == null ? "" : ", sha256:" + shortHash()) + ")";
    }
}
