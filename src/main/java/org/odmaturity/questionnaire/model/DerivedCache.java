package org.odmaturity.questionnaire.model;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Values derived from immutable definitions (an index of a questionnaire's questions, the scoring engine's evaluation
 * order), computed once per instance instead of once per call. Instances are compared by identity, never by
 * {@code equals} (a record's {@code hashCode} walks the whole definition), and held weakly: a definition that is no
 * longer served is not kept alive. Reads are lock-free; at most {@link #CAPACITY} entries are kept (the oldest are
 * dropped first), since a service serves a handful of questionnaire versions while tests may build thousands.
 *
 * <p>The derived value must not refer to its key (or the key would never be collected) and must be immutable.
 */
public final class DerivedCache<K, V> {

    static final int CAPACITY = 64;

    private record Slot<K, V>(WeakReference<K> key, V value) {
    }

    private final Function<K, V> compute;
    private volatile List<Slot<K, V>> slots = List.of();

    public DerivedCache(Function<K, V> compute) {
        this.compute = Objects.requireNonNull(compute, "compute");
    }

    /** The value derived from {@code key}, computed on the first call for this instance. */
    public V get(K key) {
        Objects.requireNonNull(key, "key");
        V found = find(slots, key);
        if (found != null) {
            return found;
        }
        V value = Objects.requireNonNull(compute.apply(key), "derived value");
        synchronized (this) {
            List<Slot<K, V>> current = slots;
            V raced = find(current, key);
            if (raced != null) {
                return raced;
            }
            List<Slot<K, V>> next = new ArrayList<>(Math.min(current.size() + 1, CAPACITY));
            int skip = Math.max(0, current.size() + 1 - CAPACITY);
            for (Slot<K, V> slot : current) {
                if (slot.key().get() == null) {
                    continue; // collected
                }
                if (skip > 0) {
                    skip--;
                    continue; // the oldest, beyond capacity
                }
                next.add(slot);
            }
            next.add(new Slot<>(new WeakReference<>(key), value));
            slots = List.copyOf(next);
        }
        return value;
    }

    /** How many entries are held (tests). */
    int size() {
        return slots.size();
    }

    private static <K, V> V find(List<Slot<K, V>> slots, K key) {
        for (Slot<K, V> slot : slots) {
            if (slot.key().get() == key) {
                return slot.value();
            }
        }
        return null;
    }
}
