package org.wangge.kernel.rules;

import java.util.Objects;

/**
 * The exact rule pack a subject (a case, grid change, application…) started under: its name, version and a hash of
 * its content, so that a pack reloaded under the same version with other rules is not taken for it. Recorded when
 * the subject starts and asked for at each later step ({@link RuleEngine#pinned(RulePackRef)}).
 *
 * @param name        the pack's name, e.g. {@code zigong}
 * @param version     its version, e.g. {@code 2024.1}
 * @param contentHash the SHA-256 of its files (names and bytes, in name order), in hex
 */
public record RulePackRef(String name, String version, String contentHash) {

    /** Requires every part. */
    public RulePackRef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(contentHash, "contentHash");
    }

    @Override
    public String toString() {
        return name + " " + version + " (" + contentHash.substring(0, Math.min(12, contentHash.length())) + ")";
    }
}
