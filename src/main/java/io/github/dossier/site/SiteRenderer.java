package io.github.dossier.site;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import io.github.dossier.brief.AuthorRegistry;
import io.github.dossier.brief.Brief;
import io.github.dossier.internal.Fault;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeMap;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The site stage: renders briefs into a static site with Freemarker templates.
 *
 * <p>Pages: {@code index.html}; {@code briefs/<slug>.html} and a list page; a page per author, theme, country and
 * publication, each with a list page. Every internal link is relative and names a file, so the site works
 * from disk and under a GitHub Pages project path. Templates come from the project's templates directory, file
 * by file, falling back to the theme in the jar. Scraped text is escaped everywhere by Freemarker's HTML output
 * format; brief bodies are rendered by commonmark with raw HTML escaped and unsafe URLs dropped.
 *
 * <pre>{@code
 * SiteRenderer renderer = SiteRenderer.builder().title("My dossier").templates(Path.of("templates")).build();
 * SiteRenderer.Result result = renderer.render(briefs, Path.of("site"));
 * }</pre>
 *
 * Immutable and thread-safe once built.
 */
public final class SiteRenderer {

    /** The shipped theme's static files, copied unless the project's templates directory has its own. */
    private static final List<String> THEME_ASSETS = List.of("assets/style.css", "assets/search.js");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    /**
     * What a render wrote.
     *
     * @param pages           HTML pages written
     * @param outputDirectory where
     * @param stageMillis     how long each step took (milliseconds, in order)
     * @param skipped         one line for each brief whose page could not be rendered and was left out of the site
     */
    public record Result(int pages, Path outputDirectory, Map<String, Long> stageMillis, List<String> skipped) {

