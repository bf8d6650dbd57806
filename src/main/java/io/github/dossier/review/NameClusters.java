package io.github.dossier.review;

import io.github.dossier.internal.Words;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.commons.codec.language.ColognePhonetic;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * Names that are probably one, found as OpenRefine finds them: by key collision (the fingerprint: "Biden, Joe" and
 * "Joe Biden"; the character 2-gram fingerprint: "financialpost" and "Financial Post"; a phonetic key per word:
 * "Zelenskiy" and "Zelensky"), by nearest neighbours within a small edit distance ("Will Knigh" and "Will Knight"),
 * and, for people, a surname alone beside the full name ("Zelensky" and "Volodymyr Zelensky"). Each cluster proposes
 * the name most briefs carry. A researcher decides; nothing is merged without them.
 *
 * <pre>{@code
 * List<NameClusters.Cluster> clusters = NameClusters.of(Map.of("Will Knight", 12, "Will Knigh", 1), false, false);
 * }</pre>
 */
final class NameClusters {

    /** One cluster: its names, most briefs first, how many briefs carry each, and the methods that found it. */
    record Cluster(List<String> names, List<Integer> counts, Set<String> methods) {
        String proposed() {
            return names.get(0);
        }
    }

    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}\\p{Cntrl}]");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();
    private static final ColognePhonetic COLOGNE = new ColognePhonetic();

    private NameClusters() {
    }

    /** OpenRefine's fingerprint: lower case, no punctuation or accents, its words sorted and each once. */
    static String fingerprint(String name) {
        String s = asciify(PUNCTUATION.matcher(name.strip().toLowerCase(Locale.ROOT)).replaceAll(""));
        return String.join(" ", new TreeSet<>(List.of(s.split("\\s+")))).strip();
    }

    /** OpenRefine's n-gram fingerprint: no punctuation or spaces, its character {@code n}-grams sorted and each once. */
    static String ngramFingerprint(String name, int n) {
        String s = asciify(PUNCTUATION.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("").replaceAll("\\s+", ""));
        TreeSet<String> grams = new TreeSet<>();
        for (int i = 0; i + n <= s.length(); i++) {
            grams.add(s.substring(i, i + n));
        }
        return String.join("", grams);
    }

    /**
     * A phonetic key per word (Cologne phonetics for German, Double Metaphone otherwise), the words in order; empty
     * for names in scripts the algorithms do not read.
     */
    static String phonetic(String name, boolean german) {
        String s = asciify(PUNCTUATION.matcher(name.toLowerCase(Locale.ROOT)).replaceAll(" "));
        if (!s.matches("[a-z0-9 ]+")) {
            return "";
        }
        StringBuilder key = new StringBuilder();
        for (String w : s.strip().split("\\s+")) {
            String k = german ? COLOGNE.colognePhonetic(w) : METAPHONE.doubleMetaphone(w);
            key.append(k == null || k.isEmpty() ? w : k).append(' ');
        }
        return key.toString().strip();
    }

    private static String asciify(String s) {
        return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    }

    /**
     * The clusters among {@code counts} (each name of one kind with the number of briefs carrying it). {@code people}
     * adds the surname-alone method; {@code german} reads sounds with Cologne phonetics.
     */
    static List<Cluster> of(Map<String, Integer> counts, boolean people, boolean german) {
        List<String> names = new ArrayList<>(new TreeMap<>(counts).keySet());
        UnionFind uf = new UnionFind(names.size());
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            index.put(names.get(i), i);
        }
        Map<Integer, Set<String>> methods = new HashMap<>();
        collide(names, NameClusters::fingerprint, "fingerprint", uf, methods);
        collide(names, n -> ngramFingerprint(n, 2), "2-gram fingerprint", uf, methods);
        collide(names, n -> {
            String p = phonetic(n, german);
            // Sounds alone join too much ("Li Wei", "Lee Way"): only names of the same words' count and close spelling.
            return p.isEmpty() ? "" : p + "\u0000" + n.strip().split("\\s+").length;
        }, german ? "Cologne phonetics" : "Double Metaphone", uf, methods, (a, b) -> Words.editDistance(key(a), key(b))
                <= Math.max(1, Math.min(key(a).length(), key(b).length()) / 4));
        // Nearest neighbours: within one edit (two in long names), found among names sharing a 4-gram.
        Map<String, List<Integer>> blocks = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String k = key(names.get(i));
            if (k.length() < 6) {
                continue;
            }
            for (int j = 0; j + 4 <= k.length(); j++) {
                blocks.computeIfAbsent(k.substring(j, j + 4), x -> new ArrayList<>()).add(i);
            }
        }
        Set<Long> tried = new java.util.HashSet<>();
        for (List<Integer> block : blocks.values()) {
            if (block.size() > 200) {
                continue; // a common 4-gram ("tion"): its names meet in rarer ones
            }
            for (int x = 0; x < block.size(); x++) {
                for (int y = x + 1; y < block.size(); y++) {
                    int a = block.get(x);
                    int b = block.get(y);
                    if (a == b || !tried.add((long) Math.min(a, b) << 32 | Math.max(a, b))) {
                        continue;
                    }
                    String ka = key(names.get(a));
                    String kb = key(names.get(b));
                    int allowed = Math.min(ka.length(), kb.length()) >= 12 ? 2 : 1;
                    if (Math.abs(ka.length() - kb.length()) <= allowed && Words.editDistance(ka, kb) <= allowed
                            && !differInNumbers(ka, kb)) {
                        join(uf, a, b, "edit distance", methods);
                    }
                }
            }
        }
        if (people) {
            // A surname alone beside one full name that ends with it ("Zelensky", "Volodymyr Zelensky").
            Map<String, List<Integer>> byLast = new HashMap<>();
            for (int i = 0; i < names.size(); i++) {
                String[] words = key(names.get(i)).split(" ");
                if (words.length >= 2) {
                    byLast.computeIfAbsent(words[words.length - 1], x -> new ArrayList<>()).add(i);
                }
            }
            for (int i = 0; i < names.size(); i++) {
                String k = key(names.get(i));
                List<Integer> full = byLast.get(k);
                if (!k.contains(" ") && k.length() >= 4 && full != null && full.size() == 1) {
                    join(uf, i, full.get(0), "surname alone", methods);
                }
            }
        }
        Map<Integer, List<String>> groups = new TreeMap<>();
        for (int i = 0; i < names.size(); i++) {
            groups.computeIfAbsent(uf.find(i), x -> new ArrayList<>()).add(names.get(i));
        }
        List<Cluster> out = new ArrayList<>();
        for (Map.Entry<Integer, List<String>> g : groups.entrySet()) {
            if (g.getValue().size() < 2) {
                continue;
            }
            List<String> members = new ArrayList<>(g.getValue());
            // The name most briefs carry first; then the longer (the full name over the surname), then alphabetically.
            members.sort(Comparator.comparingInt((String n) -> -counts.get(n))
                    .thenComparingInt(n -> -n.length()).thenComparing(Comparator.naturalOrder()));
            Set<String> found = new LinkedHashSet<>();
            for (String m : members) {
                found.addAll(methods.getOrDefault(index.get(m), Set.of()));
            }
            out.add(new Cluster(members, members.stream().map(counts::get).toList(), found));
        }
        out.sort(Comparator.comparingInt((Cluster c) -> -c.counts().stream().mapToInt(Integer::intValue).sum())
                .thenComparing(Cluster::proposed));
        return out;
    }

    private static void collide(List<String> names, Function<String, String> key, String method, UnionFind uf,
            Map<Integer, Set<String>> methods) {
        collide(names, key, method, uf, methods, (a, b) -> true);
    }

    private static void collide(List<String> names, Function<String, String> key, String method, UnionFind uf,
            Map<Integer, Set<String>> methods, java.util.function.BiPredicate<String, String> also) {
        Map<String, Integer> first = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String k = key.apply(names.get(i));
            if (k.isBlank()) {
                continue;
            }
            Integer j = first.putIfAbsent(k, i);
            if (j != null && also.test(names.get(i), names.get(j))
                    && !differInNumbers(key(names.get(i)), key(names.get(j)))) {
                join(uf, i, j, method, methods);
            }
        }
    }

    private static void join(UnionFind uf, int a, int b, String method, Map<Integer, Set<String>> methods) {
        uf.union(a, b);
        methods.computeIfAbsent(a, x -> new LinkedHashSet<>()).add(method);
        methods.computeIfAbsent(b, x -> new LinkedHashSet<>()).add(method);
    }

    /** A name as the distance is measured on: lower case, no accents or punctuation, single spaces. */
    static String key(String name) {
        return asciify(PUNCTUATION.matcher(name.toLowerCase(Locale.ROOT)).replaceAll(" ")).strip().replaceAll("\\s+", " ");
    }

    /** "G7" and "G8", "Windows 10" and "Windows 11": names whose numbers differ are different things. */
    private static boolean differInNumbers(String a, String b) {
        return !a.replaceAll("\\D+", " ").strip().equals(b.replaceAll("\\D+", " ").strip());
    }

    private static final class UnionFind {
        private final int[] parent;

        UnionFind(int n) {
            parent = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
            }
        }

        int find(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        void union(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra != rb) {
                parent[Math.max(ra, rb)] = Math.min(ra, rb);
            }
        }
    }
}
