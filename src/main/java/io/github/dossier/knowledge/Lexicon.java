package io.github.dossier.knowledge;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Every word list Dossier reads pages with, each once: honorifics, name particles, bio verbs, months, institution
 * words, section and tag labels, opinion labels, verbs of saying, page-meta keys, HTML class hints, stopwords per
 * language, given names, bio roles and titles. Loaded from {@code lexicon.yml} and the one-a-line files beside it;
 * a project's files of the same names in its data directory add to them.
 *
 * <pre>{@code
 * Lexicon lexicon = Lexicon.load(Path.of("content"));
 * lexicon.words(Lexicon.HONORIFICS);                  // [dr, prof, professor, …]
 * lexicon.alternation(Lexicon.MONTHS);                // "sept|apr|aug|…": quoted, longest first, for a regex
 * lexicon.stopwords("en").contains("the");           // true
 * }</pre>
 *
 * Immutable and thread-safe.
 */
public final class Lexicon {

    public static final String HONORIFICS = "honorifics";
    public static final String NAME_PARTICLES = "name-particles";
    public static final String NAME_SUFFIXES = "name-suffixes";
    public static final String NAME_STOPS = "name-stops";
    public static final String INFLECTION_ENDINGS = "inflection-endings";
    public static final String NAME_SEPARATORS = "name-separators";
    public static final String BIO_VERBS = "bio-verbs";
    public static final String BYLINE_LEAD_INS = "byline-lead-ins";
    public static final String MONTHS = "months";
    public static final String TEASER_ENDINGS = "teaser-endings";
    public static final String CREDIT_OPENINGS = "credit-openings";
    public static final String AFFILIATION_HEADS = "affiliation-heads";
    public static final String AFFILIATION_CONNECTIVES = "affiliation-connectives";
    public static final String ORGANISATION_HEADS = "organisation-heads";
    public static final String ORGANISATION_CONNECTIVES = "organisation-connectives";
    public static final String ORGANISATION_WEAK_HEADS = "organisation-weak-heads";
    public static final String ORGANISATION_LEADING_HEADS = "organisation-leading-heads";
    public static final String ORGANISATION_CONJUNCTIONS = "organisation-conjunctions";
    public static final String ORGANISATION_ADJECTIVE_ENDINGS = "organisation-adjective-endings";
    public static final String ORGANISATION_COMPOUND_HEADS = "organisation-compound-heads";
    public static final String ORGANISATION_COMPOUND_PREFIXES = "organisation-compound-prefixes";
    public static final String ORGANISATION_SMALL_HEADS = "organisation-small-heads";
    public static final String NAMED_THING_HEADS = "named-thing-heads";
    public static final String NOUN_CAPITALISING_LANGUAGES = "noun-capitalising-languages";
    public static final String NOT_NAME_WORDS = "not-name-words";
    public static final String LEGAL_FORMS = "legal-forms";
    public static final String PROMPT_WORDS = "prompt-words";
    public static final String CREDIT_WORDS = "credit-words";
    public static final String ARCHIVE_HOSTS = "archive-hosts";
    public static final String DETERMINERS = "determiners";
    public static final String ORGANISATION_AUTHOR_WORDS = "organisation-author-words";
    public static final String ANONYMOUS_AUTHORS = "anonymous-authors";
    public static final String NOT_PUBLISHED_WORDS = "not-published-words";
    public static final String TITLE_LABELS = "title-labels";
    public static final String DATE_LEAD_INS = "date-lead-ins";
    public static final String AUTHOR_BOX_LINKS = "author-box-links";
    public static final String AUTHOR_LABELS = "author-labels";
    public static final String SECTION_LABELS = "section-labels";
    public static final String TAG_LABELS = "tag-labels";
    public static final String OPINION_LABELS = "opinion-labels";
    public static final String SAYING_VERBS = "saying-verbs";
    public static final String SPEAKER_CUES = "speaker-cues";
    public static final String ATTRIBUTION_VERBS = "attribution-verbs";
    public static final String ABBREVIATIONS = "abbreviations";
    public static final String SITE_DOMAINS = "site-domains";
    public static final String SELF_DESCRIBING_RULES = "self-describing-rules";
    public static final String META_AUTHORS = "meta-authors";
    public static final String META_BYLINE_ELEMENTS = "meta-byline-elements";
    public static final String META_PUBLICATION = "meta-publication";
    public static final String META_PUBLISHED = "meta-published";
    public static final String META_URL = "meta-url";
    public static final String META_SECTION = "meta-section";
    public static final String META_TAGS = "meta-tags";

