package io.github.dossier.extract;

import io.github.dossier.clean.CleanArticle;
import io.github.dossier.clean.Part;
import io.github.dossier.clean.PartType;
import io.github.dossier.internal.Words;
import io.github.dossier.knowledge.Knowledge;
import io.github.dossier.knowledge.Lexicon;
import io.github.dossier.knowledge.LinearModel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who wrote an article, with their bio and affiliation where the page gives them: bylines ("By …", a name line
 * under the headline, "- Name The author is …"), "… by Name" in a dateline, a dateline opening with a name, the
 * page's meta, and end bios ("Dr. Name is a lecturer in …"). Honorifics go; a bare name line counts only if it
 * opens with a known given name, so menus and places never become authors. A desk or the site signing is the page's
 * publication ({@link Desks}), and the company a copyright line names is no author beside another. This class finds
 * where a page names its authors; {@link AuthorNames} reads the names out of what it finds. Immutable and
 * thread-safe.
 */
final class Bylines {

    /** "… The author is a fellow at …" inside a byline: the author's bio. */
    private static final Pattern AUTHOR_IS = Pattern.compile("(?i)\\b(?:the|this) (?:author|writer)s? (?:is|are)\\b.*");
    /** A bar or a dash between a site's name and an author's. */
    private static final Pattern SITE_THEN_NAME = Pattern.compile("\\s+[|–—-]\\s+");

    private final PeopleFinder people;
    private final Summarizer sentences;
    private final AuthorNames authorNames;
    private final Desks desks;
    private final SiteNames sites;
    private final List<String> metaKeys;
    private final List<String> bylineElementKeys;
    private final List<String> publicationKeys;
    private final Set<String> givenNames;
    private final List<String> affiliationHeads;
    private final Pattern byName;
    private final Pattern bioSubject;
    private final Pattern properPhrase;
    /** "Name @handle …" or "Name View More Articles": group 1 the name, group 2 the handle when there is one. */
    private final Pattern authorBox;
    private final AuthorCandidates candidates;
    /** The learned choice among the names a page may be signed by, when the rules find none; null for the rules alone. */
    private final LinearModel model;
    /** The least probability for a candidate the learned choice takes. */
    private static final double TAKE = 0.10;

    Bylines(Knowledge knowledge, PeopleFinder people, Summarizer sentences, LinearModel model) {
        Lexicon lexicon = knowledge.lexicon();
        this.model = model;
        this.people = people;
        this.sentences = sentences;
        this.authorNames = new AuthorNames(knowledge);
        this.candidates = new AuthorCandidates(knowledge, authorNames);
        this.sites = new SiteNames(lexicon, knowledge.gazetteer());
        this.desks = new Desks(lexicon, sites);
        this.metaKeys = lexicon.words(Lexicon.META_AUTHORS);
        this.bylineElementKeys = lexicon.words(Lexicon.META_BYLINE_ELEMENTS);
        this.publicationKeys = lexicon.words(Lexicon.META_PUBLICATION);
        this.givenNames = lexicon.givenNames();
        this.affiliationHeads = lexicon.words(Lexicon.AFFILIATION_HEADS);
        String honorific = lexicon.alternation(Lexicon.HONORIFICS);
        this.byName = Pattern.compile("(?i:\\bby)\\s+(\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){1,3}"
                + "(?:\\s+(?i:and)\\s+\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){1,3})?)");
        String person = "\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,3}";
        this.bioSubject = Pattern.compile("^((?:(?i:" + honorific + ")\\.?\\s+)?" + person + "(?:\\s+and\\s+(?:(?i:"
                + honorific + ")\\.?\\s+)?" + person + ")?),?\\s+(?:" + lexicon.alternation(Lexicon.BIO_VERBS) + ")\\b");
        // A run of capitalised words, with the small words names of institutions contain.
        this.properPhrase = Pattern.compile("\\p{Lu}[\\p{L}'’&-]*(?:\\s+(?:(?:"
                + lexicon.alternation(Lexicon.AFFILIATION_CONNECTIVES)
                + ")\\s+)*\\p{Lu}[\\p{L}'’&-]*|\\s+\\([A-Z][A-Za-z.&-]+\\))*");
        String name = "(\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,3})";
        this.authorBox = Pattern.compile(name + "\\s+(?:@(\\w{3,30})(?:\\s*(?:[/|·•]\\s*.{0,40})?$|$)|(?i:"
                + lexicon.alternation(Lexicon.AUTHOR_BOX_LINKS) + ")\\s*$)");
    }

