package io.github.dossier.site.model;

import io.github.dossier.brief.Brief;
import io.github.dossier.brief.Slugs;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * All briefs of a site and the terms they share, indexed both ways. Briefs are ordered newest first (undated
 * last), then by title; each term's briefs by how prominently they carry it (its place in the brief's list),
 * then in brief order. Immutable.
 */
public final class Corpus {

    /** Newest first; undated briefs after dated ones; then by title and slug. */
    public static final Comparator<Brief> ORDER = Comparator
            .comparing((Brief b) -> b.published().orElse(null), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Brief::title, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Brief::slug);

    private final List<Brief> briefs;
    private final Map<Brief, Integer> positions = new java.util.IdentityHashMap<>();
    private final java.util.concurrent.atomic.AtomicReferenceArray<String> fingerprints;
    private final java.util.function.Function<Brief, String> known;
    private final Map<TermKind, Map<String, Term>> terms = new EnumMap<>(TermKind.class);
    /** Every form of a term's name as briefs write it, with the term. */
    private final Map<TermKind, Map<String, Term>> byForm = new EnumMap<>(TermKind.class);

    public Corpus(List<Brief> briefs) {
        this(briefs, b -> null);
    }

    /**
     * The corpus of {@code briefs}, whose {@link Brief#fingerprint()}s {@code known} may already give (null where it
     * does not).
     */
    public Corpus(List<Brief> briefs, java.util.function.Function<Brief, String> known) {
        this.known = known;
        List<Brief> sorted = new ArrayList<>(briefs);
        sorted.sort(ORDER);
        this.briefs = List.copyOf(sorted);
        for (int i = 0; i < this.briefs.size(); i++) {
            positions.put(this.briefs.get(i), i);
        }
        this.fingerprints = new java.util.concurrent.atomic.AtomicReferenceArray<>(this.briefs.size());
        for (TermKind kind : TermKind.values()) {
            // The names briefs write one thing by are one term: the same slug ("Mark Meadows", "Mark Meadows’"),
            // for a person the same name but the given name's form ("Liz Truss", "Elizabeth Truss"). Its name is
            // the form most briefs write.
            Map<String, Map<String, Integer>> formsByKey = new LinkedHashMap<>();
            Map<String, String> keys = new java.util.HashMap<>(); // a name's key, made once: briefs repeat names
            for (Brief b : this.briefs) {
                for (String name : kind.namesOf(b)) {
                    formsByKey.computeIfAbsent(keys.computeIfAbsent(name, n -> key(kind, n)),
                            k -> new LinkedHashMap<>()).merge(name, 1, Integer::sum);
                }
            }
            Map<String, String> canonical = new java.util.HashMap<>();
            formsByKey.values().forEach(forms -> {
                String best = forms.entrySet().stream()
                        .min(Map.Entry.<String, Integer>comparingByValue().reversed()
                                .thenComparing(e -> -e.getKey().length())
                                .thenComparing(Map.Entry.comparingByKey()))
                        .orElseThrow().getKey();
                forms.keySet().forEach(f -> canonical.put(f, best));
            });
            Map<String, List<Brief>> byName = new LinkedHashMap<>();
            Map<String, Map<Brief, Integer>> rank = new LinkedHashMap<>();
            for (Brief b : this.briefs) {
                List<String> names = kind.namesOf(b);
                for (int i = 0; i < names.size(); i++) {
                    String name = canonical.get(names.get(i));
                    Map<Brief, Integer> ranks = rank.computeIfAbsent(name, k -> new java.util.IdentityHashMap<>());
                    if (ranks.putIfAbsent(b, i) == null) {
                        byName.computeIfAbsent(name, k -> new ArrayList<>()).add(b);
                    }
                }
            }
            List<String> names = new ArrayList<>(byName.keySet());
            names.sort(String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder()));
            Map<String, Term> made = new LinkedHashMap<>();
            Set<String> slugs = new HashSet<>();
            for (String name : names) {
                String base = Slugs.of(name);
                String slug = base;
                for (int n = 2; !slugs.add(slug); n++) {
                    slug = base + "-" + n;
                }
                List<Brief> list = new ArrayList<>(byName.get(name));
                Map<Brief, Integer> r = rank.get(name);
                // Most prominent first: for a country, the briefs that name it most; otherwise where the brief
                // lists it (first author, strongest theme).
                Comparator<Brief> prominence = kind == TermKind.COUNTRY
                        ? Comparator.comparingInt((Brief b) -> -b.countryMentions().getOrDefault(name, 0))
                                .thenComparingInt(b -> r.get(b))
                        : Comparator.comparingInt((Brief b) -> r.get(b));
                list.sort(prominence.thenComparing(ORDER));
                made.put(name, new Term(kind, name, slug, list));
            }
            terms.put(kind, made);
            Map<String, Term> forms = new java.util.HashMap<>();
            canonical.forEach((form, name) -> forms.put(form, made.get(name)));
            byForm.put(kind, forms);
        }
    }

    /** What makes two names of {@code kind} one term. */
    private static String key(TermKind kind, String name) {
        if (kind == TermKind.PERSON || kind == TermKind.AUTHOR) {
            String[] words = name.strip().split("\\s+");
            if (words.length >= 2) {
                words[0] = GIVEN_NAMES.formal(words[0]);
                return Slugs.of(String.join(" ", words));
            }
        }
        return Slugs.of(name);
    }

    private static final io.github.dossier.knowledge.GivenNames GIVEN_NAMES =
            io.github.dossier.knowledge.GivenNames.shipped();

    /** Every brief, in {@link #ORDER}. */
    public List<Brief> briefs() {
        return briefs;
    }

    /** The briefs' facets ({@link Facets#of}), made once a corpus for the list of briefs and the search page. */
    public Facets facets() {
        Facets f = facets;
        if (f == null) {
            facets = f = Facets.of(this); // two threads may both make it: the same immutable value
        }
        return f;
    }

    private volatile Facets facets;

    /** Where {@code b}, one of this corpus's briefs (the very object), is in {@link #briefs()}. */
    int position(Brief b) {
        Integer at = positions.get(b);
        if (at == null) {
            throw new IllegalArgumentException("not a brief of this corpus: " + b.slug());
        }
        return at;
    }

    /**
     * {@code b}'s {@link Brief#fingerprint()}, made once per corpus: what its own page and citations are made from.
     */
    public String fingerprint(Brief b) {
        int at = position(b);
        String f = fingerprints.get(at);
        if (f == null) {
            f = known.apply(b);
            fingerprints.set(at, f != null ? f : (f = b.fingerprint()));
        }
        return f;
    }

    /** Every brief's {@link #fingerprint}, in {@link #briefs()} order, made in parallel where not made yet. */
    public List<String> fingerprints() {
        java.util.stream.IntStream.range(0, briefs.size()).parallel().forEach(i -> fingerprint(briefs.get(i)));
        List<String> out = new ArrayList<>(briefs.size());
        for (int i = 0; i < briefs.size(); i++) {
            out.add(fingerprints.get(i));
        }
        return out;
    }

    /** Every term of {@code kind}, alphabetically. */
    public List<Term> terms(TermKind kind) {
        return List.copyOf(terms.get(kind).values());
    }

    /** The term of {@code kind} called {@code name}, or written so by a brief. */
    public Optional<Term> term(TermKind kind, String name) {
        return Optional.ofNullable(byForm.get(kind).get(name));
    }

    /**
     * Terms of the same kind that share briefs with {@code term}, most shared first ("the countries it is
     * mentioned with"), each with the number of briefs they share.
     */
    public List<Map.Entry<Term, Integer>> related(Term term, int limit) {
        Map<String, Integer> shared = new LinkedHashMap<>();
        Map<String, Term> forms = byForm.get(term.kind());
        for (Brief b : term.briefs()) {
            Set<String> seen = new HashSet<>();
            for (String form : term.kind().namesOf(b)) {
                String other = forms.get(form).name();
                if (!other.equals(term.name()) && seen.add(other)) {
                    shared.merge(other, 1, Integer::sum);
                }
            }
        }
        return shared.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey(String.CASE_INSENSITIVE_ORDER)))
                .limit(limit)
                .map(e -> Map.entry(terms.get(term.kind()).get(e.getKey()), e.getValue()))
                .toList();
    }

    /** Terms of {@code kind} carried by most briefs first, at most {@code limit}. */
    public List<Term> top(TermKind kind, int limit) {
        return terms.get(kind).values().stream()
                .sorted(Comparator.comparingInt((Term t) -> -t.briefs().size())
                        .thenComparing(Term::name, String.CASE_INSENSITIVE_ORDER))
                .limit(limit)
                .toList();
    }
}
