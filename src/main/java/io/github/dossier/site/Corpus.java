package io.github.dossier.site;

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

    public Corpus(List<Brief> briefs) {
        this(briefs, b -> null);
    }

    /**
     * The corpus of {@code briefs}, whose {@link Brief#fingerprint()}s {@code known} may already give (null where it
     * does not).
     */
    Corpus(List<Brief> briefs, java.util.function.Function<Brief, String> known) {
        this.known = known;
        List<Brief> sorted = new ArrayList<>(briefs);
        sorted.sort(ORDER);
        this.briefs = List.copyOf(sorted);
        for (int i = 0; i < this.briefs.size(); i++) {
            positions.put(this.briefs.get(i), i);
        }
        this.fingerprints = new java.util.concurrent.atomic.AtomicReferenceArray<>(this.briefs.size());
        for (TermKind kind : TermKind.values()) {
            Map<String, List<Brief>> byName = new LinkedHashMap<>();
            Map<String, Map<Brief, Integer>> rank = new LinkedHashMap<>();
            for (Brief b : this.briefs) {
                List<String> names = kind.namesOf(b);
                for (int i = 0; i < names.size(); i++) {
                    String name = names.get(i);
                    byName.computeIfAbsent(name, k -> new ArrayList<>()).add(b);
                    rank.computeIfAbsent(name, k -> new java.util.IdentityHashMap<>()).putIfAbsent(b, i);
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
        }
    }

    /** Every brief, in {@link #ORDER}. */
    public List<Brief> briefs() {
        return briefs;
    }

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
    String fingerprint(Brief b) {
        int at = position(b);
        String f = fingerprints.get(at);
        if (f == null) {
            f = known.apply(b);
            fingerprints.set(at, f != null ? f : (f = b.fingerprint()));
        }
        return f;
    }

    /** Every brief's {@link #fingerprint}, in {@link #briefs()} order, made in parallel where not made yet. */
    List<String> fingerprints() {
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

    /** The term of {@code kind} called {@code name}. */
    public Optional<Term> term(TermKind kind, String name) {
        return Optional.ofNullable(terms.get(kind).get(name));
    }

    /**
     * Terms of the same kind that share briefs with {@code term}, most shared first ("the countries it is
     * mentioned with"), each with the number of briefs they share.
     */
    public List<Map.Entry<Term, Integer>> related(Term term, int limit) {
        Map<String, Integer> shared = new LinkedHashMap<>();
        for (Brief b : term.briefs()) {
            for (String other : term.kind().namesOf(b)) {
                if (!other.equals(term.name())) {
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