        public Result {
            stageMillis = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stageMillis));
            skipped = List.copyOf(skipped);
        }
    }

    private final Configuration templateConfig;
    private final Parser markdown = Parser.builder().build();
    /** Raw HTML in a brief is shown as text; links keep only http, https and mailto (no data: or javascript:). */
    private final HtmlRenderer html = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true)
            .urlSanitizer(new org.commonmark.renderer.html.DefaultUrlSanitizer(List.of("http", "https", "mailto"))).build();
    private final Path templates;
    private final String title;
    private final String description;
    private final String baseUrl;
    private final Map<String, String> themeDescriptions;
    private final Map<TermKind, Map<String, String>> aliases;
    private final java.util.Set<String> stopwords;
    private final Path manifest;
    private final boolean failOnSkippedPage;
    private final java.util.function.Consumer<String> notes;

    private SiteRenderer(Builder b) {
        this.notes = b.notes;
        this.manifest = b.manifest;
        this.failOnSkippedPage = b.failOnSkippedPage;
        this.templates = b.templates;
        this.title = b.title;
        this.description = b.description;
        this.baseUrl = b.baseUrl == null || b.baseUrl.isBlank() ? "" : b.baseUrl.endsWith("/") ? b.baseUrl : b.baseUrl + "/";
        this.templateConfig = configure(b.templates);
        this.themeDescriptions = Map.copyOf(b.themeDescriptions);
        this.aliases = Map.copyOf(b.aliases);
        this.stopwords = java.util.Set.copyOf(b.stopwords);
    }

    public static Builder builder() {
        return new Builder();
    }

    private static Configuration configure(Path templates) {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        List<TemplateLoader> loaders = new ArrayList<>();
        if (templates != null && Files.isDirectory(templates)) {
            try {
                loaders.add(new FileTemplateLoader(templates.toFile()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        loaders.add(new ClassTemplateLoader(SiteRenderer.class, "theme"));
        cfg.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setLocale(Locale.ENGLISH);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        return cfg;
    }

    /**
     * Renders {@code briefs} into {@code output}. The site is built in a sibling temporary directory and moved into
     * place only when every page rendered, so a failed render leaves the previous site as it was.
     */
    public Result render(List<Brief> briefs, Path output) throws IOException, SiteException {
        return render(briefs, List.of(), output);
    }

    /** Renders {@code briefs}, with what the author register says of each author on their page. */
    public Result render(List<Brief> briefs, List<AuthorRegistry.Author> authors, Path output)
            throws IOException, SiteException {
        Map<String, AuthorRegistry.Author> people = new java.util.HashMap<>();
        for (AuthorRegistry.Author a : authors) {
            people.put(a.name(), a);
        }
        // The same content as the last render: only the pages of changed templates are rendered again.
        String content = manifest == null ? "" : contentFingerprint(briefs, authors);
        String shared = manifest == null ? "" : PreviousSite.sharedFingerprint(templates);
        Map<String, String> templateFps = manifest == null ? Map.of() : PreviousSite.templateFingerprints(templates);
        Optional<PreviousSite> previous = manifest == null ? Optional.empty() : PreviousSite.read(manifest, output);
        Set<String> changed = previous.flatMap(p -> p.changedTemplates(content, shared, templateFps)).orElse(null);
        if (changed != null && changed.isEmpty() && assetsAsIn(output)) {
            // Nothing the site is made of has changed: the site already is the result, and is left untouched.
            int pages = (int) previous.get().files().stream().filter(f -> PreviousSite.templateOf(f) != null).count();
            return new Result(pages, output, Map.of("site unchanged", 0L), List.of());
        }
        // A brief whose page cannot be rendered is left out, and the site rendered again without it, so that no
        // page links to it; each round leaves out at least one brief, so this ends.
        List<Brief> included = briefs;
        List<String> skipped = new ArrayList<>();
        while (true) {
            SiteOutput out = SiteOutput.begin(output, SiteOutput.FILES, notes);
            try {
                Map<String, Long> stages = new LinkedHashMap<>();
                int pages = write(included, people, out, stages, changed == null ? null : previous.get(), changed);
                out.commit();
                if (manifest != null && skipped.isEmpty()) {
                    PreviousSite.write(manifest, output, content, shared, templateFps);
                } else if (manifest != null) {
                    Files.deleteIfExists(manifest); // the next build renders everything, and warns again
                }
                return new Result(pages, output, stages, skipped);
            } catch (PagesFailed f) {
                out.abandon();
                skipped.addAll(f.failures.values());
                if (failOnSkippedPage) {
                    throw new SiteException(skipped.get(0) + " (failOnWarning is set)");
                }
                included = included.stream().filter(b -> !f.failures.containsKey(b)).toList();
                changed = null;
            } catch (IOException | SiteException | RuntimeException e) {
                out.abandon();
                throw e;
            }
        }
    }

    /** Briefs whose pages could not be rendered, each with its warning line. */
    private static final class PagesFailed extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Map<Brief, String> failures;

        PagesFailed(Map<Brief, String> failures) {
            super(null, null, false, false);
            this.failures = failures;
        }
    }

    /** Everything the pages are made of but the templates: the briefs, the authors, the settings and the engine. */
    private String contentFingerprint(List<Brief> briefs, List<AuthorRegistry.Author> authors) {
        java.security.MessageDigest sha = io.github.dossier.internal.Fingerprint.sha();
        java.util.function.Consumer<Object> add = o -> sha.update((String.valueOf(o) + "\u0000").getBytes(StandardCharsets.UTF_8));
        add.accept(io.github.dossier.internal.Fingerprint.engine());
        add.accept(List.of(title, description, baseUrl));
        add.accept(new TreeMap<>(themeDescriptions));
        new TreeMap<>(aliases).forEach((k, v) -> add.accept(k + "=" + new TreeMap<>(v)));
        add.accept(new java.util.TreeSet<>(stopwords));
        briefs.forEach(add);
        authors.forEach(add);
        return java.util.HexFormat.of().formatHex(sha.digest());
    }

    /**
     * Writes the site into {@code out}: everything, or with a {@code previous} site of the same content, only the
     * pages of the {@code changed} templates, the rest taken from it.
     */
    private int write(List<Brief> briefs, Map<String, AuthorRegistry.Author> people, SiteOutput out,
            Map<String, Long> stages, PreviousSite previous, Set<String> changed)
            throws IOException, SiteException, PagesFailed {
        long t = System.nanoTime();
        int pages = 0;
        boolean all = previous == null;
        java.util.function.Predicate<String> renders = template -> all || changed.contains(template);
        if (!all) {
            for (String path : previous.files()) {
                String template = PreviousSite.templateOf(path);
                if (!THEME_ASSETS.contains(path) && (template == null || !changed.contains(template))) {
                    out.reuse(path);
                    pages += template == null ? 0 : 1;
                }
            }
            t = lap(stages, "unchanged pages reused", t);
            if (changed.isEmpty()) {
                writeAssets(out);
                return pages;
            }
        }
        Corpus corpus = new Corpus(briefs);
        Map<String, Object> site = siteModel(corpus);
        RelatedBriefs related = renders.test("brief.ftlh") ? new RelatedBriefs(corpus.briefs(), stopwords) : null;
        Map<String, Linker.Target> mentions = mentionTargets(corpus);
        t = lap(stages, "related", t);

        if (renders.test("index.ftlh")) {
            Map<String, Object> home = page(site, "", "index.html", title);
            home.put("briefs", corpus.briefs().stream().map(b -> briefCard(b, corpus)).toList());
            Map<String, Object> tops = new LinkedHashMap<>();
            for (TermKind kind : TermKind.values()) {
                tops.put(kind.folder(), corpus.top(kind, 12).stream().map(this::termLink).toList());
            }
            home.put("top", tops);
            List<Map<String, Object>> charts = new ArrayList<>();
            if (!corpus.terms(TermKind.COUNTRY).isEmpty()) {
                charts.add(Charts.model(Charts.coMentions(corpus, 12)));
                if (!corpus.terms(TermKind.THEME).isEmpty()) {
                    charts.add(Charts.model(Charts.themesByCountry(corpus, 12)));
                }
            }
            Optional.ofNullable(Charts.timeline(corpus)).map(Charts::model).ifPresent(charts::add);
            home.put("charts", charts);
            home.put("feed", baseUrl.isEmpty() ? "" : "feed.xml");
            out.write("index.html", render("index.ftlh", home));
            pages++;
        }

        if (renders.test("briefs.ftlh")) {
            Map<String, Object> list = page(site, "../", "briefs/index.html", "All briefs");
            list.put("briefs", corpus.briefs().stream().map(b -> briefCard(b, corpus)).toList());
            out.write("briefs/index.html", render("briefs.ftlh", list));
            pages++;
        }

        List<Brief> ordered = renders.test("brief.ftlh") ? corpus.briefs() : List.of();
        template("brief.ftlh"); // parsed once, before the threads share it: a syntax error surfaces here, named
        // Brief pages are independent of each other: rendered in parallel (templates and models are thread-safe).
        // What is made from one brief's own text (its body, mentions, citations) concerns that brief alone: if it
        // fails, the brief is left out; a template or the file system failing concerns the site, and stops it.
        List<Exception> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        Map<Brief, String> failedBriefs = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.stream.IntStream.range(0, ordered.size()).parallel().forEach(i -> {
            if (!failures.isEmpty()) {
                return;
            }
            Brief b = ordered.get(i);
            String path = briefPath(b);
            Map<String, Object> model;
            Citation citation;
            List<String> citations;
            try {
                model = page(site, "../", path, b.title());
                citation = new Citation(b, baseUrl.isEmpty() ? "" : baseUrl + path);
                model.put("brief", briefModel(b, corpus, related, mentions, citation));
                model.put("newer", i > 0 ? link(ordered.get(i - 1).title(), briefPath(ordered.get(i - 1))) : null);
                model.put("older", i + 1 < ordered.size() ? link(ordered.get(i + 1).title(), briefPath(ordered.get(i + 1))) : null);
                citations = all ? List.of(citation.bibtex(), citation.ris(), citation.cslJson()) : List.of();
            } catch (RuntimeException | StackOverflowError e) {
                failedBriefs.put(b, path + (b.source().isEmpty() ? "" : " (from " + b.source() + ")") + ": render: "
                        + Fault.describe(e) + "; the brief is left out of the site");
                return;
            }
            try {
                out.write(path, render("brief.ftlh", model));
                if (all) {
                    out.write("briefs/" + b.slug() + ".bib", citations.get(0));
                    out.write("briefs/" + b.slug() + ".ris", citations.get(1));
                    out.write("briefs/" + b.slug() + ".csl.json", citations.get(2));
                }
            } catch (IOException | SiteException e) {
                failures.add(e);
            }
        });
        if (!failures.isEmpty()) {
            Exception first = failures.get(0);
            if (first instanceof SiteException se) {
                throw se;
            }
            throw (IOException) first;
        }
        if (!failedBriefs.isEmpty()) {
            throw new PagesFailed(failedBriefs);
        }
        pages += ordered.size();
        t = lap(stages, "brief pages", t);
        for (TermKind kind : TermKind.values()) {
            if (renders.test("terms.ftlh")) {
                Map<String, Object> list = page(site, "../", kind.folder() + "/index.html", kind.plural());
                list.put("kind", kindModel(kind));
                list.put("terms", corpus.terms(kind).stream().map(this::termLink).toList());
                out.write(kind.folder() + "/index.html", render("terms.ftlh", list));
                pages++;
            }
            for (Term term : renders.test("term.ftlh") ? corpus.terms(kind) : List.<Term>of()) {
                Map<String, Object> model = page(site, "../", term.path(), term.name());
                model.put("kind", kindModel(kind));
                model.put("term", termLink(term));
                model.put("description", describe(term));
                model.put("briefs", term.briefs().stream().map(b -> briefCard(b, corpus)).toList());
                model.put("related", corpus.related(term, 10).stream().map(e -> {
                    Map<String, Object> m = termLink(e.getKey());
                    m.put("shared", e.getValue());
                    return m;
                }).toList());
                if (kind == TermKind.AUTHOR) {
                    AuthorRegistry.Author person = people.get(term.name());
                    model.put("affiliation", person == null ? "" : person.affiliation().orElse(""));
                    model.put("bio", person == null ? "" : person.bio().orElse(""));
                    model.put("writesOn", writesOn(term, corpus));
                }
                boolean feed = !baseUrl.isEmpty() && FEEDS.contains(kind);
                model.put("feed", feed ? term.slug() + ".xml" : "");
                out.write(term.path(), render("term.ftlh", model));
                if (feed && all) {
                    out.write(kind.folder() + "/" + term.slug() + ".xml", AtomFeed.of(title + ": " + term.name(), baseUrl,
                            kind.folder() + "/" + term.slug() + ".xml", term.path(), byDate(term.briefs())));
                }
                pages++;
            }
        }

        t = lap(stages, "term pages", t);
        if (renders.test("search.ftlh")) {
            Map<String, Object> search = page(site, "", "search.html", "Search");
            out.write("search.html", render("search.ftlh", search));
            pages++;
        }
        if (all) {
            new SearchIndex(stopwords).write(corpus.briefs(), out);
        }
        t = lap(stages, "search index", t);

        if (renders.test("404.ftlh")) {
            Map<String, Object> notFound = page(site, "", "404.html", "Page not found");
            out.write("404.html", render("404.ftlh", notFound));
            pages++;
        }
        if (all) {
            out.write(".nojekyll", "");
        }
        if (all && !baseUrl.isEmpty()) {
            out.write("sitemap.xml", sitemap(corpus));
            out.write("robots.txt", "User-agent: *\nAllow: /\nSitemap: " + baseUrl + "sitemap.xml\n");
            out.write("feed.xml", AtomFeed.of(title, baseUrl, "feed.xml", "", corpus.briefs()));
        }
        writeAssets(out);
        t = lap(stages, "feeds, sitemap, assets", t);
        List<String> broken = LinkCheck.broken(out.staging());
        lap(stages, "link check", t);
        if (!broken.isEmpty()) {
            throw new SiteException(broken.size() + " broken link(s) in the rendered site, first: " + broken.get(0));
        }
        return pages;
    }

    private static long lap(Map<String, Long> stages, String name, long since) {
        long now = System.nanoTime();
        stages.put(name, (now - since) / 1_000_000);
        return now;
    }

    /** Feeds for these kinds of page, beside the site's own. */
    private static final java.util.Set<TermKind> FEEDS = java.util.EnumSet.of(TermKind.AUTHOR, TermKind.THEME,
            TermKind.COUNTRY);

    private static List<Brief> byDate(List<Brief> briefs) {
        List<Brief> sorted = new ArrayList<>(briefs);
        sorted.sort(Corpus.ORDER);
        return sorted;
    }

    /** What a term's page says of it in a sentence. */
    private String describe(Term term) {
        int n = term.briefs().size();
        String count = n + (n == 1 ? " brief" : " briefs");
        return switch (term.kind()) {
            case THEME -> themeDescriptions.getOrDefault(term.name(), "") ;
            case COUNTRY -> term.name() + " is named in " + count + ", most prominently first.";
            case PUBLICATION -> count + " first published in " + term.name() + ".";
            case PERSON -> term.name() + " is named in " + count + ".";
            case ORGANISATION -> term.name() + " is named in " + count + ".";
            case AUTHOR -> "";
        };
    }

    /** The themes and countries an author writes about, most often first. */
    private Map<String, Object> writesOn(Term author, Corpus corpus) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (TermKind kind : List.of(TermKind.THEME, TermKind.COUNTRY, TermKind.AUTHOR)) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (Brief b : author.briefs()) {
                kind.namesOf(b).forEach(n -> counts.merge(n, 1, Integer::sum));
            }
            counts.remove(author.name());
            List<Map<String, Object>> links = new ArrayList<>();
            counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(10)
                    .forEach(e -> corpus.term(kind, e.getKey()).ifPresent(t -> {
                        Map<String, Object> l = termLink(t);
                        l.put("shared", e.getValue());
                        links.add(l);
                    }));
            m.put(kind == TermKind.AUTHOR ? "coauthors" : kind.folder(), links);
        }
        return m;
    }

    /** Every form of every name the briefs carry, pointing at its page. */
    private Map<String, Linker.Target> mentionTargets(Corpus corpus) {
        Map<String, Linker.Target> targets = new LinkedHashMap<>();
        for (TermKind kind : List.of(TermKind.AUTHOR, TermKind.PERSON, TermKind.ORGANISATION, TermKind.COUNTRY)) {
            for (Term t : corpus.terms(kind)) {
                Linker.Target target = new Linker.Target(t.path(), t.name());
                targets.putIfAbsent(t.name(), target);
                for (Map.Entry<String, String> alias : aliases.getOrDefault(kind, Map.of()).entrySet()) {
                    if (alias.getValue().equals(t.name()) && alias.getKey().length() > 2) {
                        targets.putIfAbsent(alias.getKey(), target);
                    }
                }
            }
        }
        return targets;
    }

    // --- models --------------------------------------------------------------------------------------------

    private Map<String, Object> siteModel(Corpus corpus) {
        Map<String, Object> site = new LinkedHashMap<>();
        site.put("title", title);
        site.put("description", description);
        site.put("baseUrl", baseUrl);
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("briefs", corpus.briefs().size());
        for (TermKind kind : TermKind.values()) {
            counts.put(kind.folder(), corpus.terms(kind).size());
        }
        site.put("counts", counts);
        List<Map<String, Object>> kinds = new ArrayList<>();
        for (TermKind kind : TermKind.values()) {
            kinds.add(kindModel(kind));
        }
        site.put("kinds", kinds);
        return site;
    }

    private Map<String, Object> page(Map<String, Object> site, String root, String path, String pageTitle) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("site", site);
        model.put("root", root);
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("title", pageTitle);
        page.put("path", path);
        page.put("canonical", baseUrl.isEmpty() ? "" : baseUrl + (path.endsWith("index.html")
                ? path.substring(0, path.length() - "index.html".length()) : path));
        page.put("feed", baseUrl.isEmpty() ? "" : root + "feed.xml");
        model.put("page", page);
        return model;
    }

    private static Map<String, Object> kindModel(TermKind kind) {
        return Map.of("folder", kind.folder(), "singular", kind.singular(), "plural", kind.plural());
    }

    private static Map<String, Object> link(String name, String path) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("path", path);
        return m;
    }

    private Map<String, Object> termLink(Term t) {
        Map<String, Object> m = link(t.name(), t.path());
        m.put("count", t.briefs().size());
        return m;
    }

    private static String briefPath(Brief b) {
        return "briefs/" + b.slug() + ".html";
    }

    private List<Map<String, Object>> links(Corpus corpus, TermKind kind, List<String> names) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String n : names) {
            corpus.term(kind, n).ifPresent(t -> out.add(termLink(t)));
        }
        return out;
    }

    private Map<String, Object> briefCard(Brief b, Corpus corpus) {
        Map<String, Object> m = link(b.title(), briefPath(b));
        m.put("title", b.title());
        m.put("authors", links(corpus, TermKind.AUTHOR, b.authors()));
        m.put("publication", b.publication().flatMap(p -> corpus.term(TermKind.PUBLICATION, p)).map(this::termLink).orElse(null));
        m.put("published", b.published().map(Object::toString).orElse(""));
        m.put("publishedText", b.published().map(DAY::format).orElse(""));
        m.put("summary", b.summary().isEmpty() ? "" : b.summary().get(0));
        m.put("words", b.words());
        return m;
    }

    private Map<String, Object> briefModel(Brief b, Corpus corpus, RelatedBriefs related,
            Map<String, Linker.Target> mentions, Citation citation) {
        Map<String, Object> m = briefCard(b, corpus);
        m.put("slug", b.slug());
        m.put("section", b.section().orElse(""));
        m.put("tags", b.tags());
        m.put("summaryAll", b.summary());
        // Sentences chosen from the body are a summary, not a standfirst: shown apart so they do not read twice.
        m.put("summaryIsExtract", !b.summary().isEmpty() && b.summary().stream().allMatch(s -> b.body().contains(s)));
        m.put("themes", links(corpus, TermKind.THEME, b.themes()));
        m.put("countries", links(corpus, TermKind.COUNTRY, b.countries()));
        m.put("people", links(corpus, TermKind.PERSON, b.people()));
        m.put("organisations", links(corpus, TermKind.ORGANISATION, b.organisations()));
        m.put("source", b.source());
        List<Map<String, Object>> quotes = new ArrayList<>();
        b.quotes().forEach(q -> quotes.add(Map.of("text", q.text(), "speaker", q.speaker().orElse(""))));
        m.put("quotes", quotes);
        List<Map<String, Object>> rel = new ArrayList<>();
        for (RelatedBriefs.Related r : related.of(b)) {
            Map<String, Object> l = link(r.brief().title(), briefPath(r.brief()));
            l.put("shares", r.shares());
            rel.add(l);
        }
        m.put("related", rel);
        m.put("cite", citation.text());
        m.put("bibtex", b.slug() + ".bib");
        m.put("ris", b.slug() + ".ris");
        m.put("csl", b.slug() + ".csl.json");
        m.put("opinion", isOpinion(b));
        m.put("jsonLd", jsonLd(b, citation));
        // Only names this brief carries are linked, each at its first mention.
        Map<String, Linker.Target> own = new LinkedHashMap<>();
        java.util.Set<String> paths = new java.util.HashSet<>();
        for (TermKind kind : List.of(TermKind.AUTHOR, TermKind.PERSON, TermKind.ORGANISATION, TermKind.COUNTRY)) {
            kind.namesOf(b).forEach(n -> corpus.term(kind, n).ifPresent(t -> paths.add(t.path())));
        }
        mentions.forEach((phrase, target) -> {
            if (paths.contains(target.path())) {
                own.put(phrase, target);
            }
        });
        m.put("bodyHtml", Linker.link(html.render(markdown.parse(b.body())), own, "../"));
        return m;
    }

    private static boolean isOpinion(Brief b) {
        String labels = (b.section().orElse("") + " " + String.join(" ", b.tags())).toLowerCase(Locale.ROOT);
        return labels.matches(".*\\b(opinion|op-?ed|comment|commentary|analysis|perspective|viewpoint|column|editorial)\\b.*");
    }

    /** schema.org JSON-LD: OpinionNewsArticle or NewsArticle, with authors, publisher, date, about and mentions. */
    private String jsonLd(Brief b, Citation citation) {
        StringBuilder sb = new StringBuilder("{\"@context\":\"https://schema.org\",\"@type\":")
                .append(Citation.json(isOpinion(b) ? "OpinionNewsArticle" : "NewsArticle"))
                .append(",\"headline\":").append(Citation.json(b.title()));
        if (!b.authors().isEmpty()) {
            sb.append(",\"author\":[");
            for (int i = 0; i < b.authors().size(); i++) {
                sb.append(i == 0 ? "" : ",").append("{\"@type\":\"Person\",\"name\":").append(Citation.json(b.authors().get(i))).append('}');
            }
            sb.append(']');
        }
        b.publication().ifPresent(p -> sb.append(",\"publisher\":{\"@type\":\"Organization\",\"name\":").append(Citation.json(p)).append('}'));
        b.published().ifPresent(d -> sb.append(",\"datePublished\":").append(Citation.json(d.toString())));
        b.section().ifPresent(s -> sb.append(",\"articleSection\":").append(Citation.json(s)));
        if (!b.summary().isEmpty()) {
            sb.append(",\"description\":").append(Citation.json(String.join(" ", b.summary())));
        }
        sb.append(",\"wordCount\":").append(b.words());
        if (!b.themes().isEmpty()) {
            sb.append(",\"about\":[");
            for (int i = 0; i < b.themes().size(); i++) {
                sb.append(i == 0 ? "" : ",").append("{\"@type\":\"Thing\",\"name\":").append(Citation.json(b.themes().get(i))).append('}');
            }
            sb.append(']');
        }
        List<String> mentions = new ArrayList<>();
        b.countries().forEach(c -> mentions.add("{\"@type\":\"Country\",\"name\":" + Citation.json(c) + "}"));
        b.people().forEach(p -> mentions.add("{\"@type\":\"Person\",\"name\":" + Citation.json(p) + "}"));
        b.organisations().forEach(o -> mentions.add("{\"@type\":\"Organization\",\"name\":" + Citation.json(o) + "}"));
        if (!mentions.isEmpty()) {
            sb.append(",\"mentions\":[").append(String.join(",", mentions)).append(']');
        }
        if (!baseUrl.isEmpty()) {
            sb.append(",\"url\":").append(Citation.json(baseUrl + briefPath(b)));
        }
        return sb.append('}').toString();
    }

    private String sitemap(Corpus corpus) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        List<String> paths = new ArrayList<>();
        paths.add("");
        paths.add("briefs/");
        corpus.briefs().forEach(b -> paths.add(briefPath(b)));
        for (TermKind kind : TermKind.values()) {
            paths.add(kind.folder() + "/");
            corpus.terms(kind).forEach(t -> paths.add(t.path()));
        }
        for (String p : paths) {
            // Sitemaps want URLs, not IRIs: a Chinese slug is sent percent-encoded.
            sb.append("  <url><loc>").append(AtomFeed.xml(java.net.URI.create(baseUrl + p).toASCIIString()))
                    .append("</loc></url>\n");
        }
        return sb.append("</urlset>\n").toString();
    }

    // --- templates and assets --------------------------------------------------------------------------------

    private String render(String name, Map<String, Object> model) throws IOException, SiteException {
        Template template = template(name);
        StringWriter sw = new StringWriter();
        try {
            template.process(model, sw);
        } catch (TemplateException e) {
            String file = e.getTemplateSourceName() == null ? name : e.getTemplateSourceName();
            String where = origin(file) + (e.getLineNumber() != null ? ":" + e.getLineNumber() : "");
            throw new SiteException(where + ": " + firstLine(e.getMessageWithoutStackTop())
                    + " (rendering " + model.get("page") + ")", e);
        }
        return sw.toString();
    }

    /** Loads (once, then from Freemarker's cache) and parses a template; its errors name the file and line. */
    private Template template(String name) throws SiteException {
        try {
            return templateConfig.getTemplate(name);
        } catch (SecurityException e) {
            throw new SiteException(origin(name) + ": refused: it is a link to a file outside the templates directory "
                    + templates + " (copy the file into it instead)", e);
        } catch (ParseException e) {
            String file = e.getTemplateName() == null ? name : e.getTemplateName();
            throw new SiteException(origin(file) + ":" + e.getLineNumber() + ": template syntax error: "
                    + firstLine(e.getEditorMessage()), e);
        } catch (IOException e) {
            throw new SiteException(origin(name) + ": cannot load template: " + firstLine(e.getMessage()), e);
        }
    }

    /** Where a template came from: the project's file, or the theme in the jar. */
    private String origin(String name) {
        if (templates != null && Files.isRegularFile(templates.resolve(name))) {
            return templates.resolve(name).toString();
        }
        return "dossier theme " + name;
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.strip().split("\n")[0];
    }

    private void writeAssets(SiteOutput out) throws IOException, SiteException {
        for (String asset : THEME_ASSETS) {
            out.write(asset, asset(asset));
        }
    }

    /** Whether the theme assets in {@code output} are the ones this render would write. */
    private boolean assetsAsIn(Path output) throws IOException, SiteException {
        for (String asset : THEME_ASSETS) {
            Path file = output.resolve(asset);
            if (!Files.isRegularFile(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(asset(asset))) {
                return false;
            }
        }
        return true;
    }

    private String asset(String name) throws IOException, SiteException {
        if (templates != null) {
            Path own = templates.resolve(name);
            if (Files.isRegularFile(own)) {
                // As for templates (Freemarker's rule): a link out of the templates directory is refused.
                if (!own.toRealPath().startsWith(templates.toRealPath())) {
                    throw new SiteException(own + ": refused: it is a link to a file outside the templates directory "
                            + templates + " (copy the file into it instead)");
                }
                return Files.readString(own, StandardCharsets.UTF_8);
            }
        }
        try (InputStream in = SiteRenderer.class.getResourceAsStream("theme/" + name)) {
            if (in == null) {
                throw new IOException("missing theme asset " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Configures a {@link SiteRenderer}. */
    public static final class Builder {
        private Path manifest;
        private Path templates;
        private String title = "Dossier";
        private String description = "";
        private String baseUrl = "";
        private Map<String, String> themeDescriptions = Map.of();
        private Map<TermKind, Map<String, String>> aliases = Map.of();
        private java.util.Set<String> stopwords = java.util.Set.of();
        private boolean failOnSkippedPage;
        private java.util.function.Consumer<String> notes = note -> { };

        private Builder() {
        }

        /**
         * Who hears what a render does to the output directory besides writing pages: putting back a site that an
         * interrupted build left missing, moving aside a leftover it cannot delete. Told as it happens, failed render
         * or not.
         */
        public Builder notes(java.util.function.Consumer<String> notes) {
            this.notes = notes;
            return this;
        }

        /**
         * Whether a brief whose page cannot be rendered fails the render (leaving the previous site) instead of being
         * left out of the site with a line in {@link Result#skipped()}. Off by default.
         */
        public Builder failOnSkippedPage(boolean fail) {
            this.failOnSkippedPage = fail;
            return this;
        }

        /** What each theme means, shown on its page. */
        public Builder themeDescriptions(Map<String, String> descriptions) {
            this.themeDescriptions = Map.copyOf(descriptions);
            return this;
        }

        /**
         * Other names for the names briefs carry, by kind ("Beijing" → China, "Nato" → NATO), so that the first
         * mention in a body links to the page whatever form it takes.
         */
        public Builder aliases(Map<TermKind, Map<String, String>> aliases) {
            this.aliases = Map.copyOf(aliases);
            return this;
        }

        /** Words the search index and the related-briefs similarity leave out. */
        public Builder stopwords(java.util.Set<String> stopwords) {
            this.stopwords = java.util.Set.copyOf(stopwords);
            return this;
        }

        /** A project's templates directory; each file in it replaces the theme's file of the same name. */
        public Builder templates(Path templates) {
            this.templates = templates;
            return this;
        }

        public Builder title(String title) {
            this.title = Optional.ofNullable(title).filter(s -> !s.isBlank()).orElse("Dossier");
            return this;
        }

        public Builder description(String description) {
            this.description = description == null ? "" : description;
            return this;
        }

        /** The absolute URL the site is published at, for canonical links, the sitemap and feeds. */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = baseUrl == null ? "" : baseUrl.strip();
            return this;
        }

        /**
         * Where to keep the manifest of the last render ({@link PreviousSite}), so that a render of the same content
         * takes unchanged pages from the previous site; null (the default) renders everything every time.
         */
        public Builder manifest(Path file) {
            this.manifest = file;
            return this;
        }

        public SiteRenderer build() {
            if (!baseUrl.isEmpty() && !baseUrl.matches("(?i)https?://[^\\s/]+(/\\S*)?")) {
                throw new IllegalArgumentException("baseUrl must be an absolute http(s) URL, not '" + baseUrl + "'");
            }
            return new SiteRenderer(this);
        }
    }
}
