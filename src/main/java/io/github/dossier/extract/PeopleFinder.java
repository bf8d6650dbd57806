package io.github.dossier.extract;

import io.github.dossier.internal.PhraseMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the people an article names: the curated public figures of {@code people.yml}, anyone written after a
 * title ("Foreign Minister Sergei Lavrov", "secretary general Jens Stoltenberg"), and surnames alone ("Xi")
 * resolved to the full name used in the same article. Immutable and thread-safe.
 */
public final class PeopleFinder {

    private static final String NAME = "\\p{Lu}[\\p{Ll}\\p{M}'’-]+";

    private final Directory curated;
    private final Pattern titled;

    public PeopleFinder(Directory curated, List<String> titles) {
        this.curated = curated;
        List<String> sorted = new ArrayList<>(titles);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder alt = new StringBuilder();
        for (String t : sorted) {
            alt.append(alt.length() == 0 ? "" : "|").append(Pattern.quote(t));
        }
        this.titled = Pattern.compile("(?<![\\p{L}])(?i:" + alt + ")\\s+(" + NAME + "(?:\\s+" + NAME + "){1,2})(?![\\p{L}])");
    }

    /** Every curated form of a name, with the name it stands for. */
    public Map<String, String> aliases() {
        Map<String, String> out = new LinkedHashMap<>();
        curated.allForms().forEach(f -> out.put(f, curated.canonical(f)));
        return out;
    }

    /** The curated figure {@code name} stands for, or null. */
    public String curated(String name) {
        return curated.canonical(name);
    }

    /**
     * The people in {@code text}, most mentioned first, without those {@code excluded} says are not people
     * (countries, organisations, the article's own authors).
     */
    public List<String> find(String text, Predicate<String> excluded) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (PhraseMatcher.Hit<String> hit : curated.find(text)) {
            // "Trump-like" is no mention of Trump; "the Biden-Xi summit" is one of both.
            boolean suffixed = hit.end() + 1 < text.length() && text.charAt(hit.end()) == '-'
                    && Character.isLowerCase(text.charAt(hit.end() + 1));
            if (!suffixed) {
                counts.merge(hit.value(), 1, Integer::sum);
            }
        }
        Matcher m = titled.matcher(text);
        while (m.find()) {
            String name = trimTrailing(m.group(1));
            if (name.contains(" ") && !excluded.test(name) && curated.canonical(name) == null) {
                counts.merge(name, 1, Integer::sum);
            }
        }
        // A surname alone counts for the full name already found.
        Map<String, Integer> surnames = new LinkedHashMap<>();
        for (String full : counts.keySet()) {
            String[] parts = full.split(" ");
            for (String part : new java.util.LinkedHashSet<>(List.of(parts[0], parts[parts.length - 1]))) {
                surnames.merge(part, 1, Integer::sum);
            }
        }
        for (String full : new ArrayList<>(counts.keySet())) {
            String[] parts = full.split(" ");
            String last = parts[parts.length - 1];
            String first = parts[0];
            // Chinese names put the family name first: "Xi" stands for Xi Jinping.
            for (String single : new String[] {last, first}) {
                if (surnames.getOrDefault(single, 0) != 1) {
                    continue;
                }
                Matcher alone = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(single) + "(?![\\p{L}])").matcher(text);
                int n = 0;
                while (alone.find()) {
                    n++;
                }
                int inFull = countOf(text, full);
                if (n > inFull) {
                    counts.merge(full, n - inFull, Integer::sum);
                    break;
                }
            }
        }
        List<String> out = new ArrayList<>(counts.keySet());
        out.removeIf(excluded);
        List<String> order = new ArrayList<>(out);
        out.sort(Comparator.comparingInt((String p) -> -counts.get(p)).thenComparingInt(order::indexOf));
        return out;
    }

    private static int countOf(String text, String phrase) {
        int n = 0;
        for (int i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + phrase.length())) {
            n++;
        }
        return n;
    }

    private static String trimTrailing(String name) {
        return name.replaceAll("['’]s$", "");
    }
}
