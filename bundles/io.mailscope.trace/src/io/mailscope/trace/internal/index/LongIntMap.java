package io.mailscope.trace.internal.index;

import java.util.Arrays;

/**
 * A map from long keys to positive int values without boxing (open addressing, linear probing), for the few keys the
 * structural index keeps at a time. 0 means "absent".
 */
final class LongIntMap {

    private long[] keys = new long[16];
    private int[] values = new int[16];
    private int size;

    int get(long key) {
        int mask = keys.length - 1;
        for (int i = slot(key, mask);; i = i + 1 & mask) {
            int v = values[i];
            if (v == 0 || keys[i] == key) {
                return v;
            }
        }
    }

    void put(long key, int value) {
        if (2 * (size + 1) > keys.length) {
            rehash(keys.length * 2);
        }
        int mask = keys.length - 1;
        for (int i = slot(key, mask);; i = i + 1 & mask) {
            if (values[i] == 0) {
                keys[i] = key;
                values[i] = value;
                size++;
                return;
            }
            if (keys[i] == key) {
                values[i] = value;
                return;
            }
        }
    }

    /** Removes every key mapped to {@code value}, in place (no new arrays: it runs once per connection). */
    void removeValue(int value) {
        boolean removed = true;
        while (removed) {
            // a deletion may shift an entry of the same cluster (wrapping around) before the slot looked at: again
            removed = false;
            for (int i = 0; i < values.length; i++) {
                if (values[i] == value) {
                    delete(i);
                    removed = true;
                    i--; // another entry may have moved into slot i
                }
            }
        }
    }

    /**
     * Empties slot {@code i} and closes the gap (backward-shift deletion of linear probing): each later entry of the
     * cluster whose probe from its home slot passes the gap moves into it, so every key stays reachable.
     */
    private void delete(int i) {
        int mask = keys.length - 1;
        int gap = i;
        values[gap] = 0;
        size--;
        for (int j = gap + 1 & mask; values[j] != 0; j = j + 1 & mask) {
            int home = slot(keys[j], mask);
            if ((j - home & mask) >= (j - gap & mask)) {
                keys[gap] = keys[j];
                values[gap] = values[j];
                values[j] = 0;
                gap = j;
            }
        }
    }

    private void rehash(int capacity) {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[capacity];
        values = new int[capacity];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] != 0) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ h >>> 32) & mask;
    }

    @Override
    public String toString() {
        return "LongIntMap" + Arrays.toString(Arrays.copyOf(values, Math.min(values.length, 8))); //$NON-NLS-1$
    }
}