    /**
     * A byline, whether a line saying only "By" stood above it (which makes the name under it explicit), and
     * whether the article's paragraphs had begun above it.
     */
    private record Byline(String text, boolean afterBy, boolean afterBody) {
    }

    /**
     * The authors an article names, in the order found, each once; a desk or the site signing as the page's
     * {@code publication} ({@link Desks}).
     */
    List<Author> authors(CleanArticle article, Optional<String> publication) {
        FoundAuthors found = new FoundAuthors();
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
        if (found.isEmpty() && model != null) {
            learned(article, found, publisher);
        }
        if (found.isEmpty()) {
            organisations(article, found, publisher);
        }
        // A "person" named as the site is ("Die Tagespresse", "Handball Schweiz") is the site signing, unless the
        // name opens with a given name, as a one-author blog's does ("Wolfgang Michal" on wolfgangmichal.de).
        for (String name : found.names()) {
            if (publisher.contains(Words.key(name)) && !authorNames.hasGivenName(name)) {
                found.addOrganisation(name);
            }
        }
        // The company that owns the page ("Copyright (c) Condé Nast 2019") wrote nothing another author signs.
        Set<String> owners = owners(article);
        for (String name : found.names()) {
            if (found.names().size() > 1 && owners.contains(Words.nameKey(name)) && !authorNames.hasGivenName(name)) {
                found.remove(name);
            }
        }
        for (String name : found.organisationNames()) {
            found.resign(name, desks.signing(name, publication));
        }
        return found.authors(this::affiliation);
    }

    /**
     * Where the rules find no one, the names the learned model reads as the page's authors, in the page's order: no
     * more than three, none the site's own name, nor an organisation or publication the knowledge lists (which sign
     * as organisations, below).
     */
    private void learned(CleanArticle article, FoundAuthors found, Set<String> publisher) {
        for (AuthorCandidates.Candidate c : candidates.of(article, publisher)) {
            if (found.names().size() < 3 && model.probability(c.features()) >= TAKE && !authorNames.isAccount(c.name())
                    && !publisher.contains(Words.key(c.name())) && !candidates.known(c.name())) {
                found.add(c.name());
            }
        }
    }

    /** The names a page may be signed by, with their features: what the learned choice reads and is trained on. */
    List<AuthorCandidates.Candidate> candidates(CleanArticle article) {
        return candidates.of(article, publisherKeys(article));
    }

    /**
     * An author's box, wherever the page prints it: a name with its own social handle ("Catherine Shu
     * @catherineshu", the handle spelling the name) or with a link to the rest of its work ("Marcus De Guzman View
     * More Articles"). The first one only: a list of them is other stories'.
     */
    private void fromAuthorBoxes(CleanArticle article, FoundAuthors found) {
        for (Part p : article.parts()) {
            Matcher box = authorBox.matcher(p.text().strip());
            if (!box.lookingAt()) {
                continue;
            }
            String name = authorNames.withoutHonorifics(box.group(1)).strip();
            boolean spelled = box.group(2) != null && Words.of(name).stream()
                    .anyMatch(w -> w.length() >= 3 && box.group(2).toLowerCase(Locale.ROOT)
                            .contains(Words.nameKey(w).replace(" ", "")));
            if ((spelled || box.group(2) == null) && authorNames.isPersonName(name)) {
                found.add(name);
                return;
            }
        }
    }

