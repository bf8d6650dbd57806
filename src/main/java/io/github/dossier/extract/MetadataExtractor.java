package io.github.dossier.extract;

import io.github.dossier.knowledge.Gazetteer;
import io.github.dossier.knowledge.Knowledge;
import io.github.dossier.knowledge.Lexicon;
import io.github.dossier.knowledge.Taxonomy;
import io.github.dossier.knowledge.CountryMention;
import io.github.dossier.knowledge.NameList;
import io.github.dossier.clean.CleanArticle;
import io.github.dossier.clean.Part;
import io.github.dossier.clean.PartType;
import io.github.dossier.knowledge.PhraseMatcher;
import io.github.dossier.internal.Words;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The extraction stage: turns a {@link CleanArticle} into {@link Metadata}.
 *
 * <p>Reads the typed parts the cleaner handed on (headline, standfirst, byline, bio, section, tags, dateline),
 * what a saved page says of itself ({@code og:*}, JSON-LD), and the body for countries, people, organisations
 * and themes. Boilerplate never adds a country, person or theme: only title, summary and body are searched.
 *
 * <pre>{@code
 * MetadataExtractor extractor = MetadataExtractor.builder().build();
 * Metadata meta = extractor.extract(cleanArticle);
 * }</pre>
 *
 * Immutable and thread-safe.
 */
public final class MetadataExtractor {

    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMMM d uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMM d uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMMM, uuuu", Locale.ENGLISH));
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern NUMERIC_DATE = Pattern.compile("(?<![\\d/.])(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4}|\\d{2})(?![\\d/.])");

    private final Knowledge knowledge;
    private final Lexicon lexicon;
    private final Gazetteer gazetteer;
    private final NameList organisations;
    private final NameList publications;
    private final PeopleFinder people;
    private final Taxonomy taxonomy;
    private final Summarizer summarizer;
    private final QuoteFinder quotes;
    private final Set<String> givenNames;
    private final Set<String> nameParticles;
    private final Set<String> organisationHeads;
    private final Set<String> sectionLabels;
    private final Set<String> selfDescribing;
    private final List<String> affiliationHeads;
    private final Pattern honorifics;
    private final Pattern bylinePrefix;
    private final Pattern explicitByline;
    private final Pattern byName;
    private final Pattern bylineTail;
    private final Pattern bioSubject;
    private final Pattern properPhrase;
    private final Pattern organisationPhrase;
    private final Pattern notAName;
    private final Pattern nameSeparator;
    private final Pattern nameSuffix;
    private final Pattern writtenDate;
    private final Pattern tagLabel;
    private final Pattern siteDomain;

