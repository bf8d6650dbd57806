package io.github.dossier.knowledge;

import io.github.dossier.knowledge.PhraseMatcher;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
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
 * Recognises countries in text, from {@code countries.tsv}: names, demonyms, capitals and seats of power used as
 * metonyms ("the Kremlin"), and prefixes ("Sino-"). Phrases that contain a country's name without meaning the
 * country ("South China Sea", "China Daily", "Indo-Pacific") are matched first and count for nothing; ambiguous
 * names (Georgia, Jordan, Turkey) count only beside an unambiguous mention of the same country. Countries
 * without a line of their own are known by their English name from the JDK. Immutable and thread-safe.
 *
 * <pre>{@code
 * gazetteer.mentions("Sino-Russian ties worry Washington")  // {CN=1, RU=1, US=1}
 * }</pre>
 */
public final class Gazetteer {

    private static final String FILE = "countries.tsv";
    private static final String NONE = "-";

    private record Value(String code, boolean ambiguous, boolean demonym, boolean seat) {
        Value(String code, boolean ambiguous) {
            this(code, ambiguous, false, false);
        }
    }

    private final Map<String, Country> countries;
    private final PhraseMatcher<Value> matcher;
    private final Map<String, String> names;
    private final Map<String, String> seats;
    private final Map<String, String> demonyms;

    private Gazetteer(Map<String, Country> countries, Map<String, Value> phrases) {
        this.countries = countries;
        this.matcher = PhraseMatcher.of(phrases, false);
        // A country's names (its seats of power among them), and apart from them its demonyms.
        Map<String, String> n = new LinkedHashMap<>();
        Map<String, String> seat = new LinkedHashMap<>();
        Map<String, String> demonym = new LinkedHashMap<>();
        phrases.forEach((phrase, v) -> {
            if (v.code().equals(NONE) || v.ambiguous() || phrase.endsWith("-")) {
                return;
            }
            String country = countries.get(v.code()).name();
            if (v.demonym()) {
                demonym.put(phrase, country);
                return;
            }
            n.put(phrase, country);
            if (v.seat()) {
                seat.put(phrase, country);
            }
        });
        // In the file's order, for whatever goes through them in order (Map.copyOf's order changes from run to run).
        this.names = Collections.unmodifiableMap(n);
        this.seats = Collections.unmodifiableMap(seat);
        this.demonyms = Collections.unmodifiableMap(demonym);
    }

    /** The capitals and seats of power that stand for a country ("London", "Kremlin"), with the country. */
    public Map<String, String> seats() {
        return seats;
    }

    /** The demonyms and adjectives of countries ("British", "Japanese"), with the country. */
    public Map<String, String> demonyms() {
        return demonyms;
    }

    /**
     * Every unambiguous name and capital, with the country it names ("Beijing" → China); not the demonyms, which
     * describe ("a Russian diplomat") rather than name a country.
     */
    public Map<String, String> names() {
        return names;
    }

    public static Gazetteer defaults() {
        return load(null);
    }

    /** The shipped gazetteer, with the lines of {@code dataDirectory/countries.tsv} added after its own. */
    public static Gazetteer load(Path dataDirectory) {
        Map<String, Country> countries = new LinkedHashMap<>();
        Map<String, Value> phrases = new LinkedHashMap<>();
        parse(DataFile.resource(Gazetteer.class, FILE), "dossier:" + FILE, countries, phrases);
        DataFile.projectFile(dataDirectory, FILE)
                .ifPresent(text -> parse(text, dataDirectory.resolve(FILE).toString(), countries, phrases));
        for (String code : Locale.getISOCountries()) {
            if (!countries.containsKey(code)) {
                String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
                countries.put(code, new Country(code, name));
                phrases.putIfAbsent(name, new Value(code, false));
            }
        }
        return new Gazetteer(Map.copyOf(countries), phrases);
    }

    private static void parse(String text, String origin, Map<String, Country> countries, Map<String, Value> phrases) {
        int lineNo = 0;
        for (String line : text.split("\n")) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            String code = cols[0].strip().toUpperCase(Locale.ROOT);
            if (!code.equals(NONE) && !code.matches("[A-Z]{2}")) {
                throw new IllegalArgumentException(origin + ":" + lineNo + ": '" + cols[0] + "' is not an ISO 3166 alpha-2 code");
            }
            String display = cols.length > 1 ? cols[1].strip() : "";
            if (!code.equals(NONE)) {
                if (display.isEmpty()) {
                    display = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
                }
                countries.put(code, new Country(code, display));
                phrases.put(display, new Value(code, false));
            }
            for (int c = 2; c < cols.length; c++) {
                for (String alias : cols[c].split("\\|")) {
                    String a = alias.strip();
                    if (a.isEmpty()) {
                        continue;
                    }
                    boolean ambiguous = a.startsWith("?");
                    phrases.put(ambiguous ? a.substring(1) : a, new Value(code, ambiguous, c == 3, c >= 4));
                }
            }
        }
    }

    /** The country for an ISO code. */
    public Optional<Country> country(String code) {
        return Optional.ofNullable(countries.get(code.toUpperCase(Locale.ROOT)));
    }

    /** The country whose display name is {@code name}. */
    public Optional<Country> byName(String name) {
        return countries.values().stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** Whether {@code phrase} is, whole, a name the gazetteer knows: a country, a capital, or a place it sets aside. */
    public boolean isPlace(String phrase) {
        List<PhraseMatcher.Hit<Value>> hits = matcher.find(phrase.strip());
        return hits.size() == 1 && hits.get(0).start() == 0 && hits.get(0).end() == phrase.strip().length();
    }

    /** Mentions per country code in {@code text}, ambiguous names resolved as the class comment says. */
    public Map<String, Integer> mentions(String text) {
        Map<String, Integer> sure = new HashMap<>();
        Map<String, Integer> maybe = new HashMap<>();
        for (PhraseMatcher.Hit<Value> hit : matcher.find(text)) {
            Value v = hit.value();
            if (v.code().equals(NONE)) {
                continue;
            }
            (v.ambiguous() ? maybe : sure).merge(v.code(), 1, Integer::sum);
        }
        maybe.forEach((code, n) -> {
            if (sure.containsKey(code)) {
                sure.merge(code, n, Integer::sum);
            }
        });
        return sure;
    }

    /**
     * Countries of an article, most prominent first: title mentions weigh 3, summary mentions 2, body mentions 1.
     * Ties go to the country named first.
     */
    public List<CountryMention> rank(String title, String summary, String body) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, Double> weights = new HashMap<>();
        String all = title + "\n" + summary + "\n" + body;
        Set<String> confirmed = new HashSet<>(mentions(all).keySet());
        double[] factor = {3, 2, 1};
        String[] texts = {title, summary, body};
        for (int i = 0; i < texts.length; i++) {
            for (PhraseMatcher.Hit<Value> hit : matcher.find(texts[i])) {
                String code = hit.value().code();
                if (code.equals(NONE) || !confirmed.contains(code)) {
                    continue;
                }
                counts.computeIfAbsent(code, k -> new int[1])[0]++;
                weights.merge(code, factor[i], Double::sum);
            }
        }
        // Order of first appearance, reading title, summary, body.
        List<String> order = new ArrayList<>(counts.keySet());
        List<CountryMention> out = new ArrayList<>();
        for (String code : order) {
            out.add(new CountryMention(countries.get(code), counts.get(code)[0], weights.get(code)));
        }
        out.sort(Comparator.comparingDouble(CountryMention::weight).reversed()
                .thenComparingInt(m -> order.indexOf(m.country().code())));
        return out;
    }
}