    /**
     * A person the page's structured data names by one name only ("Steffi", "David"): taken only when it is a
     * known given name and nothing else names anyone, never an account such as "admin".
     */
    private void singleNames(CleanArticle article, FoundAuthors found, Set<String> publisherKeys) {
        for (String key : metaKeys) {
            for (String v : article.meta().getOrDefault(key, List.of())) {
                String n = authorNames.withoutHonorifics(authorNames.withoutPrefix(v.strip())).strip();
                List<String> words = Words.of(n);
                if (words.size() == 1 && n.equals(words.get(0)) && Character.isUpperCase(n.codePointAt(0))
                        && givenNames.contains(n.toLowerCase(Locale.ROOT)) && !publisherKeys.contains(Words.key(n))
                        && !authorNames.isAccount(n)) {
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
    private void organisations(CleanArticle article, FoundAuthors found, Set<String> publisherKeys) {
        for (String v : article.meta().getOrDefault("jsonld:author:organisation", List.of())) {
            if (!v.startsWith("http") && !authorNames.isAccount(v)) {
                found.addOrganisation(v.strip());
            }
        }
        for (String key : metaKeys) {
            for (String v : article.meta().getOrDefault(key, List.of())) {
                if (!v.startsWith("http")) {
                    authorNames.organisationsIn(authorNames.withoutPrefix(v.strip()), true, publisherKeys, found);
                }
            }
        }
        for (Part p : article.parts()) {
            if (p.type() == PartType.BYLINE) {
                String text = authorNames.unglued(p.text());
                boolean explicit = authorNames.isExplicit(text);
                authorNames.organisationsIn(authorNames.withoutPrefix(text), explicit, publisherKeys, found);
            }
        }
    }




    /** Names from the byline lines; returns those that stood without "By" (implicit). */
    private Set<String> fromBylines(CleanArticle article, FoundAuthors found) {
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
            String text = authorNames.unglued(byline.text());
            boolean explicit = authorNames.isExplicit(text) || byline.afterBy();
            String rest = authorNames.withoutPrefix(text);
            if (!rest.isEmpty() && Character.isLowerCase(rest.codePointAt(0)) && Words.count(rest) > 3) {
                continue; // "By entering this store you agree to …": a sentence, not a byline
            }
            Matcher bio = AUTHOR_IS.matcher(rest);
            String bioText = bio.find() ? bio.group() : null;
            rest = authorNames.withoutTail(rest);
            List<String> names = authorNames.split(rest);
            if (!explicit) {
                // Without "By", two capitalised words are as often a menu ("Company Town") or a trending topic
                // ("Donald Trump") as a name.
                names = names.stream().filter(n -> authorNames.hasGivenName(n) && people.curated(n) == null).toList();
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
    private void fromDatelineBy(CleanArticle article, FoundAuthors found) {
        List<String> lines = new ArrayList<>(article.all(PartType.DATELINE));
        lines.addAll(article.all(PartType.SECTION));
        for (String line : lines) {
            Matcher by = byName.matcher(line);
            while (by.find()) {
                authorNames.split(by.group(1)).forEach(found::add);
            }
        }
    }

    /** "Chris Davies - Nov 19, 2019": a dateline that opens with the author's name. */
    private void fromDatelineOpening(CleanArticle article, FoundAuthors found) {
        for (String dateline : article.all(PartType.DATELINE)) {
            String[] sides = dateline.split("\\s+[-|–—·•]\\s+|,\\s+(?=\\p{Lu}\\p{Ll}{2}\\.?\\s+\\d)", 2);
            if (sides.length == 2) {
                authorNames.split(authorNames.withoutPrefix(sides[0])).forEach(found::add);
            }
        }
    }

    /**
     * What the page's meta says of its authors: links to author pages are no names, nor is the page's own
     * publisher ({@code meta name=author} holding "Condé Nast"). A byline's tail ("| Lifestyle Writer") goes.
     */
    private void fromMeta(CleanArticle article, FoundAuthors found, List<String> keys, Set<String> publisherKeys) {
        for (String key : keys) {
            for (String v : article.meta().getOrDefault(key, List.of())) {
                if (v.startsWith("http") || publisherKeys.contains(Words.key(v))) {
                    continue;
                }
                String rest = authorNames.withoutTail(authorNames.withoutPrefix(withoutSite(v.strip(), publisherKeys)));
                authorNames.split(rest).forEach(found::add);
            }
        }
    }

    /** "unocero - Alberto Ávila": an author field's name after the site's, which is no part of it. */
    private static String withoutSite(String value, Set<String> publisherKeys) {
        String[] parts = SITE_THEN_NAME.split(value, 2);
        return parts.length == 2 && publisherKeys.contains(Words.key(parts[0])) ? parts[1] : value;
    }

    /** The keys ({@link Words#nameKey}) of who the page's copyright lines say own it. */
    private Set<String> owners(CleanArticle article) {
        Set<String> keys = new java.util.HashSet<>();
        List<String> lines = new ArrayList<>(article.meta().getOrDefault("copyright", List.of()));
        article.parts().stream().filter(p -> p.type() == PartType.BOILERPLATE).map(Part::text).forEach(lines::add);
        for (String line : lines) {
            sites.copyrightHolder(line).ifPresent(h -> keys.add(Words.nameKey(h)));
        }
        return keys;
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
    private void fromBios(CleanArticle article, FoundAuthors found) {
        for (String bio : article.all(PartType.BIO)) {
            Matcher m = bioSubject.matcher(bio);
            if (m.find()) {
                for (String n : authorNames.split(m.group(1))) {
                    found.add(n);
                    found.addBio(n, bio);
                }
            }
        }
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
