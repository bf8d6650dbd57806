package io.github.dossier.extract;

import io.github.dossier.clean.CleanArticle;
import io.github.dossier.clean.Part;
import io.github.dossier.clean.PartType;
import io.github.dossier.internal.Words;
import io.github.dossier.knowledge.Gazetteer;
import io.github.dossier.knowledge.Knowledge;
import io.github.dossier.knowledge.Lexicon;
import io.github.dossier.knowledge.NameList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who wrote an article, with their bio and affiliation where the page gives them: bylines ("By …", a name line
 * under the headline, "- Name The author is …"), "… by Name" in a dateline, a dateline opening with a name, the
 * page's meta, and end bios ("Dr. Name is a lecturer in …"). Honorifics go; a bare name line counts only if it
 * opens with a known given name, so menus and places never become authors. Immutable and thread-safe.
 */
final class Bylines {

    /** "… The author is a fellow at …" inside a byline: the author's bio. */
    private static final Pattern AUTHOR_IS = Pattern.compile("(?i)\\b(?:the|this) (?:author|writer)s? (?:is|are)\\b.*");

    private final Gazetteer gazetteer;
    private final NameList organisations;
    private final NameList publications;
    private final PeopleFinder people;
    private final Summarizer sentences;
    private final List<String> metaKeys;
    private final List<String> bylineElementKeys;
    private final List<String> publicationKeys;
    private final Set<String> givenNames;
    private final Set<String> nameParticles;
    private final List<String> affiliationHeads;
    private final Pattern honorifics;
    private final Pattern bylinePrefix;
    private final Pattern explicitByline;
    private final Pattern byName;
    private final Pattern bylineTail;
    private final Pattern bioSubject;
    private final Pattern properPhrase;
    private final Pattern notAName;
    private final Pattern nameSeparator;
    private final Pattern nameSuffix;
    private final Pattern gluedByWord;
    private final Set<String> organisationWords;
    private final Set<String> anonymous;
    private final Set<String> englishStopwords;
    /** "Name @handle …" or "Name View More Articles": group 1 the name, group 2 the handle when there is one. */
    private final Pattern authorBox;

