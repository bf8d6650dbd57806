package io.github.dossier.knowledge;

import io.github.dossier.internal.Words;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds dictionary phrases in text: whole words, longest phrase first, left to right, no overlaps.
 *
 * <p>Phrases are indexed by their first word, so a scan costs one map look-up per word of text whatever the
 * dictionary's size. A phrase ending in a hyphen ({@code Sino-}) is a prefix: it matches only when a hyphen and
 * another word follow ("Sino-Russian"). Case-sensitive unless built with {@code ignoreCase}, which folds case
 * without changing the text's length ({@link Words#foldCase}), so hits' offsets are offsets in the text as given.
 * Immutable and thread-safe.
 *
 * @param <V> what a phrase stands for
 */
public final class PhraseMatcher<V> {

    /** One occurrence: where it starts and ends in the text, what was written and what it stands for. */
    public record Hit<V>(int start, int end, String text, V value) {
    }

    private record Entry<V>(String phrase, boolean prefix, V value) {
    }

    private final Map<String, List<Entry<V>>> byFirstWord;
    /**
     * The {@link String#hashCode} of every first word, sorted: a word of the text whose hash is not here opens no
     * phrase, found without cutting it out of the text or looking it up (most words of a text open none).
     */
    private final int[] firstHashes;
    private final boolean ignoreCase;

    private PhraseMatcher(Map<String, List<Entry<V>>> byFirstWord, boolean ignoreCase) {
        this.byFirstWord = byFirstWord;
        this.firstHashes = byFirstWord.keySet().stream().mapToInt(String::hashCode).sorted().distinct().toArray();
        this.ignoreCase = ignoreCase;
    }

    /** Builds a matcher from phrases and their values; a phrase listed twice keeps its first value. */
    public static <V> PhraseMatcher<V> of(Map<String, V> phrases, boolean ignoreCase) {
        Map<String, List<Entry<V>>> index = new HashMap<>();
        for (Map.Entry<String, V> p : phrases.entrySet()) {
            String phrase = p.getKey().strip();
            boolean prefix = phrase.endsWith("-") && phrase.length() > 1;
            String body = prefix ? phrase.substring(0, phrase.length() - 1) : phrase;
            if (ignoreCase) {
                body = Words.foldCase(body);
            }
            int at = Words.start(body, 0);
            if (at == body.length()) {
                continue;
            }
            String first = body.substring(at, Words.runEnd(body, at));
            List<Entry<V>> entries = index.computeIfAbsent(first, k -> new ArrayList<>());
            String key = body;
            if (entries.stream().noneMatch(e -> e.phrase().equals(key) && e.prefix() == prefix)) {
                entries.add(new Entry<>(body, prefix, p.getValue()));
            }
        }
        for (List<Entry<V>> entries : index.values()) {
            entries.sort(Comparator.comparingInt((Entry<V> e) -> e.phrase().length()).reversed());
        }
        return new PhraseMatcher<>(index, ignoreCase);
    }

    /** Every occurrence in {@code text}, in order. */
    public List<Hit<V>> find(String text) {
        // Folded char for char, so that every offset in the haystack is the same offset in the text.
        String haystack = ignoreCase ? Words.foldCase(text) : text;
        List<Hit<V>> hits = new ArrayList<>();
        int consumed = 0;
        int n = haystack.length();
        int wordEnd;
        for (int start = Words.start(haystack, 0); start < n; start = Words.start(haystack, wordEnd)) {
            wordEnd = Words.runEnd(haystack, start);
            if (start < consumed || java.util.Arrays.binarySearch(firstHashes, hash(haystack, start, wordEnd)) < 0) {
                continue;
            }
            List<Entry<V>> candidates = byFirstWord.get(haystack.substring(start, wordEnd));
            if (candidates == null) {
                continue;
            }
            for (Entry<V> e : candidates) {
                int end = start + e.phrase().length();
                if (!haystack.startsWith(e.phrase(), start)) {
                    continue;
                }
                boolean ok = e.prefix()
                        ? end + 1 < haystack.length() && isDash(haystack.charAt(end))
                                && Character.isLetter(haystack.charAt(end + 1))
                        : end >= haystack.length() || !isWordChar(haystack.charAt(end))
                                || !isWordChar(haystack.charAt(end - 1));
                if (ok) {
                    hits.add(new Hit<>(start, end, text.substring(start, end), e.value()));
                    consumed = end;
                    break;
                }
            }
        }
        return hits;
    }

    /** What {@code text.substring(from, to).hashCode()} is, without the substring. */
    private static int hash(String text, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + text.charAt(i);
        }
        return h;
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '‐' || c == '‑';
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
