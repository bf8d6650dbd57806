package io.github.dossier.knowledge;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything Dossier knows before it reads a page, loaded once per project from the shipped data files and the
 * project's own of the same names (in its data directory, {@code content/} by default): the {@link Lexicon}, the
 * {@link Boilerplate} patterns (with the known publications' mastheads), the {@link Gazetteer}, the name lists of
 * people, organisations and publications, and the theme {@link Taxonomy}. The cleaning and extraction stages are
 * built from one; a project whose data files change is loaded again.
 *
 * <pre>{@code
 * Knowledge knowledge = Knowledge.load(Path.of("content"));
 * Cleaner cleaner = Cleaner.builder().knowledge(knowledge).build();
 * MetadataExtractor extractor = MetadataExtractor.builder().knowledge(knowledge).build();
 * }</pre>
 *
 * Immutable and thread-safe.
 */
public final class Knowledge {

    /** Loaded when first asked for: a project with its own data directory never needs it. */
    private static final class Shipped {
        static final Knowledge KNOWLEDGE = new Knowledge(null);
    }

    private final Lexicon lexicon;
    private final Gazetteer gazetteer;
    private final NameList people;
    private final NameList organisations;
    private final NameList publications;
    private final Taxonomy taxonomy;
    private final Boilerplate boilerplate;
    /** What each project data file the knowledge was loaded from says, by name. */
    private final Map<String, byte[]> read;

    private Knowledge(Path dataDirectory) {
        Map<String, byte[]> read = new java.util.TreeMap<>();
        DataFile.READING.set(read);
        try {
            this.lexicon = Lexicon.load(dataDirectory);
            Lexicon words = lexicon;
            Set<String> titleWords = new java.util.HashSet<>();
            words.titles().forEach(t -> titleWords.add(t.strip().split("\\s+")[0].toLowerCase(java.util.Locale.ROOT)));
            this.gazetteer = Gazetteer.load(dataDirectory, new Gazetteer.Words(
                    (word, language) -> words.givenNames().contains(word) || words.stopwords(language).contains(word),
                    words.lowerCase(Lexicon.NOUN_CAPITALISING_LANGUAGES), titleWords));
            this.people = NameList.load("people.yml", dataDirectory);
            this.organisations = NameList.load("organisations.yml", dataDirectory);
            this.publications = NameList.load("publications.yml", dataDirectory);
            this.taxonomy = Taxonomy.load(dataDirectory);
            this.boilerplate = Boilerplate.load(dataDirectory).withMastheads(mastheads(publications));
        } finally {
            DataFile.READING.remove();
        }
        this.read = java.util.Collections.unmodifiableMap(read);
    }

    private Knowledge(Knowledge from, Lexicon lexicon) {
        this.read = from.read;
        this.lexicon = lexicon;
        this.gazetteer = from.gazetteer;
        this.people = from.people;
        this.organisations = from.organisations;
        this.publications = from.publications;
        this.taxonomy = from.taxonomy;
        this.boilerplate = from.boilerplate;
    }

    /**
     * The same knowledge, its lexicon read only for the {@code lists} a stage declares ({@link Lexicon#only}): what
     * the stage reads is what its cache key covers.
     */
    public Knowledge readingOnly(Set<String> lists) {
        return new Knowledge(this, lexicon.only(lists));
    }

    /**
     * What the project's data file {@code file} says, as bytes that change with what it means and not with its layout
     * (a comment, a blank line, indentation): for a cache of what was made with it. See {@link DataFile#said}.
     */
    public static byte[] said(Path file) throws java.io.IOException {
        return DataFile.said(file.getFileName().toString(), java.nio.file.Files.readAllBytes(file));
    }

    /**
     * Whether the data file {@code name} is one a project may have that the knowledge reads (the lexicon's files,
     * {@code countries.tsv} and each language's {@code countries-<language>.tsv}, {@code people.yml}, {@code organisations.yml}, {@code publications.yml},
     * {@code themes.yml}, {@code boilerplate.yml}): the files a cache of what was made with the knowledge is keyed by.
     * Reading any other fails ({@link DataFile#projectFile}); a file of another name in the data directory (notes, a
     * README) is no input.
     */
    public static boolean declares(String name) {
        return Lexicon.isLexiconFile(name) || FILES.contains(name) || Gazetteer.isLanguageFile(name);
    }

    private static final Set<String> FILES = Set.of("countries.tsv", "people.yml", "organisations.yml",
            "publications.yml", "themes.yml", "boilerplate.yml");

    /**
     * What each of the project's data files this knowledge was loaded from says ({@link #said}), by name: exactly the
     * files it read, as it read them. A cache of what was made with it is keyed by these.
     */
    public Map<String, byte[]> filesRead() {
        return read;
    }

    /** What Dossier ships with. */
    public static Knowledge shipped() {
        return Shipped.KNOWLEDGE;
    }

    /** What Dossier ships with and what the files of {@code dataDirectory} (may be null) add or replace. */
    public static Knowledge load(Path dataDirectory) {
        return dataDirectory == null ? Shipped.KNOWLEDGE : new Knowledge(dataDirectory);
    }

    /** Every name and alias of a known publication but web addresses: their banners are boilerplate. */
    private static List<String> mastheads(NameList publications) {
        return publications.allForms().stream().filter(n -> !n.contains(".")).toList();
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** The public figures of {@code people.yml}. */
    public NameList people() {
        return people;
    }

    public NameList organisations() {
        return organisations;
    }

    public NameList publications() {
        return publications;
    }

    public Taxonomy taxonomy() {
        return taxonomy;
    }

    /** The boilerplate patterns, with a rule for each known publication's masthead. */
    public Boilerplate boilerplate() {
        return boilerplate;
    }

    /** Other names of the people, organisations and countries briefs carry, for linking their mentions. */
    public Map<String, String> aliases(NameList list) {
        Map<String, String> out = new LinkedHashMap<>();
        list.allForms().forEach(f -> out.put(f, list.canonical(f)));
        return out;
    }

    /** What each theme means, by theme. */
    public Map<String, String> themeDescriptions() {
        Map<String, String> out = new LinkedHashMap<>();
        taxonomy.themes().forEach(t -> out.put(t.name(), t.description()));
        return out;
    }
}
