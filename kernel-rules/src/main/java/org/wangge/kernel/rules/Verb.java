package org.wangge.kernel.rules;

import java.util.Locale;

/**
 * The verb of a provision, as the catalogue reads it (the {@code verb} column of {@code constraints.tsv}):
 * it decides, with the {@link Basis}, the severity of a finding.
 */
public enum Verb {
    /** 应当: shall. */
    SHALL,
    /** 不得: shall not. */
    SHALL_NOT,
    /** 一般: generally. */
    GENERALLY,
    /** 可以 / 可: may. */
    MAY,
    /** 鼓励: encouraged. */
    ENCOURAGED,
    /** 包括下列事项: the article lists (Art. 9); it commands nothing, so a breach on a TEXT basis is a warning. */
    LISTS,
    /** 适用: the scope provision (Art. 2), which binds no one and gives notices only. */
    APPLIES;

    /** @return whether a breach of it on a TEXT basis is a violation (shall, shall not) */
    public boolean binds() {
        return this == SHALL || this == SHALL_NOT;
    }

    /** @return the catalogue's spelling: {@code shall}, {@code shall-not}, {@code generally}, {@code may}, {@code encouraged}, {@code lists}, {@code applies} */
    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * @param word a catalogue spelling
     * @return the verb
     * @throws IllegalArgumentException for any other word
     */
    public static Verb parse(String word) {
        for (Verb v : values()) {
            if (v.word().equals(word.strip())) {
                return v;
            }
        }
        throw new IllegalArgumentException("verb \"" + word + "\" is not shall, shall-not, generally, may, encouraged, lists or applies");
    }
}