    private MetadataExtractor(Builder b) {
        this.knowledge = b.knowledge;
        this.lexicon = knowledge.lexicon();
        this.gazetteer = knowledge.gazetteer();
        this.organisations = knowledge.organisations();
        this.publications = knowledge.publications();
        this.people = new PeopleFinder(knowledge.people(), lexicon.titles());
        this.taxonomy = knowledge.taxonomy();
        this.givenNames = lexicon.givenNames();
        this.summarizer = new Summarizer(lexicon);
        this.quotes = new QuoteFinder(lexicon, summarizer);
        this.nameParticles = Set.copyOf(lexicon.words(Lexicon.NAME_PARTICLES));
        this.organisationHeads = Set.copyOf(lexicon.words(Lexicon.ORGANISATION_HEADS));
        this.sectionLabels = lexicon.lowerCase(Lexicon.SECTION_LABELS);
        this.selfDescribing = Set.copyOf(lexicon.words(Lexicon.SELF_DESCRIBING_RULES));
        this.affiliationHeads = lexicon.words(Lexicon.AFFILIATION_HEADS);
        String honorific = lexicon.alternation(Lexicon.HONORIFICS);
        String leadIns = lexicon.alternation(Lexicon.BYLINE_LEAD_INS);
        this.honorifics = Pattern.compile("^(?:(?:" + honorific + ")\\.?\\s+)+", Pattern.CASE_INSENSITIVE);
        this.bylinePrefix = Pattern.compile("^(?:[-–—]\\s*)?(?:(?:" + leadIns + ")\\s+)?(?:(?:by|authors?:)\\s+)?",
                Pattern.CASE_INSENSITIVE);
        this.explicitByline = Pattern.compile("(?i)(?:[-–—]\\s*|(?:(?:" + leadIns + ")\\s+)?by\\s+|authors?:\\s*)");
        this.byName = Pattern.compile("(?i:\\bby)\\s+(\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){1,3}"
                + "(?:\\s+(?i:and)\\s+\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){1,3})?)");
        this.bylineTail = Pattern.compile("\\s+(?:the|this) (?:author|writer)s?\\b.*$|\\s*[|·•].*$|\\s+[-–—]\\s+.*$"
                + "|,?\\s+(?:in|for|from) \\p{Lu}.*$", Pattern.CASE_INSENSITIVE);
        String person = "\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,3}";
        this.bioSubject = Pattern.compile("^((?:(?i:" + honorific + ")\\.?\\s+)?" + person + "(?:\\s+and\\s+(?:(?i:"
                + honorific + ")\\.?\\s+)?" + person + ")?),?\\s+(?:" + lexicon.alternation(Lexicon.BIO_VERBS) + ")\\b");
        this.properPhrase = Pattern.compile("\\p{Lu}[\\p{L}'’&-]*(?:\\s+(?:(?:"
                + lexicon.alternation(Lexicon.AFFILIATION_CONNECTIVES)
                + ")\\s+)*\\p{Lu}[\\p{L}'’&-]*|\\s+\\([A-Z][A-Za-z.&-]+\\))*");
        // Within one line, its words apart by any horizontal space (the no-break space of &nbsp; too).
        this.organisationPhrase = Pattern.compile("\\p{Lu}[\\p{L}'’&-]*(?:\\h+(?:(?:"
                + lexicon.alternation(Lexicon.ORGANISATION_CONNECTIVES) + ")\\h+)*\\p{Lu}[\\p{L}'’&-]*)*");
        this.notAName = Pattern.compile("(?i).*\\b(" + lexicon.alternation(Lexicon.NOT_NAME_WORDS) + ")\\b.*");
        this.nameSeparator = Pattern.compile("\\s*(?:,|;|&|\\b(?:" + lexicon.alternation(Lexicon.NAME_SEPARATORS)
                + ")\\b)\\s*");
        this.nameSuffix = Pattern.compile("\\s+(?:" + lexicon.alternation(Lexicon.NAME_SUFFIXES) + ")\\.?$");
        String months = lexicon.alternation(Lexicon.MONTHS);
        this.writtenDate = Pattern.compile("(?i)((?:" + months + ")[a-z]*\\.?\\s+\\d{1,2},?\\s+\\d{4}"
                + "|\\d{1,2}\\s+(?:" + months + ")[a-z]*\\.?,?\\s+\\d{4})");
        this.tagLabel = Pattern.compile("(?i)^(" + lexicon.alternation(Lexicon.TAG_LABELS) + ")\\s*:\\s*");
        this.siteDomain = Pattern.compile("(?i)[\\w.-]+\\.(" + lexicon.alternation(Lexicon.SITE_DOMAINS) + ")");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** What this extractor knows. */
    public Knowledge knowledge() {
        return knowledge;
    }

    /** Extracts the metadata of one cleaned article. */
    public Metadata extract(CleanArticle article) {
        List<String> paragraphs = article.body().stream()
                .filter(p -> p.type() != PartType.HEADING).map(Part::text).toList();
        String body = article.body().stream().map(Part::text).collect(Collectors.joining("\n\n"));
        int words = Words.count(body);
        List<String> standfirst = article.all(PartType.STANDFIRST);
        String title = title(article, paragraphs);
        List<String> summary = !standfirst.isEmpty() ? standfirst : summarizer.summarize(paragraphs, words > 400 ? 3 : 2);
        List<Author> authors = authors(article);
        Set<String> authorKeys = authors.stream().map(a -> key(a.name())).collect(Collectors.toSet());
        String summaryText = String.join("\n", standfirst);
        String searchable = title + "\n" + summaryText + "\n" + body;

        List<CountryMention> countries = gazetteer.rank(title, summaryText, body);
        Map<String, Integer> orgCounts = organisations.count(searchable);
        unknownOrganisations(body).forEach((name, n) -> {
            if (!orgCounts.containsKey(name)) {
                orgCounts.put(name, n);
            }
        });
        List<String> orgs = new ArrayList<>(orgCounts.keySet());
        List<String> orgOrder = new ArrayList<>(orgs);
        orgs.sort((a, b) -> orgCounts.get(b) - orgCounts.get(a) != 0 ? orgCounts.get(b) - orgCounts.get(a)
                : orgOrder.indexOf(a) - orgOrder.indexOf(b));
        List<String> persons = people.find(searchable, name -> authorKeys.contains(key(name))
                || gazetteer.mentions(name).size() > 0 || organisations.canonical(name) != null
                || publications.canonical(name) != null);

        List<String> tags = tags(article);
        Optional<String> section = section(article, tags);
        return new Metadata(title, authors, publication(article), published(article), section, tags,
                taxonomy.classify(searchable, words), countries, persons, orgs, summary,
                quotes.find(paragraphs, persons), words);
    }

    /**
     * Organisations the lists do not know, by the general rule: a proper phrase of two or more words ending in, or
     * opening with, a word that names an institution ("Russian International Affairs Council", "Ministry of
     * Foreign Affairs"). Counted in the body only; countries, people and known names are left to their lists.
     */
    private Map<String, Integer> unknownOrganisations(String body) {
        Map<String, Integer> out = new LinkedHashMap<>();
        Matcher m = organisationPhrase.matcher(body);
        while (m.find()) {
            String phrase = m.group().replaceAll("\\h+", " ").strip().replaceFirst("^(The|A|An)\\s+", "").replaceAll("\\s+\\([^)]*\\)$", "")
                    .replaceFirst("^.*['’]s\\s+", "");
            List<String> words = Words.of(phrase);
            if (words.size() < 2 || words.size() > 8) {
                continue;
            }
            String last = words.get(words.size() - 1);
            boolean named = organisationHeads.contains(last)
                    || (organisationHeads.contains(words.get(0)) && phrase.contains(" of "));
            if (!named || organisations.canonical(phrase) != null || publications.canonical(phrase) != null
                    || gazetteer.isPlace(phrase)) {
                continue;
            }
            // "Nato Deputy Secretary General" and the like are titles; a country alone before a head is not a name.
            if (gazetteer.mentions(String.join(" ", words.subList(0, words.size() - 1))).size() == words.size() - 1) {
                continue;
            }
            out.merge(phrase, 1, Integer::sum);
        }
        return out;
    }

    // --- title -------------------------------------------------------------------------------------------

    private String title(CleanArticle article, List<String> paragraphs) {
        List<String> candidates = new ArrayList<>();
        String site = article.meta("og:site_name").orElse("");
        article.meta("jsonld:headline").map(t -> withoutSiteName(t, site)).ifPresent(candidates::add);
        article.meta("og:title").map(t -> withoutSiteName(t, site)).ifPresent(candidates::add);
        article.meta("twitter:title").map(t -> withoutSiteName(t, site)).ifPresent(candidates::add);
        // A scrape's first line "Headline - Site" is the page's own title: surer than any line that looks like one.
        Optional<String> pageTitle = article.first(PartType.PAGE_TITLE);
        pageTitle.filter(t -> siteName(t).isPresent()).map(t -> withoutSiteName(t, siteName(t).get()))
                .ifPresent(candidates::add);
        article.first(PartType.HEADLINE).ifPresent(candidates::add);
        article.meta("h1").ifPresent(candidates::add);
        pageTitle.ifPresent(candidates::add);
        article.meta("title").map(t -> withoutSiteName(t, site)).ifPresent(candidates::add);
        article.first(PartType.STANDFIRST).ifPresent(candidates::add);
        if (!paragraphs.isEmpty()) {
            List<String> first = summarizer.sentences(paragraphs.get(0));
            if (!first.isEmpty() && Words.count(first.get(0)) <= 30) {
                candidates.add(first.get(0));
            }
        }
        for (String c : candidates) {
            String t = c.replaceAll("\\s+", " ").strip();
            if (Words.count(t) >= 2 || unspacedLetters(t) >= 4) {
                return t;
            }
        }
        String source = article.source();
        return source.substring(source.lastIndexOf('/') + 1).replaceFirst("\\.[^.]+$", "");
    }

    /** Letters of scripts written without spaces between words (Chinese, Japanese, Thai…), where one "word" is a title. */
    private static long unspacedLetters(String text) {
        return text.codePoints().filter(cp -> switch (Character.UnicodeScript.of(cp)) {
            case HAN, HIRAGANA, KATAKANA, THAI, LAO, KHMER, MYANMAR, TIBETAN -> true;
            default -> false;
        }).count();
    }

    /** What a page's {@code og:site_name} says, tidied: a bare domain for a URL, the first part of a list. */
    static String siteLabel(String value) {
        String v = value.strip();
        if (v.matches("(?i)https?://.*")) {
            v = v.replaceFirst("(?i)^https?://(www\\.)?", "").replaceFirst("/.*$", "");
        }
        return v.split("\\s+[|–—]\\s+")[0].strip();
    }

    /** The site's name at the end of a page title ("… - The New York Times"), when it reads as a name. */
    static Optional<String> siteName(String pageTitle) {
        String[] parts = Words.TITLE_SEPARATOR.split(pageTitle);
        if (parts.length < 2) {
            return Optional.empty();
        }
        String last = parts[parts.length - 1].strip();
        int words = Words.count(last);
        boolean nameLike = words >= 1 && words <= 5 && Character.isUpperCase(last.codePointAt(0))
                && !last.endsWith("?") && !last.endsWith(".");
        String longest = java.util.Arrays.stream(parts).max(java.util.Comparator.comparingInt(Words::count)).orElse("");
        return nameLike && !longest.equals(parts[parts.length - 1]) ? Optional.of(last) : Optional.empty();
    }

    /**
     * "Headline | The Site" and "Headline - Site" lose the site's part: a last (or first) part that is the site's
     * name, a known publication, or a short name-like part. A headline with a dash of its own keeps it.
     */
    private String withoutSiteName(String title, String site) {
        String[] parts = Words.TITLE_SEPARATOR.split(title);
        if (parts.length < 2) {
            return title.strip();
        }
        String last = parts[parts.length - 1].strip();
        String first = parts[0].strip();
        if (isSiteName(last, site)) {
            return title.substring(0, title.lastIndexOf(last)).replaceAll("\\s+(?:[-|–—:•·]|::|\\|\\|)\\s*$", "").strip();
        }
        if (isSiteName(first, site) && !first.equals(title)) {
            return title.substring(title.indexOf(first) + first.length()).replaceAll("^\\s*(?:[-|–—:•·]|::|\\|\\|)\\s+", "").strip();
        }
        return title.strip();
    }

    private boolean isSiteName(String part, String site) {
        if (!site.isBlank() && Words.key(part).equals(Words.key(site))) {
            return true;
        }
        if (publications.canonical(part) != null || siteDomain.matcher(part).matches()) {
            return true;
        }
        // "TheHill", "IGN", "VentureBeat": one word, no article-like punctuation.
        return Words.count(part) == 1 && part.matches("\\p{Lu}[\\p{L}\\p{N}.&]*");
    }

    // --- authors -----------------------------------------------------------------------------------------

    private List<Author> authors(CleanArticle article) {
        Map<String, String> names = new LinkedHashMap<>(); // key -> display name
        Map<String, String> bios = new LinkedHashMap<>();
        String previous = "";
        List<String[]> bylines = new ArrayList<>();
        Set<String> implicit = new LinkedHashSet<>();
        for (Part p : article.parts()) {
            if (p.type() == PartType.BYLINE) {
                // "By" on a line of its own makes the name under it explicit.
                bylines.add(new String[] {p.text(), String.valueOf(previous.strip().matches("(?i)by:?"))});
            }
            previous = p.text();
        }
        for (String[] entry : bylines) {
            String byline = entry[0];
            boolean explicit = explicitByline.matcher(byline.strip()).lookingAt() || Boolean.parseBoolean(entry[1]);
            String rest = bylinePrefix.matcher(byline.strip()).replaceFirst("");
            Matcher bio = Pattern.compile("(?i)\\b(?:the|this) (?:author|writer)s? (?:is|are)\\b.*").matcher(rest);
            String bioText = bio.find() ? bio.group() : null;
            rest = bylineTail.matcher(rest).replaceFirst("");
            List<String> found = splitNames(rest);
            if (!explicit) {
                // Without "By", two capitalised words are as often a menu ("Company Town") or a trending topic
                // ("Donald Trump") as a name.
                found = found.stream().filter(n -> hasGivenName(n) && people.curated(n) == null).toList();
                implicit.addAll(found);
            }
            for (String n : found) {
                names.putIfAbsent(key(n), n);
                if (bioText != null && found.size() == 1) {
                    bios.putIfAbsent(key(n), bioText.replaceFirst("(?i)^(the|this) (author|writer)", n));
                }
            }
        }
        if (names.isEmpty()) {
            // "Monday November 18, 2019 7:45 am PST by Joe Rossignol", "By Bill Hoppe | Special to the Pioneer Press"
            List<String> lines = new ArrayList<>(article.all(PartType.DATELINE));
            lines.addAll(article.all(PartType.SECTION));
            for (String line : lines) {
                Matcher by = byName.matcher(line);
                while (by.find()) {
                    for (String n : splitNames(by.group(1))) {
                        names.putIfAbsent(key(n), n);
                    }
                }
            }
        }
        if (names.isEmpty()) {
            // "Chris Davies - Nov 19, 2019": a dateline that opens with the author's name.
            for (String dateline : article.all(PartType.DATELINE)) {
                String[] sides = dateline.split("\\s+[-|–—·•]\\s+|,\\s+(?=\\p{Lu}\\p{Ll}{2}\\.?\\s+\\d)", 2);
                if (sides.length == 2) {
                    for (String n : splitNames(bylinePrefix.matcher(sides[0]).replaceFirst(""))) {
                        names.putIfAbsent(key(n), n);
                    }
                }
            }
        }
        if (implicit.size() > 2) {
            // Three or more bare names near the headline are a list of other stories' authors.
            implicit.forEach(n -> names.remove(key(n)));
        }
        for (String key : lexicon.words(Lexicon.META_AUTHORS)) {
            for (String v : article.meta().getOrDefault(key, List.of())) {
                if (v.startsWith("http")) {
                    continue;
                }
                for (String n : splitNames(bylinePrefix.matcher(v).replaceFirst(""))) {
                    names.putIfAbsent(key(n), n);
                }
            }
        }
        for (String bio : article.all(PartType.BIO)) {
            Matcher m = bioSubject.matcher(bio);
            if (!m.find()) {
                continue;
            }
            List<String> found = splitNames(m.group(1));
            for (String n : found) {
                names.putIfAbsent(key(n), n);
                bios.putIfAbsent(key(n), bio);
            }
        }
        List<Author> out = new ArrayList<>();
        for (Map.Entry<String, String> e : names.entrySet()) {
            Optional<String> bio = Optional.ofNullable(bios.get(e.getKey()));
            out.add(new Author(e.getValue(), bio, bio.flatMap(this::affiliation)));
        }
        return out;
    }

    private static String titleCase(String upper) {
        StringBuilder out = new StringBuilder();
        boolean start = true;
        for (char c : upper.toLowerCase(Locale.ROOT).toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : c);
            start = !Character.isLetter(c);
        }
        return out.toString();
    }