    public static final String LANGUAGES = "languages";
    /** Not a list of lexicon.yml: every language's stopwords ({@code stopwords-<code>.txt}), for {@link #only}. */
    public static final String STOPWORDS = "stopwords";
    /** Not lists of lexicon.yml: the one-a-line files, for {@link #only}. */
    public static final String GIVEN_NAMES = "given-names";
    public static final String BIO_ROLES = "bio-roles";
    public static final String TITLES = "titles";

    public static final String HTML_UNLIKELY = "html-unlikely";
    public static final String BYLINE_WORDS = "byline-words";
    public static final String HTML_ARTICLE_BODY = "html-article-body";
    public static final String HTML_MAIN_CONTENT = "html-main-content";
    public static final String HTML_MAYBE = "html-maybe";
    public static final String HTML_POSITIVE = "html-positive";
    public static final String HTML_NEGATIVE = "html-negative";
    public static final String HTML_BYLINE = "html-byline";
    public static final String HTML_BYLINE_NOT = "html-byline-not";

    static final String FILE = "lexicon.yml";
    /** The lists kept one a line in a file of their own, {@code <list>.txt}, shipped and the project's. */
    private static final List<String> LINE_FILES = List.of(GIVEN_NAMES, BIO_ROLES, TITLES);
    /** The lists that are not lexicon.yml's: those files', and every language's stopwords. */
    private static final Set<String> FILE_LISTS = Set.of(STOPWORDS, GIVEN_NAMES, BIO_ROLES, TITLES);
    /** A stopword file, {@code stopwords-<code>.txt}: the language's code is group 1. */
    static final Pattern STOPWORD_FILE = Pattern.compile("stopwords-([A-Za-z]{2,3})\\.txt");

    private final Path dataDirectory;
    private final Map<String, List<String>> words;
    private final Map<String, List<String>> patterns;
    private final Set<String> givenNames;
    private final List<String> bioRoles;
    private final List<String> titles;
    private final Map<String, Set<String>> stopwords = new ConcurrentHashMap<>();
    private volatile Map<String, Integer> monthNames;
    /** Built on first use: 32 lists to read, which most uses of the lexicon do not need. */
    private volatile Languages languages;
    /** The lists this lexicon may be read for ({@link #only}); null for all of them. */
    private final Set<String> declared;
    /** The languages whose stopwords were read at load: every one a build can be told to use. */
    private final List<String> stopwordLanguages;
    private volatile String fingerprint;

    private Lexicon(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
        this.declared = null;
        Map<String, Set<String>> w = new LinkedHashMap<>();
        Map<String, Set<String>> p = new LinkedHashMap<>();
        LexiconFile.read(DataFile.resource(Lexicon.class, FILE), "dossier:" + FILE, w, p, true);
        Optional<String> own = DataFile.projectFile(dataDirectory, FILE);
        own.ifPresent(text -> LexiconFile.read(text, dataDirectory.resolve(FILE).toString(), w, p, false));
        this.words = LexiconFile.freeze(w);
        this.patterns = LexiconFile.freeze(p);
        own.ifPresent(text -> LexiconFile.checkAlternations(patterns, text, dataDirectory.resolve(FILE).toString()));
        Set<String> names = new HashSet<>();
        lines(GIVEN_NAMES + ".txt").forEach(n -> names.add(n.toLowerCase(Locale.ROOT)));
        this.givenNames = Set.copyOf(names);
        this.bioRoles = lines(BIO_ROLES + ".txt");
        this.titles = lines(TITLES + ".txt");
        // Every stopword file the project has, and those of every language Dossier tells, read now: one that cannot
        // be read fails the load, before any article is, not each article that asks for it.
        words(LANGUAGES).forEach(this::stopwords);
        stopwords("en");
        LexiconFile.ownStopwordLanguages(dataDirectory).forEach(this::stopwords);
        this.stopwordLanguages = List.copyOf(new java.util.TreeSet<>(stopwords.keySet()));
    }

    /** {@code from}, to be read only for the {@code declared} lists. */
    private Lexicon(Lexicon from, Set<String> declared) {
        this.dataDirectory = from.dataDirectory;
        this.words = from.words;
        this.patterns = from.patterns;
        this.givenNames = from.givenNames;
        this.bioRoles = from.bioRoles;
        this.titles = from.titles;
        this.stopwords.putAll(from.stopwords);
        this.stopwordLanguages = from.stopwordLanguages;
        this.declared = Set.copyOf(declared);
    }

