package io.github.dossier.knowledge;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The theme taxonomy from {@code themes.yml}: each theme a name, a description and weighted cue phrases, in
 * English under {@code cues} and in other languages under {@code cues-<code>} ({@code cues-de}, {@code cues-fr}).
 * An article is read with the cues of its own language only (English ones when its language is unknown): "war"
 * is German for "was", "un" French for "a". A cue written in capitals ("UN", "AI") matches only in capitals. An
 * article gets the themes whose cues weigh enough for its length, from at least two different cues, strongest
 * first, and none when no theme does: no theme is better than a wrong one. A project's {@code themes.yml}
 * replaces the shipped taxonomy. Immutable and thread-safe.
 */
public final class Taxonomy {

    /** A theme and what it means. */
    public record Theme(String name, String description) {
    }

    private record Cue(String theme, String phrase, double weight) {
    }

    /** One language's cues: the capitalised ones matched as written, the others in any case. */
    private record Cues(PhraseMatcher<Cue> anyCase, PhraseMatcher<Cue> asWritten) {

        static Cues of(Map<String, Cue> cues) {
            Map<String, Cue> anyCase = new LinkedHashMap<>();
            Map<String, Cue> asWritten = new LinkedHashMap<>();
            cues.forEach((phrase, cue) -> (isAcronym(phrase) ? asWritten : anyCase).put(phrase, cue));
            return new Cues(PhraseMatcher.of(anyCase, true), PhraseMatcher.of(asWritten, false));
        }

        private static boolean isAcronym(String phrase) {
            return phrase.chars().anyMatch(Character::isLetter) && phrase.equals(phrase.toUpperCase(Locale.ROOT));
        }
    }

    private static final String FILE = "themes.yml";
    /** The language of the cues listed under plain {@code cues}. */
    private static final String DEFAULT_LANGUAGE = "en";
    /** Cue weight per 100 words an article needs for a theme. */
    private static final double DENSITY = 0.8;
    /** Different cue phrases a theme needs: one word said often ("security" in software docs) is not a theme. */
    private static final int MIN_CUES = 2;
    private static final int MAX_THEMES = 5;

    private final List<Theme> themes;
    private final Map<String, Cues> cuesByLanguage;

    private Taxonomy(List<Theme> themes, Map<String, Map<String, Cue>> cues) {
        this.themes = List.copyOf(themes);
        Map<String, Cues> byLanguage = new HashMap<>();
        cues.forEach((language, phrases) -> byLanguage.put(language, Cues.of(phrases)));
        this.cuesByLanguage = Map.copyOf(byLanguage);
    }

    public static Taxonomy defaults() {
        return load(null);
    }

    /** The project's {@code themes.yml} when it has one, else the shipped taxonomy. */
    public static Taxonomy load(Path dataDirectory) {
        // A file of nothing but comments says nothing: the shipped taxonomy stands (an empty list, [], replaces it).
        Optional<String> own = DataFile.projectFile(dataDirectory, FILE)
                .filter(text -> DataFile.yaml(text, dataDirectory.resolve(FILE).toString(), true) != null);
        String origin = own.isPresent() ? dataDirectory.resolve(FILE).toString() : "dossier:" + FILE;
        String text = own.orElseGet(() -> DataFile.resource(Taxonomy.class, FILE));
        Object top = DataFile.yaml(text, origin, true);
        if (!(top instanceof List<?> entries)) {
            throw new IllegalArgumentException(origin + ": expected a list of themes");
        }
        List<Theme> themes = new ArrayList<>();
        Map<String, Map<String, Cue>> cues = new LinkedHashMap<>();
        int i = 0;
        for (Object entry : entries) {
            i++;
            Map<String, Object> map = DataFile.map(entry, origin + " theme " + i);
            String name = String.valueOf(map.getOrDefault("name", "")).strip();
            if (name.isEmpty()) {
                throw new IllegalArgumentException(origin + " theme " + i + ": missing name");
            }
            themes.add(new Theme(name, String.valueOf(map.getOrDefault("description", "")).strip()));
            for (Map.Entry<String, Object> field : map.entrySet()) {
                String key = field.getKey();
                if (!key.equals("cues") && !key.startsWith("cues-")) {
                    continue;
                }
                String language = key.equals("cues") ? DEFAULT_LANGUAGE : key.substring("cues-".length());
                Map<String, Cue> phrases = cues.computeIfAbsent(language, l -> new LinkedHashMap<>());
                for (Map.Entry<String, Object> cue : DataFile.map(field.getValue(), origin + " theme " + name).entrySet()) {
                    double weight;
                    try {
                        weight = Double.parseDouble(String.valueOf(cue.getValue()));
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException(origin + " theme " + name + ": cue '" + cue.getKey()
                                + "' needs a number, not '" + cue.getValue() + "'");
                    }
                    String phrase = cue.getKey().strip();
                    phrases.putIfAbsent(phrase, new Cue(name, phrase.toLowerCase(Locale.ROOT), weight));
                }
            }
        }
        return new Taxonomy(themes, cues);
    }

    /** Every theme, in taxonomy order. */
    public List<Theme> themes() {
        return themes;
    }

    /** The theme called {@code name}. */
    public Optional<Theme> theme(String name) {
        return themes.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** The themes of an English article; see {@link #classify(String, int, String)}. */
    public List<String> classify(String text, int words) {
        return classify(text, words, DEFAULT_LANGUAGE);
    }

    /**
     * The themes of an article in {@code language} (an ISO 639-1 code, empty when unknown) of {@code words} words
     * whose text is {@code text}, strongest first: every theme whose cues in that language weigh enough for the
     * article's length and are at least two different phrases. None when the taxonomy has no cues in the
     * article's language.
     */
    public List<String> classify(String text, int words, String language) {
        Cues cues = cuesByLanguage.get(language == null || language.isEmpty() ? DEFAULT_LANGUAGE : language);
        if (cues == null) {
            return List.of();
        }
        Map<String, Double> score = new HashMap<>();
        Map<String, Set<String>> phrases = new HashMap<>();
        List<PhraseMatcher.Hit<Cue>> hits = new ArrayList<>(cues.anyCase().find(text));
        hits.addAll(cues.asWritten().find(text));
        for (PhraseMatcher.Hit<Cue> hit : hits) {
            score.merge(hit.value().theme(), hit.value().weight(), Double::sum);
            phrases.computeIfAbsent(hit.value().theme(), t -> new HashSet<>()).add(hit.value().phrase());
        }
        double needed = DENSITY * Math.max(words, 300) / 100.0;
        return score.entrySet().stream()
                .filter(e -> e.getValue() >= needed && phrases.get(e.getKey()).size() >= MIN_CUES)
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_THEMES)
                .map(Map.Entry::getKey)
                .toList();
    }
}
