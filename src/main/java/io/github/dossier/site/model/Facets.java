package io.github.dossier.site.model;

import io.github.dossier.brief.Brief;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * What a reader narrows the briefs by: their language, year, publication and themes, each value with how many briefs
 * have it. The list of briefs shows them with their counts, each a link to the search page filtered by it; the search
 * page reads them from {@code search/facets.js} and counts and filters the briefs a query found, in the browser.
 * Static: the site needs no server to filter. Built from a corpus ({@link Corpus#facets}); immutable and thread-safe.
 */
public final class Facets {

    /** One value of a facet: its key in a search address ({@code ?language=de}), its label, and its briefs. */
    public record Value(String key, String label, int count) {
    }

    /**
     * A facet and, for each brief in {@link Corpus#briefs()} order, the positions in {@code values} of those it has
     * (none, one, or for themes several); {@code kind} the terms its values are, if they are (publications, themes).
     */
    public record Facet(String key, String name, TermKind kind, boolean byCount, List<Value> values, int[][] codes) {

        public Facet {
            values = List.copyOf(values);
        }

        /** Whether a brief may have several of its values: themes. */
        public boolean multi() {
            return kind == TermKind.THEME;
        }
    }

    /** How many values of a facet the list of briefs shows before "and N more". */
    static final int SHOWN = 12;

    private final List<Facet> facets;

    private Facets(List<Facet> facets) {
        this.facets = List.copyOf(facets);
    }

    /** The facets of {@code corpus}'s briefs: language, year, publication, theme. */
    public static Facets of(Corpus corpus) {
        List<Brief> briefs = corpus.briefs();
        List<Facet> facets = new ArrayList<>();
        facets.add(facet("language", "Language", null, true, briefs, b -> b.language()
                .map(code -> List.of(new Named(code, languageName(code)))).orElse(List.of())));
        facets.add(facet("year", "Year", null, false, briefs, b -> b.published()
                .map(d -> List.of(new Named(Integer.toString(d.getYear()), Integer.toString(d.getYear()))))
                .orElse(List.of())));
        for (TermKind kind : List.of(TermKind.PUBLICATION, TermKind.THEME)) {
            facets.add(facet(kind.name().toLowerCase(Locale.ROOT), kind.singular(), kind, true, briefs,
                    b -> terms(corpus, kind, b)));
        }
        return new Facets(facets);
    }

    /** A value as a brief has it: its key and label. */
    private record Named(String key, String label) {
    }

    /** A language's English name ("German" for "de"), or its code where the JDK's CLDR data has no name for it. */
    static String languageName(String code) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() ? code : name;
    }

    private static List<Named> terms(Corpus corpus, TermKind kind, Brief b) {
        List<Named> out = new ArrayList<>();
        for (String name : kind.namesOf(b)) {
            corpus.term(kind, name).ifPresent(t -> {
                if (out.stream().noneMatch(v -> v.key().equals(t.slug()))) {
                    out.add(new Named(t.slug(), t.name()));
                }
            });
        }
        return out;
    }

    /**
     * A facet whose values each brief has as {@code of} gives them: values by count (most first, then by label), or
     * for years newest first.
     */
    private static Facet facet(String key, String name, TermKind kind, boolean byCount, List<Brief> briefs,
            Function<Brief, List<Named>> of) {
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<List<Named>> each = new ArrayList<>(briefs.size());
        for (Brief b : briefs) {
            List<Named> values = of.apply(b);
            each.add(values);
            for (Named v : values) {
                labels.putIfAbsent(v.key(), v.label());
                counts.merge(v.key(), 1, Integer::sum);
            }
        }
        Comparator<Value> order = byCount
                ? Comparator.comparingInt((Value v) -> -v.count())
                        .thenComparing(Value::label, String.CASE_INSENSITIVE_ORDER).thenComparing(Value::key)
                : Comparator.comparing(Value::key).reversed();
        List<Value> values = labels.keySet().stream().map(k -> new Value(k, labels.get(k), counts.get(k)))
                .sorted(order).toList();
        Map<String, Integer> position = new LinkedHashMap<>();
        for (int i = 0; i < values.size(); i++) {
            position.put(values.get(i).key(), i);
        }
        int[][] codes = new int[briefs.size()][];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = each.get(i).stream().mapToInt(v -> position.get(v.key())).toArray();
        }
        return new Facet(key, name, kind, byCount, values, codes);
    }

    /** Every facet, in the order a page shows them. */
    public List<Facet> facets() {
        return facets;
    }

    /**
     * The facets as the list of briefs shows them: those with two values or more, each with its name and its first
     * {@value #SHOWN} values (label, count, and the address of the search page filtered by it, from the root),
     * how many more it has, and where they all are (the list of its terms, or "").
     */
    public List<Map<String, Object>> model(String searchPage) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Facet facet : facets) {
            if (facet.values().size() < 2) {
                continue;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", facet.name());
            List<Map<String, Object>> values = new ArrayList<>();
            for (Value v : facet.values().subList(0, Math.min(SHOWN, facet.values().size()))) {
                Map<String, Object> value = new LinkedHashMap<>();
                value.put("label", v.label());
                value.put("count", v.count());
                value.put("path", searchPage + "?" + facet.key() + "="
                        + URLEncoder.encode(v.key(), StandardCharsets.UTF_8));
                values.add(value);
            }
            m.put("values", values);
            m.put("more", Math.max(0, facet.values().size() - SHOWN));
            m.put("all", facet.kind() == null ? "" : SitePaths.termList(facet.kind()));
            out.add(m);
        }
        return out;
    }
}
