package org.wangge.kernel.model.snapshot;

/**
 * A set of ids for {@link ReferenceCheck}: open addressing over an array of strings and one of their hashes, no
 * node per member (a city's five million access ids made {@code HashSet} the largest cost of the check, in
 * allocation and cache misses). Null is not a member.
 */
final class IdSet {

    private String[] keys;
    private int[] hashes;
    private int size;

    /** @param expected how many members are expected (the table does not grow below twice that) */
    IdSet(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new String[capacity];
        hashes = new int[capacity];
    }

    /**
     * The high bits folded into the low ones, and no more mixing: ids numbered in sequence ({@code PI-1}, {@code PI-2}…,
     * as a city's lists are) then have hashes, and slots, close to each other, so adding or finding them in file
     * order walks the table nearly in order instead of missing the cache at every id (a multiplicative mix cost a
     * scale-M read 1.4 s in {@code add} alone).
     */
    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    /** @return whether {@code id} was not yet a member (it is now); false for null */
    boolean add(String id) {
        if (id == null) {
            return false;
        }
        int h = spread(id.hashCode());
        int i = slot(id, h);
        if (keys[i] != null) {
            return false;
        }
        keys[i] = id;
        hashes[i] = h;
        if (++size * 2 > keys.length) {
            grow();
        }
        return true;
    }

    /** @return whether {@code id} is a member */
    boolean contains(String id) {
        return id != null && keys[slot(id, spread(id.hashCode()))] != null;
    }

    /** @return the slot that holds {@code id}, or the empty slot where it would go (linear probing) */
    private int slot(String id, int h) {
        int mask = keys.length - 1;
        for (int i = h & mask;; i = (i + 1) & mask) {
            String k = keys[i];
            if (k == null || (hashes[i] == h && k.equals(id))) {
                return i;
            }
        }
    }

    int size() {
        return size;
    }

    private void grow() {
        String[] oldKeys = keys;
        int[] oldHashes = hashes;
        keys = new String[oldKeys.length * 2];
        hashes = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != null) {
                int i = oldHashes[j] & mask;
                while (keys[i] != null) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                hashes[i] = oldHashes[j];
            }
        }
    }
}
