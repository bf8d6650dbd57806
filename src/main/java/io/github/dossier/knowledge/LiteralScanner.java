package io.github.dossier.knowledge;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Which of many sets of literals occur in a text, found in one pass over it (an Aho–Corasick automaton).
 *
 * <p>Set {@code i} is a rule's {@linkplain RequiredLiterals required literals}; {@link #candidates} answers, for
 * every rule at once, whether the line contains one of them, so a line is read once instead of once per literal
 * (the shipped boilerplate has about a thousand). A {@code null} set stands for a rule with no such test and is
 * always a candidate. Texts are compared {@linkplain RequiredLiterals#fold folded}. Immutable and thread-safe.
 *
 * <pre>{@code
 * LiteralScanner s = LiteralScanner.of(List.of(Set.of("read more"), Set.of("credit", "photo"), null));
 * s.candidates("photo: ap")    // bits 1 and 2
 * }</pre>
 */
final class LiteralScanner {

    private static final int ROOT = 0;

    private final int sets;
    /** Goto function as an open-addressed table: key (state << 16 | char) at {@code keys[i]}, target at {@code targets[i]}. */
    private final long[] keys;
    private final int[] targets;
    private final int mask;
    private final int[] fail;
    /** For each state, the sets one of whose literals ends here (its failure chain's included). */
    private final int[][] output;
    private final long[] always;

    private LiteralScanner(int sets, long[] keys, int[] targets, int[] fail, int[][] output, long[] always) {
        this.sets = sets;
        this.keys = keys;
        this.targets = targets;
        this.mask = keys.length - 1;
        this.fail = fail;
        this.output = output;
        this.always = always;
    }

    /** A scanner for {@code literalSets}, numbered by position; a {@code null} entry always matches. */
    static LiteralScanner of(List<Set<String>> literalSets) {
        List<int[]> children = new ArrayList<>(); // per state: pairs (char, target) flattened
        List<List<Integer>> ends = new ArrayList<>();
        children.add(new int[0]);
        ends.add(new ArrayList<>());
        long[] always = new long[words(literalSets.size())];
        for (int set = 0; set < literalSets.size(); set++) {
            Set<String> literals = literalSets.get(set);
            if (literals == null) {
                always[set >>> 6] |= 1L << set;
                continue;
            }
            for (String literal : literals) {
                int state = ROOT;
                for (int i = 0; i < literal.length(); i++) {
                    int next = child(children.get(state), literal.charAt(i));
                    if (next < 0) {
                        next = children.size();
                        children.add(new int[0]);
                        ends.add(new ArrayList<>());
                        int[] c = children.get(state);
                        int[] grown = Arrays.copyOf(c, c.length + 2);
                        grown[c.length] = literal.charAt(i);
                        grown[c.length + 1] = next;
                        children.set(state, grown);
                    }
                    state = next;
                }
                ends.get(state).add(set);
            }
        }
        int states = children.size();
        int capacity = Integer.highestOneBit(Math.max(16, states * 2)) << 1;
        long[] keys = new long[capacity];
        Arrays.fill(keys, -1L);
        int[] targets = new int[capacity];
        for (int s = 0; s < states; s++) {
            int[] c = children.get(s);
            for (int i = 0; i < c.length; i += 2) {
                long key = key(s, (char) c[i]);
                int slot = slot(key, capacity - 1);
                while (keys[slot] != -1L) {
                    slot = (slot + 1) & (capacity - 1);
                }
                keys[slot] = key;
                targets[slot] = c[i + 1];
            }
        }
        int[] fail = new int[states];
        int[][] output = new int[states][];
        output[ROOT] = ends.get(ROOT).stream().mapToInt(Integer::intValue).toArray();
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        int[] top = children.get(ROOT);
        for (int i = 0; i < top.length; i += 2) {
            fail[top[i + 1]] = ROOT;
            queue.add(top[i + 1]);
        }
        LiteralScanner partial = new LiteralScanner(literalSets.size(), keys, targets, fail, output, always);
        while (!queue.isEmpty()) {
            int s = queue.poll();
            int[] own = ends.get(s).stream().mapToInt(Integer::intValue).toArray();
            int[] inherited = output[fail[s]];
            output[s] = merge(own, inherited);
            int[] c = children.get(s);
            for (int i = 0; i < c.length; i += 2) {
                char ch = (char) c[i];
                int t = c[i + 1];
                int f = fail[s];
                int next;
                while ((next = partial.go(f, ch)) < 0 && f != ROOT) {
                    f = fail[f];
                }
                fail[t] = next < 0 ? ROOT : next;
                queue.add(t);
            }
        }
        return partial;
    }

    /**
     * One bit per set, set when {@code foldedText} contains one of its literals or the set is {@code null}:
     * bit {@code i} is {@code (result[i >>> 6] >>> i) & 1}.
     */
    long[] candidates(String foldedText) {
        long[] bits = always.clone();
        int state = ROOT;
        for (int i = 0; i < foldedText.length(); i++) {
            char ch = foldedText.charAt(i);
            int next;
            while ((next = go(state, ch)) < 0 && state != ROOT) {
                state = fail[state];
            }
            state = next < 0 ? ROOT : next;
            for (int set : output[state]) {
                bits[set >>> 6] |= 1L << set;
            }
        }
        return bits;
    }

    /** Whether bit {@code set} of {@code bits} (from {@link #candidates}) is on. */
    static boolean has(long[] bits, int set) {
        return (bits[set >>> 6] & (1L << set)) != 0;
    }

    int size() {
        return sets;
    }

    private int go(int state, char ch) {
        long key = key(state, ch);
        int slot = slot(key, mask);
        while (true) {
            long k = keys[slot];
            if (k == key) {
                return targets[slot];
            }
            if (k == -1L) {
                return -1;
            }
            slot = (slot + 1) & mask;
        }
    }

    private static long key(int state, char ch) {
        return ((long) state << 16) | ch;
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & mask;
    }

    private static int child(int[] pairs, char ch) {
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i] == ch) {
                return pairs[i + 1];
            }
        }
        return -1;
    }

    private static int[] merge(int[] a, int[] b) {
        if (b.length == 0) {
            return a;
        }
        if (a.length == 0) {
            return b;
        }
        return IntStream.concat(Arrays.stream(a), Arrays.stream(b)).distinct().toArray();
    }

    private static int words(int bits) {
        return Math.max(1, (bits + 63) >>> 6);
    }
}
