package org.wangge.kernel.rules;

import java.util.Objects;

/**
 * What a finding is about: the kind of model element and its id, e.g. {@code Grid G-0001}.
 *
 * @param kind the element's type, as its simple class name ({@code Grid}, {@code GridWorker}, {@code Case}…)
 * @param id   the element's id in the snapshot
 */
public record Subject(String kind, String id) implements Comparable<Subject> {

    /** Requires both parts. */
    public Subject {
        Objects.requireNonNull(kind, "Subject.kind");
        Objects.requireNonNull(id, "Subject.id");
    }

    @Override
    public int compareTo(Subject o) {
        int c = kind.compareTo(o.kind);
        return c != 0 ? c : id.compareTo(o.id);
    }

    @Override
    public String toString() {
        return kind + " " + id;
    }
}
