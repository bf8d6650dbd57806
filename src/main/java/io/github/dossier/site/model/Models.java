package io.github.dossier.site.model;

import io.github.dossier.brief.Brief;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What templates see, built the same way for every page: {@code site} (title, description, base URL, counts, the
 * kinds of term with their lists' paths, the paths of the site-wide pages and files), {@code root} (the way back to
 * the site's root), {@code page} (title, path, canonical URL, feed), and the shapes of a link, a term link and a
 * brief card. Every path a template links is in the model, from the root: templates never build one. One per render;
 * immutable.
 */
public final class Models {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private final Corpus corpus;
    private final String title;
    private final String baseUrl;
    private final Map<String, Object> site;
    private final String siteFingerprint;
    /** Every term's link, made once: many pages show the same terms. */
    private final Map<Term, ModelPart> termLinks = new java.util.IdentityHashMap<>();
    /**
     * Each brief's card and link, by its place in the corpus, made when asked for: their fingerprints kept, the parts
     * themselves not, so that a large corpus does not hold a card for every brief through the render.
     */
    private final Parts cards;
    private final Parts links;

    public Models(Corpus corpus, String title, String description, String baseUrl) {
        this.corpus = corpus;
        this.title = title;
        this.baseUrl = baseUrl;
        for (TermKind kind : TermKind.values()) {
            for (Term t : corpus.terms(kind)) {
                LinkedHashMap<String, Object> m = link(t.name(), t.path());
                m.put("count", t.briefs().size());
                termLinks.put(t, new ModelPart(m));
            }
        }
        this.cards = new Parts(corpus.briefs().size());
        this.links = new Parts(corpus.briefs().size());
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("title", title);
        s.put("description", description);
        s.put("baseUrl", baseUrl);
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("briefs", corpus.briefs().size());
        for (TermKind kind : TermKind.values()) {
            counts.put(kind.folder(), corpus.terms(kind).size());
        }
        s.put("counts", counts);
        List<Map<String, Object>> kinds = new ArrayList<>();
        for (TermKind kind : TermKind.values()) {
            kinds.add(kind(kind));
        }
        s.put("kinds", kinds);
        s.put("paths", SitePaths.named());
        this.site = s;
        this.siteFingerprint = PageInputs.of("", s);
    }

    public Corpus corpus() {
        return corpus;
    }

    /** The fingerprint of what every page sees as {@code site} (title, description, counts, kinds). */
    public String siteFingerprint() {
        return siteFingerprint;
    }

    /** The site's title. */
    public String title() {
        return title;
    }

    /** The URL the site is published at, or empty. */
    public String baseUrl() {
        return baseUrl;
    }

    /** A day as pages print it: "20 December 2021". */
    public static String day(java.time.LocalDate d) {
        return DAY.format(d);
    }

    /** The model of the page at {@code path}: {@code site}, {@code root} and {@code page}, to add to. */
    public Map<String, Object> page(String path, String title) {
        String root = SitePaths.root(path);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("site", site);
        model.put("root", root);
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("title", title);
        page.put("path", path);
        page.put("canonical", baseUrl.isEmpty() ? "" : SitePaths.url(baseUrl, path));
        page.put("feed", baseUrl.isEmpty() ? "" : root + SitePaths.FEED);
        model.put("page", page);
        return model;
    }

    /** A kind of term: its folder, its names, and the path of the list of its terms. */
    public static Map<String, Object> kind(TermKind kind) {
        return Map.of("folder", kind.folder(), "singular", kind.singular(), "plural", kind.plural(),
                "path", SitePaths.termList(kind));
    }

    static LinkedHashMap<String, Object> link(String name, String path) {
        LinkedHashMap<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("path", path);
        return m;
    }

    /** Parts made for each brief, their fingerprints kept. Thread-safe (a fingerprint made twice is the same). */
    private static final class Parts {
        private final java.util.concurrent.atomic.AtomicReferenceArray<String> fingerprints;

        Parts(int n) {
            fingerprints = new java.util.concurrent.atomic.AtomicReferenceArray<>(n);
        }

        ModelPart get(int at, java.util.function.Supplier<LinkedHashMap<String, Object>> make) {
            LinkedHashMap<String, Object> map = make.get();
            String fingerprint = fingerprints.get(at);
            if (fingerprint != null) {
                return new ModelPart(map, fingerprint);
            }
            ModelPart part = new ModelPart(map);
            fingerprints.set(at, part.fingerprint());
            return part;
        }

        String fingerprint(int at, java.util.function.Supplier<LinkedHashMap<String, Object>> make) {
            String fingerprint = fingerprints.get(at);
            return fingerprint != null ? fingerprint : get(at, make).fingerprint();
        }
    }

    /** A link to a brief's page (its title and path). */
    public ModelPart link(Brief b) {
        return links.get(corpus.position(b), () -> link(b.title(), SitePaths.brief(b.slug())));
    }

    /** The fingerprint of {@link #link}{@code (b)}, made once. */
    public String linkFingerprint(Brief b) {
        return links.fingerprint(corpus.position(b), () -> link(b.title(), SitePaths.brief(b.slug())));
    }

    /** A link to a term's page, with the number of briefs that carry it. */
    public ModelPart termLink(Term t) {
        return termLinks.get(t);
    }

    /** Links to the terms of {@code kind} called {@code names}, in that order. */
    public List<Map<String, Object>> links(TermKind kind, List<String> names) {
        List<Map<String, Object>> out = new ArrayList<>();
        Set<Term> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (String n : names) {
            corpus.term(kind, n).filter(seen::add).ifPresent(t -> out.add(termLink(t)));
        }
        return out;
    }

    /** A brief's summary as pages show it: without a line that only says the title again. */
    public static List<String> summary(Brief b) {
        String title = io.github.dossier.internal.Words.key(b.title());
        return b.summary().stream().filter(x -> !io.github.dossier.internal.Words.key(x).equals(title)).toList();
    }

    /** Authors a brief's card (and a feed's entry) names at most, followed by how many more there are. */
    public static final int CARD_AUTHORS = 10;

    /** A brief as lists show it: title, authors, publication, date, first line of summary, length. */
    public ModelPart card(Brief b) {
        return cards.get(corpus.position(b), () -> {
            LinkedHashMap<String, Object> m = link(b.title(), SitePaths.brief(b.slug()));
            m.put("title", b.title());
            // A card is on every page of its authors and terms: with all of 20,000 co-authors on each of 20,000
            // author pages, the site would grow as their square. The brief's own page names them all.
            m.put("authors", links(TermKind.AUTHOR, b.authors().stream().limit(CARD_AUTHORS).toList()));
            m.put("moreAuthors", Math.max(0, b.authors().size() - CARD_AUTHORS));
            m.put("publication", b.publication().flatMap(p -> corpus.term(TermKind.PUBLICATION, p)).map(this::termLink)
                    .orElse(null));
            m.put("published", b.published().map(Object::toString).orElse(""));
            m.put("publishedText", b.published().map(DAY::format).orElse(""));
            List<String> summary = summary(b);
            m.put("summary", summary.isEmpty() ? "" : summary.get(0));
            m.put("words", b.words());
            return m;
        });
    }

    /** Briefs a list page shows at most; a longer list goes on over further pages ({@link SitePaths#listPage}). */
    public static final int PER_PAGE = 100;

    /**
     * Writes the list of {@code briefs} whose first page is {@code first}, {@link #PER_PAGE} to a page: each page's
     * model is {@code base} (shared by every page of the list) with its own path, {@code briefs} (its cards) and
     * {@code pager} (its number, how many pages, the briefs in all, and the paths of the pages before and after).
     */
    public <E extends Exception> int listPages(String first, String title, List<Brief> briefs, Map<String, Object> base,
            PageSink<E> sink) throws java.io.IOException, E {
        int pages = Math.max(1, (briefs.size() + PER_PAGE - 1) / PER_PAGE);
        for (int n = 1; n <= pages; n++) {
            String path = SitePaths.listPage(first, n);
            Map<String, Object> model = page(path, n == 1 ? title : title + " (page " + n + " of " + pages + ")");
            base.forEach(model::putIfAbsent);
            model.put("briefs", cards(briefs.subList((n - 1) * PER_PAGE, Math.min(briefs.size(), n * PER_PAGE))));
            Map<String, Object> pager = new LinkedHashMap<>();
            pager.put("page", n);
            pager.put("pages", pages);
            pager.put("total", briefs.size());
            pager.put("first", (n - 1) * PER_PAGE + 1);
            pager.put("prev", n > 1 ? SitePaths.listPage(first, n - 1) : "");
            pager.put("next", n < pages ? SitePaths.listPage(first, n + 1) : "");
            model.put("pager", pager);
            sink.page(path, model);
        }
        return pages;
    }

    /** Where {@link #listPages} hands each page; writing one may throw {@code E} (a template's error) too. */
    @FunctionalInterface
    public interface PageSink<E extends Exception> {
        void page(String path, Map<String, Object> model) throws java.io.IOException, E;
    }

    /** Every brief as a card, in the order given. */
    public List<Map<String, Object>> cards(List<Brief> briefs) {
        return briefs.stream().<Map<String, Object>>map(this::card).toList();
    }
}
