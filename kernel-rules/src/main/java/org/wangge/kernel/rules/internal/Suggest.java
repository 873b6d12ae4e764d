package org.wangge.kernel.rules.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** "Did you mean …?" for a misspelt name: the nearest known name by edit distance, when it is near enough. */
public final class Suggest {

    private Suggest() {
    }

    /**
     * @param wrong the name written
     * @param known the names that exist
     * @return the nearest known name, or null when none is within a third of the name's length (at least 2 edits)
     */
    public static String nearest(String wrong, Collection<String> known) {
        if (wrong == null) {
            return null;
        }
        String w = wrong.toLowerCase(Locale.ROOT);
        String best = known.stream().min(Comparator.comparingInt((String k) -> distance(w, k.toLowerCase(Locale.ROOT)))
                .thenComparing(Comparator.naturalOrder())).orElse(null);
        if (best == null) {
            return null;
        }
        int limit = Math.max(2, wrong.length() / 3);
        if (distance(w, best.toLowerCase(Locale.ROOT)) <= limit) {
            return best;
        }
        // A shortened name (art08-grid-size.drl for art08-grid-size-and-kinds.drl): the one known name that starts alike.
        String stem = w.contains(".") ? w.substring(0, w.indexOf('.')) : w;
        List<String> alike = known.stream().filter(k -> stem.length() >= 4 && k.toLowerCase(Locale.ROOT).startsWith(stem)).toList();
        return alike.size() == 1 ? alike.get(0) : null;
    }

    /**
     * @param wrong the name written
     * @param known the names that exist
     * @return {@code "; did you mean `x`?"}, or {@code " (known: a, b, …)"} when none is near, or empty when none is known
     */
    public static String didYouMean(String wrong, Collection<String> known) {
        String n = nearest(wrong, known);
        if (n != null) {
            return "; did you mean `" + n + "`?";
        }
        if (known.isEmpty()) {
            return "";
        }
        return " (known: " + String.join(", ", known.stream().sorted().limit(30).toList()) + (known.size() > 30 ? ", …" : "") + ")";
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    cur[j] = Math.min(cur[j], prev[j - 1]); // an adjacent swap counts as one edit (approximate)
                }
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