    /** The name of every list this lexicon holds: its word and pattern lists, and the one-a-line ones. */
    public Set<String> lists() {
        Set<String> out = new java.util.TreeSet<>(words.keySet());
        out.addAll(patterns.keySet());
        out.addAll(FILE_LISTS);
        if (declared != null) {
            out.retainAll(declared);
        }
        return out;
    }

    /** Whether the data file {@code name} is one of the lexicon's: its fingerprint covers what the file says. */
    public static boolean isLexiconFile(String name) {
        return name.equals(FILE) || STOPWORD_FILE.matcher(name).matches()
                || name.endsWith(".txt") && LINE_FILES.contains(name.substring(0, name.length() - ".txt".length()));
    }

    /**
     * This lexicon, to be read only for the lists named in {@code lists} (list names, or {@link #STOPWORDS},
     * {@link #GIVEN_NAMES}, {@link #BIO_ROLES}, {@link #TITLES}): reading any other fails with an
     * {@link IllegalStateException}. What a stage reads of the lexicon is then what it declared, and
     * {@link #fingerprint()} covers exactly that: an input read but not declared cannot go unnoticed by a cache.
     */
    public Lexicon only(Set<String> lists) {
        for (String list : lists) {
            if (!words.containsKey(list) && !patterns.containsKey(list)
                    && !FILE_LISTS.contains(list)) {
                throw new IllegalArgumentException("no list " + list + " in the lexicon");
            }
        }
        if (declared != null && !declared.containsAll(lists)) {
            throw new IllegalStateException("lists " + lists + " are not all among " + declared);
        }
        return new Lexicon(this, lists);
    }

    /**
     * The fingerprint of what this lexicon holds: of the lists it may be read for ({@link #only}), or of all of them.
     * Two lexicons of the same fingerprint read every page alike; comments and layout of their files are no part of it.
     */
    public String fingerprint() {
        String f = fingerprint;
        if (f == null) {
            io.github.dossier.internal.Key key = new io.github.dossier.internal.Key().add("lexicon");
            for (String list : new java.util.TreeSet<>(words.keySet())) {
                if (reads(list)) {
                    key.add("words").add(list).add(words.get(list));
                }
            }
            for (String list : new java.util.TreeSet<>(patterns.keySet())) {
                if (reads(list)) {
                    key.add("patterns").add(list).add(patterns.get(list));
                }
            }
            if (reads(STOPWORDS)) {
                stopwordLanguages.forEach(l -> key.add("stopwords").add(l).add(new java.util.TreeSet<>(stopwords(l))));
            }
            key.add(reads(GIVEN_NAMES) ? new java.util.TreeSet<>(givenNames) : null);
            key.add(reads(BIO_ROLES) ? bioRoles : null).add(reads(TITLES) ? titles : null);
            f = key.digest();
            fingerprint = f;
        }
        return f;
    }

    private boolean reads(String list) {
        return declared == null || declared.contains(list);
    }

    private void declared(String list) {
        if (!reads(list)) {
            throw new IllegalStateException("the lexicon list " + list + " is read but was not declared (declared: "
                    + new java.util.TreeSet<>(declared) + ")");
        }
    }

    /** The shipped lexicon. */
    public static Lexicon shipped() {
        return new Lexicon(null);
    }

    /** The shipped lexicon with what the project's files in {@code dataDirectory} (may be null) add. */
    public static Lexicon load(Path dataDirectory) {
        return new Lexicon(dataDirectory);
    }

    /** The lines of a one-a-line file, shipped and the project's. */
    private List<String> lines(String file) {
        List<String> out = new ArrayList<>(DataFile.lines(DataFile.resource(Lexicon.class, file)));
        DataFile.projectFile(dataDirectory, file).ifPresent(text -> out.addAll(DataFile.lines(text)));
        return List.copyOf(out);
    }

    /** The words of list {@code name}, as listed. */
    public List<String> words(String name) {
        declared(name);
        List<String> list = words.get(name);
        if (list == null) {
            throw new IllegalArgumentException("no word list " + name + " in the lexicon");
        }
        return list;
    }

    /**
     * The words of list {@code name} in lower case, for asking whether a word is one of them; in the list's order, so
     * that what looks for the first that matches finds the same one on every run.
     */
    public Set<String> lowerCase(String name) {
        Set<String> out = new LinkedHashSet<>();
        words(name).forEach(w -> out.add(w.toLowerCase(Locale.ROOT)));
        return Collections.unmodifiableSet(out);
    }

    /** The words of list {@code name} as a regular expression's alternatives: quoted, longest first. */
    public String alternation(String name) {
        return quotedLongestFirst(words(name));
    }

