package io.github.dossier.knowledge;

import io.github.dossier.knowledge.CountryTable.Value;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Recognises countries in text, from {@code countries.tsv}: names, demonyms, capitals and seats of power used as
 * metonyms ("the Kremlin"), and prefixes ("Sino-"). Phrases that contain a country's name without meaning the
 * country ("South China Sea", "China Daily", "Indo-Pacific") are matched first and count for nothing; ambiguous
 * names (Georgia, Jordan, Turkey) and capitals count only beside an unambiguous mention of the same country, or
 * beside another weak one ("Georgia" and "Tbilisi"). Countries
 * without a line of their own are known by their English name from the JDK.
 *
 * <p>A text in another language is read with that language's names as well: every territory's name in it from
 * CLDR (through {@link Locale}), and what {@code countries-<language>.tsv} adds — inflected forms ("Deutschlands",
 * "Rosji", "России"), adjectives and demonyms ("deutschen", "française"), capitals and seats ("Moskau", "Kreml"),
 * and the phrases that name no country there ("Deutsche Bank"). A CLDR name that is also a common word or a given
 * name of the language counts only as an ambiguous name does. A language's names apply to its texts only: "Island"
 * is Iceland in German, not in English. Immutable and thread-safe.
 *
 * <pre>{@code
 * gazetteer.mentions("Sino-Russian ties worry Washington")            // {CN=1, RU=1, US=1}
 * gazetteer.mentions("…dla Chin i Rosji", "pl")                      // {CN=1, RU=1}
 * }</pre>
 */
public final class Gazetteer {

    private static final String FILE = "countries.tsv";
    /** A language's own country file, {@code countries-de.tsv}. */
    private static final Pattern LANGUAGE_FILE = Pattern.compile("countries-([a-z]{2,3})\\.tsv");
    private static final String NONE = CountryTable.NONE;
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    private final Map<String, Country> countries;
    private final Map<String, Value> phrases;
    private final PhraseMatcher<Value> matcher;
    private final Map<String, String> names;
    private final Map<String, String> seats;
    private final Map<String, String> demonyms;
    /** The project's own {@code countries-<language>.tsv}, by language, read when the gazetteer loads. */
    private final Map<String, String> projectFiles;
    private final Path dataDirectory;
    private final Words words;
    /** A matcher for each language a text was read in, made when first asked for. */
    private final Map<String, PhraseMatcher<Value>> byLanguage = new ConcurrentHashMap<>();

