package io.github.dossier.knowledge;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The languages whose stopwords the lexicon holds, and which of them a page is written in. As jusText does, the
 * share of a line's words that are its language's stopwords tells prose from menus; with English stopwords only,
 * every German paragraph read as a menu. The language is the one whose stopwords are most of the page's words,
 * none when no list reaches {@link #MIN_SHARE} (Chinese and Japanese, which do not space their words, or a page of
 * labels).
 *
 * <pre>{@code
 * Languages languages = lexicon.languages();
 * String lang = languages.detect(List.of("Der", "Hund", "und", "die", "Katze"));   // "de"
 * languages.stopwords(lang).contains("und");                                     // true
 * }</pre>
 *
 * The lists are {@code stopwords-<code>.txt}, one per language named in the lexicon's {@code languages} list
 * (Lucene's sets, imported by {@code scripts/import-stopwords.sh}; English is Dossier's own). Immutable and
 * thread-safe.
 */
public final class Languages {

    /** No language: none of the lists covers enough of the words. */
    public static final String UNKNOWN = "";
    /** The least share of a page's words that must be a language's stopwords for the page to be in it. */
    static final double MIN_SHARE = 0.12;
    /** Languages past this many share no bit mask; 64 is far more than the lexicon ships. */
    private static final int MAX = 64;

    private final List<String> codes;
    private final Map<String, Set<String>> stopwords;
    /** For each stopword, a bit for each language that lists it, in the order of {@link #codes}. */
    private final Map<String, Long> languagesOf;

    Languages(List<String> codes, Map<String, Set<String>> stopwords) {
        if (codes.size() > MAX) {
            throw new IllegalArgumentException("at most " + MAX + " languages, not " + codes.size());
        }
        this.codes = List.copyOf(codes);
        this.stopwords = Map.copyOf(stopwords);
        Map<String, Long> masks = new HashMap<>();
        for (int i = 0; i < this.codes.size(); i++) {
            long bit = 1L << i;
            for (String w : stopwords.getOrDefault(this.codes.get(i), Set.of())) {
                masks.merge(w, bit, (a, b) -> a | b);
            }
        }
        this.languagesOf = Map.copyOf(masks);
    }

    /** The languages, as ISO 639-1 codes, in the lexicon's order (which breaks ties). */
    public List<String> codes() {
        return codes;
    }

    /** The stopwords of {@code language}; empty for {@link #UNKNOWN} or a language without a list. */
    public Set<String> stopwords(String language) {
        return stopwords.getOrDefault(language, Set.of());
    }

    /** The language most of {@code words} are stopwords of, or {@link #UNKNOWN}. One lookup a word. */
    public String detect(Iterable<String> words) {
        int[] hits = new int[codes.size()];
        int total = 0;
        for (String w : words) {
            total++;
            Long mask = languagesOf.get(normalise(w));
            if (mask == null) {
                continue;
            }
            for (long m = mask; m != 0; m &= m - 1) {
                hits[Long.numberOfTrailingZeros(m)]++;
            }
        }
        int best = -1;
        for (int i = 0; i < hits.length; i++) {
            if (best < 0 || hits[i] > hits[best]) {
                best = i;
            }
        }
        if (best < 0 || total == 0 || (double) hits[best] / total < MIN_SHARE) {
            return UNKNOWN;
        }
        return codes.get(best);
    }

    /** A word as the lists hold it: lower case, with a typographic apostrophe made plain. */
    public static String normalise(String word) {
        return word.toLowerCase(Locale.ROOT).replace('’', '\'');
    }
}