    /** Splits "A, B and Dr. C" into display names, dropping anything that is not a person's name. */
    private List<String> splitNames(String text) {
        List<String> out = new ArrayList<>();
        for (String raw : nameSeparator.split(text)) {
            String n = honorifics.matcher(raw.strip()).replaceFirst("").replaceAll("[,.;:]+$", "").strip();
            n = nameSuffix.matcher(n).replaceAll("").replaceAll("\\s*@\\w+$", "");
            if (n.equals(n.toUpperCase(Locale.ROOT)) && n.chars().anyMatch(Character::isLetter)) {
                n = titleCase(n); // "VICTOR TANGERMANN" is Victor Tangermann
            }
            if (isPersonName(n)) {
                out.add(n);
            }
        }
        return out;
    }

    /** Whether a name opens with a known given name (or a family name written first). */
    private boolean hasGivenName(String name) {
        List<String> words = Words.of(name);
        return !words.isEmpty() && givenNames.contains(words.get(0).toLowerCase(Locale.ROOT));
    }

    private boolean isPersonName(String n) {
        List<String> words = Words.of(n);
        if (words.size() < 2 || words.size() > 5 || n.length() > 60 || n.matches(".*\\d.*")) {
            return false;
        }
        for (String w : words) {
            int c = w.codePointAt(0);
            if (!Character.isUpperCase(c) && !nameParticles.contains(w)) {
                return false;
            }
        }
        if (notAName.matcher(n).matches()) {
            return false;
        }
        return gazetteer.mentions(n).isEmpty() && organisations.canonical(n) == null
                && publications.canonical(n) == null && publications.find(n).isEmpty();
    }

