package io.github.dossier.knowledge;

import io.github.dossier.knowledge.PhraseMatcher;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The theme taxonomy from {@code themes.yml}: each theme a name, a description and weighted cue phrases. An
 * article gets the themes whose cues weigh enough for its length, strongest first. A project's
 * {@code themes.yml} replaces the shipped taxonomy. Immutable and thread-safe.
 */
public final class Taxonomy {

    /** A theme and what it means. */
    public record Theme(String name, String description) {
    }

    private record Cue(String theme, double weight) {
    }

    private static final String FILE = "themes.yml";
    /** Cue weight per 100 words an article needs for a theme. */
    private static final double DENSITY = 0.8;
    private static final int MAX_THEMES = 5;

    private final List<Theme> themes;
    private final PhraseMatcher<Cue> cues;

    private Taxonomy(List<Theme> themes, Map<String, Cue> cues) {
        this.themes = List.copyOf(themes);
        this.cues = PhraseMatcher.of(cues, true);
    }

    public static Taxonomy defaults() {
        return load(null);
    }

    /** The project's {@code themes.yml} when it has one, else the shipped taxonomy. */
    public static Taxonomy load(Path dataDirectory) {
        Optional<String> own = DataFile.projectFile(dataDirectory, FILE);
        String origin = own.isPresent() ? dataDirectory.resolve(FILE).toString() : "dossier:" + FILE;
        String text = own.orElseGet(() -> DataFile.resource(Taxonomy.class, FILE));
        Object top = DataFile.yaml(text, origin, true);
        if (!(top instanceof List<?> entries)) {
            throw new IllegalArgumentException(origin + ": expected a list of themes");
        }
        List<Theme> themes = new ArrayList<>();
        Map<String, Cue> cues = new LinkedHashMap<>();
        int i = 0;
        for (Object entry : entries) {
            i++;
            Map<String, Object> map = DataFile.map(entry, origin + " theme " + i);
            String name = String.valueOf(map.getOrDefault("name", "")).strip();
            if (name.isEmpty()) {
                throw new IllegalArgumentException(origin + " theme " + i + ": missing name");
            }
            themes.add(new Theme(name, String.valueOf(map.getOrDefault("description", "")).strip()));
            for (Map.Entry<String, Object> cue : DataFile.map(map.get("cues"), origin + " theme " + name).entrySet()) {
                double weight;
                try {
                    weight = Double.parseDouble(String.valueOf(cue.getValue()));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(origin + " theme " + name + ": cue '" + cue.getKey()
                            + "' needs a number, not '" + cue.getValue() + "'");
                }
                cues.putIfAbsent(cue.getKey().toLowerCase(Locale.ROOT), new Cue(name, weight));
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

    /**
     * The themes of an article of {@code words} words whose text is {@code text}, strongest first: every theme
     * whose cues weigh enough for the article's length, and at least the strongest one any cue points to.
     */
    public List<String> classify(String text, int words) {
        Map<String, Double> score = new HashMap<>();
        for (PhraseMatcher.Hit<Cue> hit : cues.find(text)) {
            score.merge(hit.value().theme(), hit.value().weight(), Double::sum);
        }
        double needed = DENSITY * Math.max(words, 300) / 100.0;
        List<Map.Entry<String, Double>> ranked = score.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .toList();
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Double> e : ranked) {
            if (out.size() < MAX_THEMES && (out.isEmpty() || e.getValue() >= needed)) {
                out.add(e.getKey());
            }
        }
        return out;
    }
}