    Bylines(Knowledge knowledge, PeopleFinder people, Summarizer sentences) {
        Lexicon lexicon = knowledge.lexicon();
        this.gazetteer = knowledge.gazetteer();
        this.organisations = knowledge.organisations();
        this.publications = knowledge.publications();
        this.people = people;
        this.sentences = sentences;
        this.metaKeys = lexicon.words(Lexicon.META_AUTHORS);
        this.bylineElementKeys = lexicon.words(Lexicon.META_BYLINE_ELEMENTS);
        this.publicationKeys = lexicon.words(Lexicon.META_PUBLICATION);
        this.givenNames = lexicon.givenNames();
        this.nameParticles = Set.copyOf(lexicon.words(Lexicon.NAME_PARTICLES));
        this.affiliationHeads = lexicon.words(Lexicon.AFFILIATION_HEADS);
        String honorific = lexicon.alternation(Lexicon.HONORIFICS);
        String leadIns = lexicon.alternation(Lexicon.BYLINE_LEAD_INS);
        this.honorifics = Pattern.compile("^(?:(?:" + honorific + ")\\.?\\s+)+", Pattern.CASE_INSENSITIVE);
        String by = "(?:" + lexicon.patterns(Lexicon.BYLINE_WORDS) + ")(?:\\s*[:：／/|丨]\\s*|\\s+)";
        this.bylinePrefix = Pattern.compile("^(?:[-–—]\\s*)?(?:(?:" + leadIns + ")\\s+)?(?:" + by + ")?",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.explicitByline = Pattern.compile("(?:[-–—]\\s*|(?:(?:" + leadIns + ")\\s+)?" + by + ")",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.byName = Pattern.compile("(?i:\\bby)\\s+(\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){1,3}"
                + "(?:\\s+(?i:and)\\s+\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){1,3})?)");
        // What follows the names in a byline: a bio, a role after a bar or dash, "in Beijing", a handle, the date
        // and time ("By Joseph Tsidulko November 19, 2019, 07:47 PM EST", "By Kashmira Gander On 11/13/19").
        this.bylineTail = Pattern.compile("\\s+(?:the|this) (?:author|writer)s?\\b.*$|\\s*[|·•].*$|\\s+[-–—]\\s+.*$"
                + "|,?\\s+(?:in|for|from) \\p{Lu}.*$|\\s+@\\w.*$|,?\\s+(?:(?:" + lexicon.alternation(Lexicon.DATE_LEAD_INS) + ")\\s+)?\\d.*$"
                + "|,?\\s+(?:" + lexicon.monthAlternation() + ")\\.?\\s+\\d.*$"
                + "|,?\\s+(?:updated|published|posted)\\b.*$",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        String person = "\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,3}";
        this.bioSubject = Pattern.compile("^((?:(?i:" + honorific + ")\\.?\\s+)?" + person + "(?:\\s+and\\s+(?:(?i:"
                + honorific + ")\\.?\\s+)?" + person + ")?),?\\s+(?:" + lexicon.alternation(Lexicon.BIO_VERBS) + ")\\b");
        // A run of capitalised words, with the small words names of institutions contain.
        this.properPhrase = Pattern.compile("\\p{Lu}[\\p{L}'’&-]*(?:\\s+(?:(?:"
                + lexicon.alternation(Lexicon.AFFILIATION_CONNECTIVES)
                + ")\\s+)*\\p{Lu}[\\p{L}'’&-]*|\\s+\\([A-Z][A-Za-z.&-]+\\))*");
        this.notAName = Pattern.compile("(?i).*\\b(" + lexicon.alternation(Lexicon.NOT_NAME_WORDS) + ")\\b.*");
        this.nameSeparator = Pattern.compile("\\s*(?:,|;|&|\\b(?:" + lexicon.alternation(Lexicon.NAME_SEPARATORS)
                + ")\\b)\\s*");
        this.nameSuffix = Pattern.compile("\\s+(?:" + lexicon.alternation(Lexicon.NAME_SUFFIXES) + ")\\.?$");
        this.organisationWords = lexicon.lowerCase(Lexicon.ORGANISATION_AUTHOR_WORDS);
        this.anonymous = lexicon.lowerCase(Lexicon.ANONYMOUS_AUTHORS);
        this.englishStopwords = lexicon.stopwords("en");
        String name = "(\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,3})";
        this.authorBox = Pattern.compile(name + "\\s+(?:@(\\w{3,30})(?:\\s*(?:[/|·•]\\s*.{0,40})?$|$)|(?i:"
                + lexicon.alternation(Lexicon.AUTHOR_BOX_LINKS) + ")\\s*$)");
        // "ByAlex Bozarjian": the word and the name in two elements printed without a space.
        this.gluedByWord = Pattern.compile("^((?iu:" + lexicon.patterns(Lexicon.BYLINE_WORDS) + "))(?=\\p{Lu}\\p{Ll})");
    }

    /**
     * A byline, whether a line saying only "By" stood above it (which makes the name under it explicit), and
     * whether the article's paragraphs had begun above it.
     */
    private record Byline(String text, boolean afterBy, boolean afterBody) {
    }

    /** The authors an article names, in the order found, each once. */
    List<Author> authors(CleanArticle article) {
        Found found = new Found();
        Set<String> implicit = fromBylines(article, found);
        if (found.isEmpty()) {
            fromDatelineBy(article, found);
        }
        if (found.isEmpty()) {
            fromDatelineOpening(article, found);
        }
        if (implicit.size() > 2) {
            // Three or more bare names near the headline are a list of other stories' authors.
            implicit.forEach(found::remove);
        }
        Set<String> publisher = publisherKeys(article);
        fromMeta(article, found, metaKeys, publisher);
        if (found.isEmpty()) {
            fromMeta(article, found, bylineElementKeys, publisher);
        }
        fromBios(article, found);
        if (found.isEmpty()) {
            fromAuthorBoxes(article, found);
        }
        if (found.isEmpty()) {
            singleNames(article, found, publisher);
        }
        if (found.isEmpty()) {
            organisations(article, found, publisher);
        }
        // A "person" named as the site is ("Die Tagespresse", "Handball Schweiz") is the site signing, unless the
        // name opens with a given name, as a one-author blog's does ("Wolfgang Michal" on wolfgangmichal.de).
        for (String name : found.names()) {
            if (publisher.contains(Words.key(name)) && !hasGivenName(name)) {
                found.addOrganisation(name);
            }
        }
        return found.authors(this::affiliation);
    }

    /**
     * An author's box, wherever the page prints it: a name with its own social handle ("Catherine Shu
     * @catherineshu", the handle spelling the name) or with a link to the rest of its work ("Marcus De Guzman View
     * More Articles"). The first one only: a list of them is other stories'.
     */
    private void fromAuthorBoxes(CleanArticle article, Found found) {
        for (Part p : article.parts()) {
            Matcher box = authorBox.matcher(p.text().strip());
            if (!box.lookingAt()) {
                continue;
            }
            String name = honorifics.matcher(box.group(1)).replaceFirst("").strip();
            boolean spelled = box.group(2) != null && Words.of(name).stream()
                    .anyMatch(w -> w.length() >= 3 && box.group(2).toLowerCase(Locale.ROOT)
                            .contains(Words.nameKey(w).replace(" ", "")));
            if ((spelled || box.group(2) == null) && isPersonName(name)) {
                found.add(name);
                return;
            }
        }
    }

    /**
     * A person the page's structured data names by one name only ("Steffi", "David"): taken only when it is a
     * known given name and nothing else names anyone, never an account such as "admin".
     */
    private void singleNames(CleanArticle article, Found found, Set<String> publisherKeys) {
        for (String key : metaKeys) {
            for (String v : article.meta().getOrDefault(key, List.of())) {
                String n = honorifics.matcher(bylinePrefix.matcher(v.strip()).replaceFirst("")).replaceFirst("").strip();
                List<String> words = Words.of(n);
                if (words.size() == 1 && n.equals(words.get(0)) && Character.isUpperCase(n.codePointAt(0))
                        && givenNames.contains(n.toLowerCase(Locale.ROOT)) && !publisherKeys.contains(Words.key(n))
                        && !isAccount(n)) {
                    found.add(n);
                }
            }
        }
    }

    /**
     * Organisations signing as the author, when no person does: a JSON-LD author typed Organization; an author
     * meta tag holding a known publication or organisation, the page's own publisher, or a desk ("Editorial
     * Board", "Redaktion"); a byline "By Reuters" or "Guardian staff reporter".
     */
    private void organisations(CleanArticle article, Found found, Set<String> publisherKeys) {
        for (String v : article.meta().getOrDefault("jsonld:author:organisation", List.of())) {
            if (!v.startsWith("http") && !isAccount(v)) {
                found.addOrganisation(v.strip());
            }
        }
        for (String key : metaKeys) {
            for (String v : article.meta().getOrDefault(key, List.of())) {
                if (!v.startsWith("http")) {
                    organisationsIn(bylinePrefix.matcher(v.strip()).replaceFirst(""), true, publisherKeys, found);
                }
            }
        }
        for (Part p : article.parts()) {
            if (p.type() == PartType.BYLINE) {
                String text = unglued(p.text());
                boolean explicit = explicitByline.matcher(text).lookingAt();
                organisationsIn(bylinePrefix.matcher(text).replaceFirst(""), explicit, publisherKeys, found);
            }
        }
    }

    /** Whether {@code name} is an account that names nobody ("admin", "No Author"). */
    private boolean isAccount(String name) {
        return anonymous.contains(name.strip().toLowerCase(Locale.ROOT));
    }

    /** A byline line with its opening word set apart from a name printed against it: "ByAlex Bozarjian". */
    private String unglued(String line) {
        return gluedByWord.matcher(line.strip()).replaceFirst("$1 ");
    }

    /**
     * The organisations in a byline's names ("AP and Reuters", "dpa/lno"); a bare one only from a sure source. From
     * the page's own author field, a name that is no person's signs too: "The Water Coolest", an acronym
     * ("NDR"); but a handle ("Cortyn") or a name opening with a given name is a person's, a place nobody's.
     */
    private void organisationsIn(String names, boolean sure, Set<String> publisherKeys, Found found) {
        String rest = bylineTail.matcher(PARENTHETICAL.matcher(names).replaceAll(" ")).replaceFirst("").strip();
        // "dpa/lno" is two agencies, "Bündnis 90/Die Grünen" one party.
        if (rest.matches("[\\p{L}.-]+(?:\\s*/\\s*[\\p{L}.-]+)+")) {
            rest = rest.replace('/', ',');
        }
        for (String piece : nameSeparator.split(rest)) {
            String n = piece.strip().replaceAll("[,.;:]+$", "");
            List<String> words = Words.of(n);
            if (words.isEmpty() || words.size() > 6 || n.length() > 60 || n.startsWith("http") || n.contains("@")
                    || isAccount(n) || gazetteer.isPlace(n)) {
                continue;
            }
            boolean desk = words.stream().anyMatch(w -> organisationWords.contains(w.toLowerCase(Locale.ROOT)));
            String known = Optional.ofNullable(publications.canonical(n)).orElse(organisations.canonical(n));
            boolean named = sure && Character.isUpperCase(n.codePointAt(0)) && PERSON_NAME_CHARS.matcher(n).matches();
            // An acronym ("NDR") or a web address ("FLVW.de") is a body's name, not a person's handle.
            boolean acronym = words.size() == 1 && n.length() >= 2 && n.equals(n.toUpperCase(Locale.ROOT))
                    || n.matches(".*\\.\\p{L}{2,4}");
            if (known != null && (sure || desk)) {
                found.addOrganisation(known);
            } else if (desk || (sure && publisherKeys.contains(Words.key(n)))) {
                found.addOrganisation(n);
            } else if (named && (hasGivenName(n) || words.size() == 1 && !acronym)) {
                found.add(n);
            } else if (named) {
                found.addOrganisation(n);
            }
        }
    }

    /** Names from the byline lines; returns those that stood without "By" (implicit). */
    private Set<String> fromBylines(CleanArticle article, Found found) {
        String previous = "";
        boolean body = false;
        List<Byline> bylines = new ArrayList<>();
        for (Part p : article.parts()) {
            if (p.type() == PartType.BYLINE) {
                bylines.add(new Byline(p.text(), previous.strip().matches("(?i)by:?"), body));
            }
            body |= p.type() == PartType.PARAGRAPH;
            previous = p.text();
        }
        Set<String> implicit = new LinkedHashSet<>();
        for (Byline byline : bylines) {
            if (byline.afterBody() && !found.isEmpty()) {
                break; // the article's byline was above its paragraphs: one below them is another story's
            }
            String text = unglued(byline.text());
            boolean explicit = explicitByline.matcher(text).lookingAt() || byline.afterBy();
            String rest = bylinePrefix.matcher(text).replaceFirst("");
            Matcher bio = AUTHOR_IS.matcher(rest);
            String bioText = bio.find() ? bio.group() : null;
            rest = bylineTail.matcher(rest).replaceFirst("");
            List<String> names = splitNames(rest);
            if (!explicit) {
                // Without "By", two capitalised words are as often a menu ("Company Town") or a trending topic
                // ("Donald Trump") as a name.
                names = names.stream().filter(n -> hasGivenName(n) && people.curated(n) == null).toList();
                implicit.addAll(names);
            }
            for (String n : names) {
                found.add(n);
                if (bioText != null && names.size() == 1) {
                    found.addBio(n, bioText.replaceFirst("(?i)^(the|this) (author|writer)", n));
                }
            }
        }
        return implicit;
    }

    /** "Monday November 18, 2019 7:45 am PST by Joe Rossignol", "By Bill Hoppe | Special to the Pioneer Press". */
    private void fromDatelineBy(CleanArticle article, Found found) {
        List<String> lines = new ArrayList<>(article.all(PartType.DATELINE));
        lines.addAll(article.all(PartType.SECTION));
        for (String line : lines) {
            Matcher by = byName.matcher(line);
            while (by.find()) {
                splitNames(by.group(1)).forEach(found::add);
            }
        }
    }

    /** "Chris Davies - Nov 19, 2019": a dateline that opens with the author's name. */
    private void fromDatelineOpening(CleanArticle article, Found found) {
        for (String dateline : article.all(PartType.DATELINE)) {
            String[] sides = dateline.split("\\s+[-|–—·•]\\s+|,\\s+(?=\\p{Lu}\\p{Ll}{2}\\.?\\s+\\d)", 2);
            if (sides.length == 2) {
                splitNames(bylinePrefix.matcher(sides[0]).replaceFirst("")).forEach(found::add);
            }
        }
    }

    /**
     * What the page's meta says of its authors: links to author pages are no names, nor is the page's own
     * publisher ({@code meta name=author} holding "Condé Nast"). A byline's tail ("| Lifestyle Writer") goes.
     */
    private void fromMeta(CleanArticle article, Found found, List<String> keys, Set<String> publisherKeys) {
        for (String key : keys) {
            for (String v : article.meta().getOrDefault(key, List.of())) {
                if (v.startsWith("http") || publisherKeys.contains(Words.key(v))) {
                    continue;
                }
                String rest = bylineTail.matcher(bylinePrefix.matcher(v.strip()).replaceFirst("")).replaceFirst("");
                splitNames(rest).forEach(found::add);
            }
        }
    }

    /** The keys ({@link Words#key}) of the site's name and publisher as the page's meta gives them. */
    private Set<String> publisherKeys(CleanArticle article) {
        Set<String> keys = new java.util.HashSet<>();
        article.first(PartType.PAGE_TITLE).or(() -> article.meta("title")).flatMap(Titles::siteName)
                .ifPresent(site -> keys.add(Words.key(site)));
        for (String key : publicationKeys) {
            for (String v : article.meta().getOrDefault(key, List.of())) {
                keys.add(Words.key(v));
                for (String part : v.split("\\s+[|–—-]\\s+")) {
                    keys.add(Words.key(part)); // "Achtsam durch die Krise | Die FURCHE"
                }
            }
        }
        return keys;
    }

    /** "Dr. Jane Doe is a lecturer at …": an end bio names its author, and is their bio. */
    private void fromBios(CleanArticle article, Found found) {
        for (String bio : article.all(PartType.BIO)) {
            Matcher m = bioSubject.matcher(bio);
            if (m.find()) {
                for (String n : splitNames(m.group(1))) {
                    found.add(n);
                    found.addBio(n, bio);
                }
            }
        }
    }

    /** The names found so far, each once (its first spelling kept), with the bio found for it. */
    private static final class Found {
        private final Map<String, String> names = new LinkedHashMap<>();
        private final Map<String, String> bios = new LinkedHashMap<>();
        private final Set<String> organisations = new java.util.HashSet<>();

        void add(String name) {
            names.putIfAbsent(Words.nameKey(name), name);
        }

        void addOrganisation(String name) {
            add(name);
            organisations.add(Words.nameKey(name));
        }

        List<String> names() {
            return List.copyOf(names.values());
        }

        void addBio(String name, String bio) {
            bios.putIfAbsent(Words.nameKey(name), bio);
        }

        void remove(String name) {
            names.remove(Words.nameKey(name));
        }

        boolean isEmpty() {
            return names.isEmpty();
        }

        List<Author> authors(Function<String, Optional<String>> affiliation) {
            List<Author> out = new ArrayList<>();
            for (Map.Entry<String, String> e : names.entrySet()) {
                if (organisations.contains(e.getKey())) {
                    out.add(Author.organisation(e.getValue()));
                    continue;
                }
                Optional<String> bio = Optional.ofNullable(bios.get(e.getKey()));
                out.add(new Author(e.getValue(), bio, bio.flatMap(affiliation)));
            }
            return out;
        }
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
        // "Cécile Ducourtieux (Brussels, European bureau)": what is in brackets says where, not who.
        for (String raw : nameSeparator.split(PARENTHETICAL.matcher(text).replaceAll(" "))) {
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

    /** Whether {@code n} reads as a person's name: two to five capitalised words, no place, organisation or desk. */
    private static final Pattern PARENTHETICAL = Pattern.compile("\\s*\\([^)]*\\)?");
    /** What a name is written with: letters, marks, spaces, dots, apostrophes and hyphens. */
    private static final Pattern PERSON_NAME_CHARS = Pattern.compile("[\\p{L}\\p{M} .'’-]+");

    boolean isPersonName(String n) {
        List<String> words = Words.of(n);
        if (words.size() >= 2 && words.size() <= 4 && words.size() == n.codePointCount(0, n.length())
                && words.stream().allMatch(w -> Words.isIdeographic(w.codePointAt(0)))) {
            return true; // a Chinese name, family name first: 王立新
        }
        if (words.size() < 2 || words.size() > 5 || n.length() > 60 || !PERSON_NAME_CHARS.matcher(n).matches()
                || words.stream().allMatch(w -> w.length() == 1)) {
            return false; // "A+A", "Ducourtieux(Bruxelles", "2 A B": no one's name
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
        String opening = words.get(0).toLowerCase(Locale.ROOT);
        if (englishStopwords.contains(opening) && !givenNames.contains(opening)) {
            return false; // "By Any Means Necessary" is a show, "Our Team" a menu; "Will Smith" is a person
        }
        return gazetteer.mentions(n).isEmpty() && organisations.canonical(n) == null
                && publications.canonical(n) == null && publications.find(n).isEmpty();
    }

    /**
     * The institution a bio names: in its first sentence, the proper phrase headed by the strongest institution
     * word ("University of Glasgow" rather than "School of Social and Political Sciences").
     */
    Optional<String> affiliation(String bio) {
        String first = sentences.sentences(bio).stream().findFirst().orElse(bio);
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

}
