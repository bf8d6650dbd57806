package io.github.dossier.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * A pure function's answers, remembered while they fit: each weighs what {@code weight} says of its key, and when
 * the memo would hold more than {@code capacity}, all are forgotten and remembered anew. For what a configured,
 * shared object is asked again and again (a boilerplate rule's verdict on a line, a word's stem, a class name's
 * hint): never wrong, since the function is pure, and never larger than its bound. Thread-safe.
 *
 * <pre>{@code
 * BoundedMemo<String, String> stems = new BoundedMemo<>(500_000, word -> 1);
 * String stem = stems.get(word, this::stem);
 * }</pre>
 */
public final class BoundedMemo<K, V> {

    private final Map<K, V> answers = new ConcurrentHashMap<>();
    private final AtomicLong held = new AtomicLong();
    private final long capacity;
    private final ToLongFunction<K> weight;

    public BoundedMemo(long capacity, ToLongFunction<K> weight) {
        this.capacity = capacity;
        this.weight = weight;
    }

    /** {@code of}'s answer for {@code key} (never null), remembered or found now. */
    public V get(K key, Function<K, V> of) {
        V known = answers.get(key);
        if (known != null) {
            return known;
        }
        V answer = of.apply(key);
        if (held.addAndGet(weight.applyAsLong(key)) > capacity) {
            answers.clear();
            held.set(0);
        }
        answers.put(key, answer);
        return answer;
    }
}
