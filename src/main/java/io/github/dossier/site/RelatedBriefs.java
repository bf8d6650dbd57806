package io.github.dossier.site;

import io.github.dossier.brief.Brief;
import io.github.dossier.internal.Words;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which briefs a reader of one brief should read next, and why.
 *
 * <p>Each pair of briefs scores on what they share — authors (3 each), people (1), organisations (0.5), themes
 * (1.5, the stronger the theme in both the more), countries (up to 2, by how much of each brief the country is)
 * — plus the cosine similarity of their bodies' TF-IDF vectors (up to 4). Hugo's related content averages keyword
 * weights over front matter; this also reads the articles. Candidates are the briefs sharing an author, theme,
 * country or person, so the cost grows with the corpus's overlap, not with its square. Immutable.
 */
final class RelatedBriefs {

    /** A related brief, its score and the shared names that explain it. */
    record Related(Brief brief, double score, List<String> shares) {
    }

    private static final int LIMIT = 5;
    private static final double MINIMUM = 2.0;

    private final Map<Brief, List<Related>> related = new IdentityHashMap<>();

    RelatedBriefs(List<Brief> briefs, Set<String> stopwords) {
        Map<Brief, Map<String, Double>> vectors = vectors(briefs, stopwords);
        Map<String, List<Brief>> byName = new HashMap<>();
        for (Brief b : briefs) {
            for (String n : names(b)) {
                byName.computeIfAbsent(n, k -> new ArrayList<>()).add(b);
            }
        }
        for (Brief b : briefs) {
            Set<Brief> candidates = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            for (String n : names(b)) {
                List<Brief> sharing = byName.get(n);
                if (sharing.size() < 2000) { // a name in every brief explains nothing
                    candidates.addAll(sharing);
                }
            }
            candidates.remove(b);
            List<Related> scored = new ArrayList<>();
            for (Brief other : candidates) {
                Related r = score(b, other, vectors);
                if (r.score() >= MINIMUM) {
                    scored.add(r);
                }
            }
            scored.sort(Comparator.comparingDouble((Related r) -> -r.score())
                    .thenComparing(r -> r.brief().slug()));
            related.put(b, List.copyOf(scored.subList(0, Math.min(LIMIT, scored.size()))));
        }
    }

    List<Related> of(Brief b) {
        return related.getOrDefault(b, List.of());
    }

    private static Set<String> names(Brief b) {
        Set<String> out = new LinkedHashSet<>();
        b.authors().forEach(a -> out.add("a:" + a));
        b.themes().forEach(t -> out.add("t:" + t));
        b.countries().forEach(c -> out.add("c:" + c));
        b.people().forEach(p -> out.add("p:" + p));
        return out;
    }

    private static Related score(Brief a, Brief b, Map<Brief, Map<String, Double>> vectors) {
        double score = 0;
        List<String> shares = new ArrayList<>();
        for (String author : a.authors()) {
            if (b.authors().contains(author)) {
                score += 3;
                shares.add(author);
            }
        }
        for (String theme : a.themes()) {
            int j = b.themes().indexOf(theme);
            if (j >= 0) {
                int i = a.themes().indexOf(theme);
                score += 1.5 * (1.0 / (1 + i) + 1.0 / (1 + j)) / 2 + 0.5;
                shares.add(theme);
            }
        }
        for (String country : a.countries()) {
            if (b.countries().contains(country)) {
                double sa = share(a, country);
                double sb = share(b, country);
                score += 2 * Math.min(sa, sb) * 2;
                if (Math.min(sa, sb) > 0.05) {
                    shares.add(country);
                }
            }
        }
        for (String person : a.people()) {
            if (b.people().contains(person)) {
                score += 1;
                shares.add(person);
            }
        }
        for (String org : a.organisations()) {
            if (b.organisations().contains(org)) {
                score += 0.5;
            }
        }
        double cosine = cosine(vectors.get(a), vectors.get(b));
        score += 4 * cosine;
        return new Related(b, score, shares.subList(0, Math.min(4, shares.size())));
    }

    /** How much of a brief's country mentions one country takes (1 when the brief lists only it). */
    private static double share(Brief b, String country) {
        int total = b.countryMentions().values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) {
            return 1.0 / Math.max(1, b.countries().size());
        }
        return (double) b.countryMentions().getOrDefault(country, 0) / total;
    }

    private static Map<Brief, Map<String, Double>> vectors(List<Brief> briefs, Set<String> stopwords) {
        Map<Brief, Map<String, Integer>> counts = new IdentityHashMap<>();
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (Brief b : briefs) {
            Map<String, Integer> tf = new HashMap<>();
            for (String w : Words.of(b.body())) {
                String lower = w.toLowerCase(Locale.ROOT);
                if (lower.length() > 2 && !stopwords.contains(lower) && !lower.chars().allMatch(Character::isDigit)) {
                    tf.merge(lower, 1, Integer::sum);
                }
            }
            counts.put(b, tf);
            for (String term : new HashSet<>(tf.keySet())) {
                documentFrequency.merge(term, 1, Integer::sum);
            }
        }
        int n = briefs.size();
        Map<Brief, Map<String, Double>> out = new IdentityHashMap<>();
        for (Map.Entry<Brief, Map<String, Integer>> e : counts.entrySet()) {
            Map<String, Double> v = new HashMap<>();
            double norm = 0;
            for (Map.Entry<String, Integer> t : e.getValue().entrySet()) {
                double w = (1 + Math.log(t.getValue())) * Math.log(1 + (double) n / documentFrequency.get(t.getKey()));
                v.put(t.getKey(), w);
                norm += w * w;
            }
            double len = Math.sqrt(norm);
            if (len > 0) {
                v.replaceAll((k, w) -> w / len);
            }
            out.put(e.getKey(), v);
        }
        return out;
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> small = a.size() < b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double w = large.get(e.getKey());
            if (w != null) {
                dot += e.getValue() * w;
            }
        }
        return dot;
    }
}
