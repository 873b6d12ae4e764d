package org.wangge.kernel.rules.facts;

/**
 * An element outside the jurisdiction of the pack in force (Art. 2, ZG-02-01). Findings of other
 * constraints about it are dropped: it is reported, never checked against this pack.
 *
 * @param kind the element's kind
 * @param id   its id
 */
public record OutOfScope(String kind, String id) {
}
