package io.github.dossier.review;

import io.github.dossier.brief.Brief;
import io.github.dossier.internal.Words;
import io.github.dossier.knowledge.Knowledge;
import io.github.dossier.knowledge.Lexicon;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the review's checks need to know of the whole corpus: its languages, the spread of its dates, the paragraphs and
 * summary lines that recur across briefs (a site's template), how often each page description recurs, and the names of
 * countries in each language. Thread-safe once made.
 */
final class CorpusContext {

    private final Knowledge knowledge;
    final Set<String> languages;
    private final Map<String, Integer> languageCounts = new HashMap<>();
    private final long[] days;
    private final Map<Long, Integer> repeated = new HashMap<>();
    private final Map<String, Map<String, String>> countryNames = new ConcurrentHashMap<>();
    private final Map<String, List<String>> formsOf = new HashMap<>();
    private final Map<String, Integer> descriptions = new ConcurrentHashMap<>();

    CorpusContext(Knowledge knowledge, List<Brief> briefs) {
        this.knowledge = knowledge;
        Set<String> langs = new TreeSet<>(Set.of("en"));
        List<Long> d = new ArrayList<>();
        for (Brief b : briefs) {
            b.language().ifPresent(l -> {
                langs.add(l);
                languageCounts.merge(l, 1, Integer::sum);
            });
            b.published().ifPresent(x -> d.add(x.toEpochDay()));
            // Each paragraph and summary line once per brief: what recurs across briefs is a site's template.
            Set<Long> seen = new java.util.HashSet<>();
            for (String p : b.body().split("\n\\s*\n")) {
                String text = BodyChecks.plain(p);
                if (text.length() >= 25 && Words.count(text) <= 80) {
                    seen.add(hash(text));
                }
            }
            b.summary().forEach(s -> seen.add(hash(s)));
            seen.forEach(h -> repeated.merge(h, 1, Integer::sum));
        }
        this.languages = Set.copyOf(langs);
        this.days = d.stream().mapToLong(Long::longValue).sorted().toArray();
        knowledge.gazetteer().names().forEach((form, country) ->
                formsOf.computeIfAbsent(country, c -> new ArrayList<>()).add(form));
        formsOf.values().forEach(l -> l.sort(Comparator.comparingInt(String::length).reversed()));
    }

    private static long hash(String text) {
        String k = Words.key(text);
        long h = 1125899906842597L;
        for (int i = 0; i < k.length(); i++) {
            h = 31 * h + k.charAt(i);
        }
        return h;
    }

    void sawDescription(String description) {
        descriptions.merge(Words.key(description), 1, Integer::sum);
    }

    /** On how many pages of the corpus {@code description} is the page's description. */
    int description(String description) {
        return descriptions.getOrDefault(Words.key(description), 0);
    }

    /** In how many briefs {@code text} stands as a paragraph or a summary line. */
    int repeated(String text) {
        return repeated.getOrDefault(hash(text), 0);
    }

    /** Whether most briefs are in {@code language}. */
    boolean mostly(String language) {
        int all = languageCounts.values().stream().mapToInt(Integer::intValue).sum();
        return all > 0 && languageCounts.getOrDefault(language, 0) * 2 > all;
    }

    /**
     * Why {@code date} is far from the corpus's other dates, or empty: outside three interquartile ranges (at least
     * a year each) of the middle half, once the corpus has eight dated briefs; with how far outside, in spreads (a
     * 1907 date in a corpus of 2020 is dozens; an old blog post's 2005, two or three).
     */
    Optional<Map.Entry<String, Double>> farBy(LocalDate date) {
        if (days.length < 8) {
            return Optional.empty();
        }
        long q1 = days[days.length / 4];
        long q3 = days[(days.length * 3) / 4];
        long spread = Math.max(365, q3 - q1);
        long x = date.toEpochDay();
        if (x < q1 - 3 * spread || x > q3 + 3 * spread) {
            double beyond = (x < q1 ? q1 - 3 * spread - x : x - q3 - 3 * spread) / (double) spread;
            return Optional.of(Map.entry("far from the corpus's others (half of them between "
                    + LocalDate.ofEpochDay(q1) + " and " + LocalDate.ofEpochDay(q3) + ")", beyond));
        }
        return Optional.empty();
    }

    /**
     * The names of every country in {@code language}, as CLDR gives them through the JDK ("Deutschland",
     * "Allemagne", "Германия"), each with the English name briefs carry.
     */
    Map<String, String> countryNames(String language) {
        return countryNames.computeIfAbsent(language, l -> {
            Map<String, String> out = new LinkedHashMap<>();
            Locale in = Locale.forLanguageTag(l);
            for (String code : Locale.getISOCountries()) {
                Optional<String> name = knowledge.gazetteer().country(code).map(c -> c.name());
                String local = new Locale("", code).getDisplayCountry(in);
                if (name.isEmpty() || local.isBlank() || local.equals(code)
                        || !l.equals("en") && local.equals(new Locale("", code).getDisplayCountry(Locale.ENGLISH))
                        && !local.equals(name.get())) {
                    continue;
                }
                out.putIfAbsent(local, name.get());
            }
            return Collections.unmodifiableMap(out); // in CLDR's order: the same on every run
        });
    }

    /** Whether a country's name in {@code language} is also a word or a given name ("Turkey", "Jordan"). */
    boolean ambiguousCountryName(String name, String language) {
        return language.equals("en") ? !knowledge.gazetteer().names().containsKey(name) : ambiguous(name, language);
    }

    private boolean ambiguous(String name, String language) {
        String lower = name.toLowerCase(Locale.ROOT);
        Lexicon lexicon = knowledge.lexicon();
        return lexicon.givenNames().contains(lower) || lexicon.stopwords(language).contains(lower);
    }

    /** The gazetteer's names of a country, without its seats of power. */
    List<String> namesOf(String country) {
        List<String> out = new ArrayList<>(formsOf(country));
        out.removeAll(seatsOf(country));
        return out;
    }

    /** The gazetteer's capitals and seats of power of a country ("London", "Downing Street"). */
    List<String> seatsOf(String country) {
        return keysFor(knowledge.gazetteer().seats(), country);
    }

    /** The gazetteer's demonyms of a country ("British"). */
    List<String> demonymsOf(String country) {
        return keysFor(knowledge.gazetteer().demonyms(), country);
    }

    private static List<String> keysFor(Map<String, String> forms, String country) {
        List<String> out = new ArrayList<>();
        forms.forEach((form, c) -> {
            if (c.equals(country)) {
                out.add(form);
            }
        });
        return out;
    }

    /** The forms the gazetteer knows of a country (its names and capital), longest first. */
    List<String> formsOf(String country) {
        List<String> forms = new ArrayList<>(formsOf.getOrDefault(country, List.of()));
        if (!forms.contains(country)) {
            forms.add(country);
        }
        return forms;
    }

    boolean isPlace(String name) {
        return knowledge.gazetteer().isPlace(name);
    }
}