    /**
     * {@code words} as a regular expression's alternatives: quoted, longest first, else in the order given, behind a
     * lookahead for the characters they start with. The lookahead matches nothing the alternatives would not, and
     * lets a search fail at a position with one test instead of one per word: a pattern that opens with a list of
     * a hundred words is searched through a long text several times faster.
     */
    static String quotedLongestFirst(List<String> words) {
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder sb = new StringBuilder();
        Set<Integer> first = new java.util.TreeSet<>();
        boolean empty = false;
        for (String w : sorted) {
            sb.append(sb.length() == 0 ? "" : "|").append(Pattern.quote(w));
            if (w.isEmpty()) {
                empty = true;
            } else {
                first.add(w.codePointAt(0));
            }
        }
        if (empty || first.isEmpty()) {
            return sb.toString();
        }
        StringBuilder guard = new StringBuilder("(?=[");
        first.forEach(c -> guard.append("\\x{").append(Integer.toHexString(c)).append('}'));
        return guard.append("])(?:").append(sb).append(')').toString();
    }

    /** The patterns of list {@code name} as one regular expression's alternatives, as listed. */
    public String patterns(String name) {
        declared(name);
        List<String> list = patterns.get(name);
        if (list == null) {
            throw new IllegalArgumentException("no pattern list " + name + " in the lexicon");
        }
        return String.join("|", list);
    }

    /**
     * The stopwords of {@code language} (an ISO 639-1 code), shipped and the project's; empty when neither has any,
     * or the language is none of those read at load (the {@code languages} list and the project's stopword files).
     */
    public Set<String> stopwords(String language) {
        declared(STOPWORDS);
        if (stopwordLanguages != null && !stopwordLanguages.contains(language)) {
            return Set.of(); // none but those read at load, which the fingerprint covers
        }
        return stopwords.computeIfAbsent(language, lang -> {
            String file = "stopwords-" + lang + ".txt";
            Set<String> out = new HashSet<>();
            Optional.ofNullable(Lexicon.class.getResource(file))
                    .ifPresent(r -> DataFile.lines(DataFile.resource(Lexicon.class, file))
                            .forEach(w -> out.add(Languages.normalise(w))));
            DataFile.projectFile(dataDirectory, file)
                    .ifPresent(text -> DataFile.lines(text).forEach(w -> out.add(Languages.normalise(w))));
            return Set.copyOf(out);
        });
    }

    /** The languages of the {@code languages} list, with their stopwords, for telling a page's language. */
    public Languages languages() {
        Languages l = languages;
        if (l == null) {
            Map<String, Set<String>> lists = new HashMap<>();
            for (String code : words(LANGUAGES)) {
                lists.put(code, stopwords(code));
            }
            l = new Languages(words(LANGUAGES), lists);
            languages = l;
        }
        return l;
    }

    /**
     * Month names in every language of the {@code languages} list, lower case and without a final dot, each with
     * its month (1–12): full, abbreviated, standalone and genitive forms, as java.time's locale data gives them
     * ("oktober", "octobre", "octubre", "października", "октября"), and the {@code months} list's English
     * abbreviations. A name two languages give different months ("listopad") is left out.
     */
    public Map<String, Integer> monthNames() {
        Map<String, Integer> m = monthNames;
        if (m == null) {
            m = CalendarNames.months(words(LANGUAGES), words(MONTHS));
            monthNames = m;
        }
        return m;
    }

    /**
     * The days of the week in every language of the {@code languages} list, full and short, lower case, as a
     * regular expression's alternatives ("monday|montag|lundi|…"), from java.time's locale data.
     */
    public String weekdayAlternation() {
        return quotedLongestFirst(CalendarNames.weekdays(words(LANGUAGES)));
    }

    /** {@link #monthNames()} as a regular expression's alternatives, quoted, longest first. */
    public String monthAlternation() {
        return quotedLongestFirst(monthNames().keySet().stream().sorted().toList());
    }

    /** Given names (and family names written first), lower case: a bare name line opening with one is a byline. */
    public Set<String> givenNames() {
        declared(GIVEN_NAMES);
        return givenNames;
    }

    /** Words that make "Name is a …" an author bio ("lecturer", "fellow", "director"). */
    public List<String> bioRoles() {
        declared(BIO_ROLES);
        return bioRoles;
    }

    /** Titles that mark the capitalised name after them as a person's ("Foreign Minister"). */
    public List<String> titles() {
        declared(TITLES);
        return titles;
    }
}