    private Gazetteer(Map<String, Country> countries, Map<String, Value> phrases, Map<String, String> projectFiles,
            Path dataDirectory, Words words) {
        this.countries = countries;
        this.phrases = phrases;
        this.matcher = PhraseMatcher.of(phrases, false);
        this.projectFiles = projectFiles;
        this.dataDirectory = dataDirectory;
        this.words = words;
        // A country's names (its seats of power among them), and apart from them its demonyms.
        Map<String, String> n = new LinkedHashMap<>();
        Map<String, String> seat = new LinkedHashMap<>();
        Map<String, String> demonym = new LinkedHashMap<>();
        phrases.forEach((phrase, v) -> {
            if (v.code().equals(NONE) || v.ambiguous() || phrase.endsWith("-")) {
                return;
            }
            String country = countries.get(v.code()).name();
            if (v.kind() == CountryTable.Kind.DEMONYM) {
                demonym.put(phrase, country);
                return;
            }
            n.put(phrase, country);
            if (v.kind() == CountryTable.Kind.CAPITAL || v.kind() == CountryTable.Kind.SEAT) {
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

    /**
     * What the gazetteer needs of the lexicon: whether a word (lower case) is a common word or a given name in a
     * language, which name a country only as ambiguous names do; the languages that capitalise every noun, where a
     * capital after a name says nothing; titles' first words (lower case), which a capital after an adjective may
     * be without making a name ("Russian President Vladimir Putin").
     */
    public record Words(BiPredicate<String, String> commonWord, Set<String> nounCapitalising, Set<String> titles) {
        public Words {
            nounCapitalising = Set.copyOf(nounCapitalising);
            titles = Set.copyOf(titles);
        }

        /** No common words, German capitalising its nouns, a few English titles: for tests and the defaults. */
        public static Words plain() {
            return new Words((word, language) -> false, Set.of("de"), Set.of("president", "prime", "foreign"));
        }
    }

    public static Gazetteer defaults() {
        return load(null, Words.plain());
    }

    /**
     * The shipped gazetteer, with the lines of {@code dataDirectory/countries.tsv} added after its own and those of
     * each {@code dataDirectory/countries-<language>.tsv} after the language's shipped ones, reading with what
     * {@code words} says of the lexicon.
     */
    public static Gazetteer load(Path dataDirectory, Words words) {
        Map<String, Country> countries = new LinkedHashMap<>();
        Map<String, Value> phrases = new LinkedHashMap<>();
        CountryTable.parse(DataFile.resource(Gazetteer.class, FILE), "dossier:" + FILE, true, countries, phrases);
        DataFile.projectFile(dataDirectory, FILE).ifPresent(text -> CountryTable.parse(text,
                dataDirectory.resolve(FILE).toString(), true, countries, phrases));
        for (String code : Locale.getISOCountries()) {
            if (!countries.containsKey(code)) {
                String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
                countries.put(code, new Country(code, name));
                phrases.putIfAbsent(name, new Value(code, false));
            }
        }
        Map<String, String> projectFiles = new TreeMap<>();
        for (String name : languageFiles(dataDirectory)) {
            String language = name.substring("countries-".length(), name.length() - ".tsv".length());
            if (!LANGUAGES.contains(language)) {
                throw new IllegalArgumentException(dataDirectory.resolve(name) + ": '" + language
                        + "' is no ISO 639-1 language code, so no page would be read with this file");
            }
            DataFile.projectFile(dataDirectory, name).ifPresent(text -> {
                // Checked now, naming the file, rather than when a page in its language is first read.
                CountryTable.parse(text, dataDirectory.resolve(name).toString(), false, new HashMap<>(), new HashMap<>());
                projectFiles.put(name, text);
            });
        }
        return new Gazetteer(Map.copyOf(countries), phrases, Collections.unmodifiableMap(projectFiles),
                dataDirectory, words);
    }

    /** The names of the project's {@code countries-<language>.tsv} files, sorted. */
    private static List<String> languageFiles(Path dataDirectory) {
        if (dataDirectory == null || !Files.isDirectory(dataDirectory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dataDirectory)) {
            return files.map(f -> f.getFileName().toString()).filter(Gazetteer::isLanguageFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dataDirectory + ": " + e.getMessage(), e);
        }
    }

    /** Whether {@code name} is a language's country file ({@code countries-de.tsv}). */
    static boolean isLanguageFile(String name) {
        return LANGUAGE_FILE.matcher(name).matches();
    }

    /**
     * The matcher for texts in {@code language}: the gazetteer's own phrases, CLDR's name of every territory in the
     * language, then the language's country file, shipped and the project's.
     */
    private PhraseMatcher<Value> matcher(String language) {
        if (language == null || !LANGUAGES.contains(language)
                || language.equals("en") && !projectFiles.containsKey("countries-en.tsv")) {
            return matcher;
        }
        return byLanguage.computeIfAbsent(language, l -> {
            Map<String, Value> all = new LinkedHashMap<>(phrases);
            Locale in = new Locale(l);
            String file = "countries-" + l + ".tsv";
            String shipped = Gazetteer.class.getResource(file) == null ? "" : DataFile.resource(Gazetteer.class, file);
            String own = projectFiles.getOrDefault(file, "");
            // The endings every name takes in the language (German's genitive: "{,s}"), the project's if it says.
            String endings = CountryTable.endings(own).or(() -> CountryTable.endings(shipped)).orElse("");
            // English's names are the gazetteer's own.
            for (String code : l.equals("en") ? new String[0] : Locale.getISOCountries()) {
                String local = cldrName(new Locale("", code).getDisplayCountry(in));
                if (!local.isEmpty() && !local.equals(code) && countries.containsKey(code)) {
                    boolean common = words.commonWord().test(local.toLowerCase(in), l);
                    for (String form : CountryTable.expand(local + endings, file, 0)) {
                        all.putIfAbsent(form, new Value(code, common));
                    }
                }
            }
            if (!shipped.isEmpty()) {
                CountryTable.parse(shipped, "dossier:" + file, false, new HashMap<>(), all);
            }
            if (!own.isEmpty()) {
                CountryTable.parse(own, dataDirectory.resolve(file).toString(), false, new HashMap<>(), all);
            }
            // A code the gazetteer does not know (a language file's typo) names nothing.
            all.values().removeIf(v -> !v.code().equals(NONE) && !countries.containsKey(v.code()));
            return PhraseMatcher.of(all, false);
        });
    }

    /** CLDR's name as a text writes it: "Myanmar (Burma)" is Myanmar, "Hong Kong, RAE da China" Hong Kong. */
    private static String cldrName(String name) {
        String n = name.replaceAll("\\s*\\([^)]*\\)", "");
        int comma = n.indexOf(',');
        return (comma > 0 ? n.substring(0, comma) : n).strip();
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
        return mentions(text, "en");
    }

    /** Mentions per country code in {@code text}, written in {@code language} (ISO 639-1). */
    public Map<String, Integer> mentions(String text, String language) {
        language = language == null ? "en" : language;
        Map<String, Integer> sure = new HashMap<>();
        Map<String, Integer> maybe = new HashMap<>();
        Map<String, Set<String>> maybeAs = new HashMap<>();
        for (PhraseMatcher.Hit<Value> hit : matcher(language).find(text)) {
            Value v = hit.value();
            if (v.code().equals(NONE)) {
                continue;
            }
            if (v.capitalisedTwin() && !sentenceStart(text, hit.start())) {
                continue;
            }
            // A capital stands for its state only beside another name of it: "flights via Moscow and Paris" name
            // two cities, not two countries; nor does a name inside another name ("Francia Márquez", "Autodefensas
            // Gaitanistas de Colombia").
            // A name before a capital is part of another name where capitals mark names; so is an English adjective
            // on any page ("Nigerian Open", "American Airlines"): elsewhere an adjective follows its noun ("el diario
            // español El País").
            boolean english = phrases.get(hit.text()) == v;
            boolean inside = v.kind() == CountryTable.Kind.NAME
                    && insideName(text, hit.start(), hit.end(), !words.nounCapitalising().contains(language), true)
                    || v.kind() == CountryTable.Kind.DEMONYM && english && !joined(text, hit.start())
                    && !titleAfter(text, hit.end()) && insideName(text, hit.start(), hit.end(), true, false);
            if (v.needsAnother() || inside) {
                maybe.merge(v.code(), 1, Integer::sum);
                if (!inside) {
                    maybeAs.computeIfAbsent(v.code(), k -> new HashSet<>()).add(hit.text());
                }
            } else {
                sure.merge(v.code(), 1, Integer::sum);
            }
        }
        // Two different weak names of one country tell it together: "Georgia" and "Tbilisi".
        maybe.forEach((code, n) -> {
            if (sure.containsKey(code) || maybeAs.getOrDefault(code, Set.of()).size() >= 2) {
                sure.merge(code, n, Integer::sum);
            }
        });
        return sure;
    }

    /**
     * A capitalised word and a connective right before a name ("Embajada de Alemania"), or a small word between
     * hyphens ("Île-de-France"; not "the Belarus-Poland border"). Not English "of": "Klaasen of South Africa" names a player's country.
     */
    private static final Pattern NAME_BEFORE = Pattern.compile(
            "\\p{Lu}[\\p{L}.’'-]*\\h+(?i:de|de la|du|des|di|del|della|der|do|da|dos)\\h+$|[-‐]\\p{Ll}{1,4}[-‐]$");
    /** A capitalised word right after a name, on its line: "Francia Márquez", "Russia Today". */
    private static final Pattern NAME_AFTER = Pattern.compile("\\h+\\p{Lu}\\p{Ll}");

    /**
     * Whether the name at {@code start..end} is part of another name, a company's, a person's or a body's: after a
     * capitalised word and a connective that do not open the sentence ({@code name}s only), or before a capitalised
     * word where capitals mark names ({@code capitalAfter}: "Nigerian Open", "Russia Today"); an abbreviation before
     * a capital is an attribute ("U.S. Senate").
     */
    private static boolean insideName(String text, int start, int end, boolean capitalAfter, boolean name) {
        int from = Math.max(0, start - 60);
        Matcher before = NAME_BEFORE.matcher(text).region(from, start);
        return name && before.find() && !sentenceStart(text, before.start())
                || capitalAfter && !text.substring(start, end).equals(text.substring(start, end).toUpperCase(Locale.ROOT))
                        && NAME_AFTER.matcher(text).region(end, Math.min(text.length(), end + 3)).lookingAt();
    }

    /** Whether a title's first word follows {@code at}: "Russian President …", "Chinese Foreign Minister …". */
    private boolean titleAfter(String text, int at) {
        int from = at;
        while (from < text.length() && Character.isWhitespace(text.charAt(from)) && text.charAt(from) != '\n') {
            from++;
        }
        int to = from;
        while (to < text.length() && Character.isLetter(text.charAt(to))) {
            to++;
        }
        return to > from && words.titles().contains(text.substring(from, to).toLowerCase(Locale.ROOT));
    }

    /** Whether the word at {@code at} is joined by a hyphen to the one before it ("Russo-Japanese War"). */
    private static boolean joined(String text, int at) {
        return at > 1 && (text.charAt(at - 1) == '-' || text.charAt(at - 1) == '‐') && Character.isLetter(text.charAt(at - 2));
    }

    /** Whether {@code at} opens a sentence: nothing but quotes, brackets and spaces since a line's or sentence's end. */
    private static boolean sentenceStart(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n' || c == '.' || c == '!' || c == '?' || c == ':' || c == '•' || c == '-' && i + 1 < at
                    && Character.isWhitespace(text.charAt(i + 1))) {
                return true;
            }
            if (!Character.isWhitespace(c) && "\"'“”„«»‹›¿¡([–—*#".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Countries of an article, most prominent first: title mentions weigh 3, summary mentions 2, body mentions 1.
     * Ties go to the country named first.
     */
    public List<CountryMention> rank(String title, String summary, String body) {
        return rank(title, summary, body, "en");
    }

    /** Countries of an article written in {@code language}, ranked as {@link #rank(String, String, String)} does. */
    public List<CountryMention> rank(String title, String summary, String body, String language) {
        PhraseMatcher<Value> matcher = matcher(language);
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, Double> weights = new HashMap<>();
        String all = title + "\n" + summary + "\n" + body;
        Set<String> confirmed = new HashSet<>(mentions(all, language).keySet());
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