    /**
     * The institution a bio names: in its first sentence, the proper phrase headed by the strongest institution
     * word ("University of Glasgow" rather than "School of Social and Political Sciences").
     */
    Optional<String> affiliation(String bio) {
        String first = summarizer.sentences(bio).stream().findFirst().orElse(bio);
        String best = null;
        int bestRank = Integer.MAX_VALUE;
        Matcher m = properPhrase.matcher(first);
        while (m.find()) {
            String phrase = m.group().strip();
            if (m.start() == 0) {
                continue; // the person's own name opens the bio
            }
            for (String w : Words.of(phrase)) {
                int rank = affiliationHeads.indexOf(w.toLowerCase(Locale.ROOT));
                if (rank >= 0 && rank < bestRank && Words.count(phrase) >= 2) {
                    bestRank = rank;
                    best = phrase;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** A comparison key for names: no accents, no case, no punctuation. */
    static String key(String name) {
        return Words.nameKey(name);
    }

    // --- publication, date, section, tags -----------------------------------------------------------------

    private Optional<String> publication(CleanArticle article) {
        for (String key : lexicon.words(Lexicon.META_PUBLICATION)) {
            Optional<String> v = article.meta(key).map(MetadataExtractor::siteLabel).filter(s -> !s.isBlank());
            if (v.isPresent()) {
                String c = publications.canonical(v.get());
                return Optional.of(c != null ? c : v.get());
            }
        }
        Map<String, Integer> votes = new LinkedHashMap<>();
        Optional<String> site = article.first(PartType.PAGE_TITLE).flatMap(MetadataExtractor::siteName);
        site.ifPresent(name -> {
            String c = publications.canonical(name);
            votes.merge(c != null ? c : name, 2, Integer::sum);
        });
        for (Part p : article.parts()) {
            // Only what a page says of itself: its banner, nags, footer, share bar, the author's note. Captions and
            // credits name agencies, teasers name other stories.
            boolean selfDescription = p.type() == PartType.BIO
                    || (p.type() == PartType.BOILERPLATE && selfDescribing.contains(p.rule()));
            if (!selfDescription) {
                continue;
            }
            for (PhraseMatcher.Hit<String> hit : publications.find(p.text())) {
                votes.merge(hit.value(), 1, Integer::sum);
            }
            Matcher welcome = Pattern.compile("(?i)welcome to (?:the )?(.{2,60})$").matcher(p.text());
            if (p.rule().equals("banner") && welcome.find()) {
                String name = welcome.group(1).strip();
                String c = publications.canonical(name);
                votes.merge(c != null ? c : name, 1, Integer::sum);
            }
        }
        return votes.entrySet().stream()
                .reduce((a, b) -> b.getValue() > a.getValue() ? b : a)
                .map(Map.Entry::getKey);
    }

    private Optional<LocalDate> published(CleanArticle article) {
        for (String key : lexicon.words(Lexicon.META_PUBLISHED)) {
            Optional<LocalDate> d = article.meta(key).flatMap(this::parseDate);
            if (d.isPresent()) {
                return d;
            }
        }
        List<String> stated = new ArrayList<>(article.all(PartType.DATELINE));
        stated.addAll(article.all(PartType.BYLINE)); // "By Tess Bonn - 11/19/19 06:56 AM EST"
        for (String line : stated) {
            Optional<LocalDate> d = parseDate(line);
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /** Parses the first ISO or written English date in {@code text}. */
    public Optional<LocalDate> parseDate(String text) {
        Matcher iso = ISO_DATE.matcher(text);
        if (iso.find()) {
            try {
                return Optional.of(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3))));
            } catch (java.time.DateTimeException e) {
                return Optional.empty();
            }
        }
        Matcher numeric = NUMERIC_DATE.matcher(text);
        if (numeric.find() && !writtenDate.matcher(text).find()) {
            int a = Integer.parseInt(numeric.group(1));
            int b = Integer.parseInt(numeric.group(2));
            int year = Integer.parseInt(numeric.group(3));
            year = year < 100 ? 2000 + year : year;
            // 21/06/2014 is day first, 11/19/19 month first; 03/04/2020 says neither, so it says nothing.
            int day = a > 12 ? a : b > 12 ? b : -1;
            int month = a > 12 ? b : b > 12 ? a : -1;
            if (day > 0) {
                try {
                    return Optional.of(LocalDate.of(year, month, day));
                } catch (java.time.DateTimeException e) {
                    return Optional.empty();
                }
            }
        }
        Matcher written = writtenDate.matcher(text);
        if (written.find()) {
            String s = written.group(1).replace(".", "").replaceAll("(?i)\\bsept\\b", "Sep").replaceAll("\\s+", " ");
            s = Character.toUpperCase(s.charAt(0)) + s.substring(1).toLowerCase(Locale.ROOT);
            s = capitaliseMonth(s);
            for (DateTimeFormatter f : DATE_FORMATS) {
                try {
                    return Optional.of(LocalDate.parse(s, f));
                } catch (DateTimeParseException ignored) {
                    // try the next form
                }
            }
        }
        return Optional.empty();
    }

    private static String capitaliseMonth(String s) {
        Matcher m = Pattern.compile("\\b([a-z])([a-z]+)\\b").matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, m.group(1).toUpperCase(Locale.ROOT) + m.group(2));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private Optional<String> section(CleanArticle article, List<String> tags) {
        for (String key : lexicon.words(Lexicon.META_SECTION)) {
            Optional<String> v = article.meta(key).filter(s -> !s.isBlank());
            if (v.isPresent()) {
                return v.map(String::strip);
            }
        }
        return article.first(PartType.SECTION).map(line -> {
            String[] sides = line.split("\\s*[|:]\\s*", 2);
            if (sides.length == 2) {
                if (sectionLabels.contains(sides[0].toLowerCase(Locale.ROOT))) {
                    return sides[1].strip();
                }
                return sides[0].strip();
            }
            return line.strip();
        });
    }

    private List<String> tags(CleanArticle article) {
        Set<String> tags = new LinkedHashSet<>();
        for (String line : article.all(PartType.TAGS)) {
            String value = tagLabel.matcher(line).replaceFirst("");
            tags.addAll(splitTags(value));
        }
        article.first(PartType.SECTION).ifPresent(line -> {
            String[] sides = line.split("\\s*\\|\\s*", 2);
            if (sides.length == 2 && !sectionLabels.contains(sides[0].toLowerCase(Locale.ROOT))) {
                tags.add(sides[1].strip());
            }
        });
        for (String key : lexicon.words(Lexicon.META_TAGS)) {
            for (String v : article.meta().getOrDefault(key, List.of())) {
                for (String t : v.split("\\s*[,;]\\s*")) {
                    if (!t.isBlank() && t.length() < 60) {
                        tags.add(t.strip());
                    }
                }
            }
        }
        Set<String> seen = new HashSet<>();
        List<String> out = new ArrayList<>();
        for (String t : tags) {
            if (seen.add(t.toLowerCase(Locale.ROOT))) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * Splits a tag line. Separators (comma, bar, bullet) split it; a line scraped from tag links without
     * separators is split where a capitalised word follows a lower-case one, keeping known multi-word names whole.
     */
    List<String> splitTags(String line) {
        if (line.matches(".*[,|•·;#].*")) {
            List<String> out = new ArrayList<>();
            for (String t : line.split("\\s*[,|•·;#]\\s*")) {
                if (!t.isBlank()) {
                    out.add(t.strip());
                }
            }
            return out;
        }
        String[] tokens = line.strip().split("\\s+");
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.length) {
            int end = knownPhraseEnd(tokens, i);
            StringBuilder tag = new StringBuilder(String.join(" ", java.util.Arrays.copyOfRange(tokens, i, end)));
            i = end;
            while (i < tokens.length && !startsUpper(tokens[i])) {
                tag.append(' ').append(tokens[i]);
                i++;
            }
            out.add(tag.toString());
        }
        return out;
    }

    private int knownPhraseEnd(String[] tokens, int i) {
        for (int len = Math.min(5, tokens.length - i); len >= 2; len--) {
            String phrase = String.join(" ", java.util.Arrays.copyOfRange(tokens, i, i + len));
            if (organisations.canonical(phrase) != null || publications.canonical(phrase) != null
                    || gazetteer.byName(phrase).isPresent()) {
                return i + len;
            }
        }
        return i + 1;
    }

    private static boolean startsUpper(String token) {
        return !token.isEmpty() && (Character.isUpperCase(token.codePointAt(0)) || Character.isDigit(token.codePointAt(0)));
    }

    /** Configures a {@link MetadataExtractor}. */
    public static final class Builder {
        private Knowledge knowledge = Knowledge.shipped();

        private Builder() {
        }

        /** What the extractor knows: the lexicon, gazetteer, name lists and taxonomy. */
        public Builder knowledge(Knowledge knowledge) {
            this.knowledge = knowledge;
            return this;
        }

        /** The shipped knowledge with what a project folder's data files add. */
        public Builder dataDirectory(Path dataDirectory) {
            return knowledge(Knowledge.load(dataDirectory));
        }

        public MetadataExtractor build() {
            return new MetadataExtractor(this);
        }
    }
}
