package io.github.dossier.extract;

import io.github.dossier.clean.CleanArticle;
import io.github.dossier.clean.Part;
import io.github.dossier.clean.PartType;
import io.github.dossier.internal.Words;
import io.github.dossier.knowledge.Knowledge;
import io.github.dossier.knowledge.Lexicon;
import io.github.dossier.knowledge.NameList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a page may be signed by, wherever it prints them, for the learned choice of authors: a name after a byline
 * word anywhere on the page ("Veröffentlicht am 12. Juni 2017 von gizzmo", "yas! | By Cara Stiles | April 13",
 * "Eingestellt von Michel um 21:11"), a handle or a single name among them, and a line that is a person's name and
 * nothing more outside the article's paragraphs. Each comes with what the choice knows of it: the cue, the part and
 * where it stands from the article, its shape, whether the page's meta or the rules name it too. Every feature is
 * language-independent (the byline words are the lexicon's, in many languages); a value is 0 or 1, or scaled to
 * about that range. Immutable and thread-safe.
 */
final class AuthorCandidates {

    /** A name and its features, in the order of {@link #NAMES}. */
    record Candidate(String name, double[] features) {
    }

    private static final PartType[] TYPES = {PartType.BYLINE, PartType.DATELINE, PartType.HEADLINE,
        PartType.SECTION, PartType.STANDFIRST, PartType.PARAGRAPH, PartType.BOILERPLATE};

    /** The features' names, in the order {@link #of} gives their values. */
    static final List<String> NAMES;

    static {
        List<String> names = new ArrayList<>(List.of("cue.lead-in", "cue.opening", "cue.inside", "cue.none"));
        for (PartType t : TYPES) {
            names.add("part." + t.name().toLowerCase(Locale.ROOT));
        }
        names.addAll(List.of("part.other", "removed.links", "removed.date", "removed.outside", "where.header",
                "where.tail", "where.body", "distance", "part.short", "date.after", "date.in-part", "words.one",
                "words.two", "words.three-plus", "handle", "given-name", "person-name", "stopword", "full-stop",
                "in-meta", "in-meta.author", "repeated", "publisher", "known-organisation", "capitals"));
        NAMES = List.copyOf(names);
    }

    /** A byline word, with a lead-in before it or not: group 1 the lead-in. */
    private final Pattern cue;
    /** The name part of what follows a cue: capitalised words with particles, or one handle. */
    private static final Pattern NAME_RUN = Pattern.compile("^(?:(\\p{Lu}[\\p{L}\\p{M}.'’-]*(?:\\s+(?:(?:von|van|de|der|"
            + "den|da|di|del|la|le|du|dos|das|zu|y|bin|al)\\s+)*\\p{Lu}[\\p{L}\\p{M}.'’-]*){0,3}(?:\\s*(?:,|&|\\band\\b|\\bund\\b|"
            + "\\bet\\b|\\by\\b|\\be\\b|\\bi\\b)\\s*\\p{Lu}[\\p{L}\\p{M}.'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}.'’-]*){0,3}){0,3})"
            + "|([\\p{Ll}\\p{N}][\\p{L}\\p{N}._-]{2,24})(?=$|[\\s,|·•:;)]))");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:,|&|\\s(?:and|und|et|y|e|i)\\s)\\s*");
    /** Where a part is weighed for a bare name line: near the article, no further. */
    private static final int REACH = 12;

    private final AuthorNames authorNames;
    private final List<String> metaKeys;
    private final NameList organisations;
    private final NameList publications;
    private final Set<String> stopwords;
    /** What follows an author's name when a date does: "am 12. Juni", "on 11/13/19", "| April 13, 2020", "um 21:11". */
    private final Pattern dateAfter;
    /** A date or a time in a line. */
    private static final Pattern DATE = Pattern.compile("\\b\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}\\b|\\b(?:19|20)\\d{2}\\b"
            + "|\\b\\d{1,2}:\\d{2}\\b");

    AuthorCandidates(Knowledge knowledge, AuthorNames authorNames) {
        Lexicon lexicon = knowledge.lexicon();
        this.authorNames = authorNames;
        this.metaKeys = lexicon.words(Lexicon.META_AUTHORS);
        this.organisations = knowledge.organisations();
        this.publications = knowledge.publications();
        java.util.Set<String> words = new java.util.HashSet<>();
        lexicon.languages().codes().forEach(code -> words.addAll(lexicon.languages().stopwords(code)));
        this.stopwords = Set.copyOf(words);
        this.dateAfter = Pattern.compile("\\s*(?:[|·•,–—-]\\s*)?(?:(?:" + lexicon.alternation(Lexicon.DATE_LEAD_INS)
                + "|um|at)\\s+)?(?:\\d|(?:" + lexicon.monthAlternation() + "))", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.cue = Pattern.compile("(?:^|(?<=[\\s|(·•,:]))(?:(" + lexicon.alternation(Lexicon.BYLINE_LEAD_INS)
                + ")\\s+(?:\\S+\\s+){0,6}?)?(?:" + lexicon.patterns(Lexicon.BYLINE_WORDS) + ")(?:\\s*[:：]\\s*|\\s+)",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * The names the page may be signed by, each once (its first printing), in the page's order; {@code publisherKeys}
     * are the keys ({@link Words#key}) of the site's own names.
     */
    List<Candidate> of(CleanArticle article, Set<String> publisherKeys) {
        List<Part> parts = article.parts();
        int first = -1;
        int last = -1;
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).type().isBody()) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        Map<String, Found> found = new LinkedHashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            String text = authorNames.unglued(p.text()).strip();
            if (text.isEmpty() || Words.count(text) > 40) {
                continue;
            }
            Matcher m = cue.matcher(text);
            boolean cued = false;
            while (m.find()) {
                Matcher name = NAME_RUN.matcher(text.substring(m.end()));
                if (!name.find()) {
                    continue;
                }
                int kind = m.group(1) != null ? 0 : m.start() == 0 ? 1 : 2;
                String after = text.substring(m.end() + name.end());
                if (name.group(1) != null) {
                    for (String n : SEPARATOR.split(name.group(1))) {
                        add(found, authorNames.withoutHonorifics(n).replaceAll("[,;:]+$", "").strip(), kind, i, p, text,
                                after);
                    }
                } else {
                    add(found, name.group(2), kind, i, p, text, after);
                }
                cued = true;
            }
            boolean near = first < 0 || i < first && first - i <= REACH || i > last && i - last <= REACH;
            if (!cued && near && !p.type().isBody() && authorNames.isPersonName(text)) {
                add(found, authorNames.withoutHonorifics(text), 3, i, p, text, "");
            }
        }
        if (found.isEmpty()) {
            return List.of();
        }
        java.util.Set<String> metaAll = new java.util.HashSet<>();
        java.util.Set<String> metaAuthors = new java.util.HashSet<>();
        article.meta().forEach((key, values) -> values.forEach(v -> {
            metaAll.add(Words.nameKey(v));
            if (metaKeys.contains(key)) {
                metaAuthors.add(Words.nameKey(v));
            }
        }));
        String page = Words.nameKey(parts.stream().map(Part::text).collect(java.util.stream.Collectors.joining("\n")));
        List<Candidate> out = new ArrayList<>();
        for (Found f : found.values()) {
            String key = Words.nameKey(f.name);
            double[] v = new double[NAMES.size()];
            int k = 0;
            v[k + f.cue] = 1;
            k += 4;
            int t = java.util.Arrays.asList(TYPES).indexOf(f.part.type());
            v[k + (t < 0 ? TYPES.length : t)] = 1;
            k += TYPES.length + 1;
            String rule = f.part.rule();
            v[k++] = rule.equals(io.github.dossier.clean.Rule.LINKS) ? 1 : 0;
            v[k++] = rule.equals("date") ? 1 : 0;
            v[k++] = rule.equals(io.github.dossier.clean.Rule.BEFORE_ARTICLE)
                    || rule.equals(io.github.dossier.clean.Rule.OUTSIDE_ARTICLE) ? 1 : 0;
            boolean header = first >= 0 && f.at < first;
            boolean tail = last >= 0 && f.at > last;
            v[k++] = header ? 1 : 0;
            v[k++] = tail ? 1 : 0;
            v[k++] = !header && !tail ? 1 : 0;
            int distance = first < 0 ? f.at : header ? first - f.at : tail ? f.at - last : 0;
            v[k++] = Math.min(1, Math.log1p(distance) / 4);
            v[k++] = Words.count(f.text) <= Words.count(f.name) + 6 ? 1 : 0;
            v[k++] = dateAfter.matcher(f.after).lookingAt() ? 1 : 0;
            v[k++] = DATE.matcher(f.text).find() ? 1 : 0;
            int words = Words.count(f.name);
            v[k++] = words == 1 ? 1 : 0;
            v[k++] = words == 2 ? 1 : 0;
            v[k++] = words >= 3 ? 1 : 0;
            v[k++] = Character.isLowerCase(f.name.codePointAt(0)) ? 1 : 0;
            v[k++] = authorNames.hasGivenName(f.name) ? 1 : 0;
            v[k++] = authorNames.isPersonName(f.name) ? 1 : 0;
            v[k++] = stopwords.contains(io.github.dossier.knowledge.Languages.normalise(Words.of(f.name).get(0))) ? 1 : 0;
            v[k++] = f.name.endsWith(".") ? 1 : 0;
            v[k++] = metaAll.stream().anyMatch(m -> m.contains(key)) ? 1 : 0;
            v[k++] = metaAuthors.stream().anyMatch(m -> m.contains(key)) ? 1 : 0;
            v[k++] = Math.min(1, Math.log1p(occurrences(page, key) - 1) / 2);
            v[k++] = publisherKeys.contains(Words.key(f.name)) ? 1 : 0;
            v[k++] = known(f.name) ? 1 : 0;
            v[k++] = f.name.equals(f.name.toUpperCase(Locale.ROOT)) && words >= 1 ? 1 : 0;
            out.add(new Candidate(f.name, v));
        }
        return out;
    }

    /** Whether the knowledge lists {@code name} as an organisation or a publication ("Reuters"): no person. */
    boolean known(String name) {
        return organisations.canonical(name) != null || publications.canonical(name) != null;
    }

    /**
     * A name's first printing: where, after what cue (0 a lead-in, 1 opening the part, 2 inside it, 3 none), and what
     * the part says after it.
     */
    private record Found(String name, int cue, int at, Part part, String text, String after) {
    }

    private static void add(Map<String, Found> found, String name, int cue, int at, Part part, String text,
            String after) {
        String key = Words.nameKey(name);
        if (!key.isEmpty() && name.length() <= 60 && Words.count(name) <= 5) {
            found.putIfAbsent(key, new Found(name, cue, at, part, text, after));
        }
    }

    private static int occurrences(String text, String key) {
        int n = 0;
        for (int i = text.indexOf(key); i >= 0 && n < 20; i = text.indexOf(key, i + key.length())) {
            n++;
        }
        return Math.max(1, n);
    }
}
