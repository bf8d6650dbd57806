package io.github.dossier.site;

import io.github.dossier.brief.AuthorRegistry;
import io.github.dossier.brief.Brief;
import io.github.dossier.internal.Bytes;
import io.github.dossier.internal.FileMemo;
import io.github.dossier.internal.Fingerprint;
import io.github.dossier.knowledge.Lexicon;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The site stage: renders briefs into a static site with Freemarker templates.
 *
 * <p>Pages, one class per kind ({@link PageKind}, at the paths {@link SitePaths} gives): the home page, the list of
 * briefs and a page per brief, and for each kind of term (author, theme, country, publication, person,
 * organisation) a list and a page per term. Beside them, one class per output: citations, Atom feeds, the sitemap,
 * the search index, the theme's assets. Every internal link is relative and names a file, so the site works from
 * disk and under a GitHub Pages project path. Scraped text is escaped everywhere by Freemarker's HTML output
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

    /**
     * What a render wrote.
     *
     * @param pages           HTML pages written
     * @param outputDirectory where
     * @param stageMillis     how long each step took (milliseconds, in order)
     * @param skipped         one line for each brief whose page could not be rendered and was left out of the site
     * @param rendered        pages and citation files rendered by this render
     * @param reused          pages and citation files taken unchanged from the previous site, their inputs the same
     */
    public record Result(int pages, Path outputDirectory, Map<String, Long> stageMillis, List<String> skipped,
            int rendered, int reused) {

        public Result {
            stageMillis = Collections.unmodifiableMap(new LinkedHashMap<>(stageMillis));
            skipped = List.copyOf(skipped);
        }

        public Result(int pages, Path outputDirectory, Map<String, Long> stageMillis, List<String> skipped) {
            this(pages, outputDirectory, stageMillis, skipped, pages, 0);
        }
    }

    private final Templates templates;
    private final String title;
    private final String description;
    private final String baseUrl;
    private final Map<String, String> themeDescriptions;
    private final Map<TermKind, Map<String, String>> aliases;
    private final Lexicon lexicon;
    private final Path manifest;
    private final boolean failOnSkippedPage;
    private final Consumer<String> notes;
    private final java.util.function.Function<Brief, String> fingerprints;
    private final Memory memory;

    /**
     * What renders of one project keep between them in one process: the last manifest and the states related briefs
     * and the search index left, each while its file is as it was written. A server that renders after every edit
     * then reads none of them again. Thread-safe; share one between the renderers of one project.
     */
    public static final class Memory {
        final FileMemo<PreviousSite> manifest = new FileMemo<>();
        final FileMemo<RelatedBriefs.State> related = new FileMemo<>();
        final FileMemo<SearchIndex.State> search = new FileMemo<>();
    }

    private SiteRenderer(Builder b) {
        this.fingerprints = b.fingerprints;
        this.memory = b.memory;
        this.notes = b.notes;
        this.manifest = b.manifest;
        this.failOnSkippedPage = b.failOnSkippedPage;
        this.templates = new Templates(b.templates);
        this.title = b.title;
        this.description = b.description;
        this.baseUrl = b.baseUrl == null || b.baseUrl.isBlank() ? "" : b.baseUrl.endsWith("/") ? b.baseUrl : b.baseUrl + "/";
        this.themeDescriptions = Map.copyOf(b.themeDescriptions);
        this.aliases = Map.copyOf(b.aliases);
        // Read only for the lists the site's products declare: the settings' fingerprint covers exactly those.
        this.lexicon = (b.lexicon == null ? Lexicon.shipped() : b.lexicon).only(
                io.github.dossier.inputs.Product.lists(io.github.dossier.inputs.Product.SITE));
    }

    public static Builder builder() {
        return new Builder();
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
        Map<String, AuthorRegistry.Author> people = new HashMap<>();
        for (AuthorRegistry.Author a : authors) {
            people.put(a.name(), a);
        }
        long t = System.nanoTime();
        Map<String, Long> reading = new LinkedHashMap<>();
        // What an interrupted build left is put right first: a site it finished updating no longer matches its
        // manifest, and is rendered whole.
        SiteOutput.recover(output, SiteOutput.FILES, notes);
        // The same content as the last render: only the pages of changed templates are rendered again.
        String settings = settingsFingerprint();
        Corpus corpus = new Corpus(briefs, fingerprints);
        String content = manifest == null ? "" : contentFingerprint(settings, aliases, corpus, briefs, authors);
        String shared = manifest == null ? "" : PreviousSite.sharedFingerprint(templates.folder());
        Map<String, String> templateFps = manifest == null ? Map.of() : PreviousSite.templateFingerprints(templates.folder());
        // A previous site made with other settings or shared templates is still updated in place, every file rendered
        // again and compared: only the files whose bytes change are rewritten.
        Optional<PreviousSite> previous = manifest == null ? Optional.empty()
                : memory.manifest.read(manifest, f -> PreviousSite.read(f, null, null, notes))
                        .filter(p -> p.matches(output)).map(p -> p.madeWith(settings, shared) ? p : p.withoutInputs());
        Set<String> edited = previous.map(p -> p.edited(output)).orElse(Set.of());
        if (!edited.isEmpty()) {
            // Made again from what it is made of, whatever that is: every file's inputs are compared.
            edited.stream().limit(10).forEach(f -> notes.accept(output.resolve(f)
                    + " was changed by hand: it is rendered again"));
            if (edited.size() > 10) {
                notes.accept("and " + (edited.size() - 10) + " more files of " + output + " changed by hand");
            }
            previous = previous.map(p -> p.without(edited));
        }
        Set<PageKind> changed = edited.isEmpty()
                ? previous.flatMap(p -> p.changedTemplates(content, shared, templateFps)).orElse(null) : null;
        t = lap(reading, "previous site read", t);
        if (changed != null && changed.isEmpty() && templates.assetsAsIn(output)) {
            // Nothing the site is made of has changed: the site already is the result, and is left untouched.
            int pages = previous.get().pages();
            return new Result(pages, output, Map.of("site unchanged", 0L), List.of(), 0, pages);
        }
        // A brief whose page cannot be rendered is left out, and the site rendered again without it, so that no
        // page links to it; each round leaves out at least one brief, so this ends.
        List<Brief> included = briefs;
        List<String> skipped = new ArrayList<>();
        while (true) {
            // Over a previous site as its manifest left it, only what changes is written, in place; else all of it.
            SiteOutput out = previous.isPresent()
                    ? SiteOutput.patch(output, previous.get().files(), SiteOutput.FILES, notes)
                    : SiteOutput.begin(output, SiteOutput.FILES, notes);
            Map<String, java.lang.ref.Reference<RenderState>> pending = new LinkedHashMap<>();
            Optional<PreviousSite> before = previous;
            t = lap(reading, "output prepared", t);
            try {
                Map<String, Long> stages = new LinkedHashMap<>(reading);
                Map<Brief, String> failed = new LinkedHashMap<>();
                // What each page was made from, to keep every page of the previous site made from the same.
                Render.Inputs inputs = manifest == null ? Render.Inputs.none()
                        : new Render.Inputs(previous.map(PreviousSite::inputs).orElse(Map.of()),
                                path -> before.map(p -> p.kindOf(path)).orElse(null), kindFingerprints(shared, templateFps),
                                () -> {
                                    // Used up by the computation that takes it (its arrays renumbered in place): not
                                    // to be remembered past it.
                                    Optional<RelatedBriefs.State> state = memory.related.read(state("related"),
                                            f -> RelatedBriefs.State.read(f, notes));
                                    memory.related.forget();
                                    return state;
                                },
                                () -> memory.search.read(state("search"), f -> SearchIndex.State.read(f, notes)),
                                (part, state) -> leave(part, state, pending));
                t = lap(stages, "previous indexes read", t);
                int pages = write(corpus, people, out, stages, changed == null ? null : previous.get(), changed, failed,
                        inputs, settings, pending);
                if (!failed.isEmpty()) {
                    out.abandon();
                    discard(pending);
                    skipped.addAll(failed.values());
                    if (failOnSkippedPage) {
                        throw new SiteException(skipped.get(0) + " (failOnWarning is set)");
                    }
                    included = included.stream().filter(b -> !failed.containsKey(b)).toList();
                    corpus = new Corpus(included, fingerprints);
                    changed = null;
                    continue;
                }
                t = System.nanoTime();
                try {
                    out.commit();
                } catch (IOException e) {
                    if (!out.inPlace()) {
                        throw e;
                    }
                    // A file of the site that cannot be replaced (made immutable by hand, say): every file was put
                    // back, and the whole site is rendered and swapped in instead.
                    notes.accept("could not update " + output + " in place (" + e.getMessage()
                            + "); the whole site is rendered again");
                    discard(pending);
                    previous = Optional.empty();
                    changed = null;
                    continue;
                }
                t = lap(stages, out.inPlace() ? "site updated" : "site replaced", t);
                for (String part : new ArrayList<>(pending.keySet())) {
                    if (Files.isDirectory(state(part), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                        // A folder where the state goes: none is kept (the next render makes it again, and says
                        // so); the site is in place, and nothing fails the build now.
                        Files.deleteIfExists(next(part));
                        pending.remove(part);
                        continue;
                    }
                    try {
                        Files.move(next(part), state(part), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    } catch (IOException e) {
                        notes.accept(state(part) + ": cannot be written (" + Bytes.reason(e) + "); the next render "
                                + "computes it again");
                        Files.deleteIfExists(next(part));
                        forget(part);
                        pending.remove(part);
                    }
                }
                remember(pending);
                if (manifest != null && skipped.isEmpty()) {
                    // Over the previous site, only the files written (or edited by hand) are looked at again.
                    Map<String, String> known = out.inPlace()
                            ? previous.map(p -> p.stampsKept(out.written(), edited)).orElse(Map.of()) : Map.of();
                    try {
                        memory.manifest.wrote(manifest, PreviousSite.write(manifest, output, settings, content, shared,
                                templateFps, inputs.made(), inputs.kinds(), out.files(), known));
                    } catch (IOException e) {
                        // The site is in place: without its record, the next build renders it whole.
                        notes.accept(manifest + ": cannot be written (" + Bytes.reason(e) + "); the next build "
                                + "renders the whole site");
                        memory.manifest.forget();
                        try {
                            Files.deleteIfExists(manifest);
                        } catch (IOException gone) {
                            // a manifest left is of another site: its folders' stamps no longer match
                        }
                    }
                } else if (manifest != null) {
                    memory.manifest.forget();
                    Files.deleteIfExists(manifest); // the next build renders everything, and warns again
                }
                lap(stages, "manifest and indexes written", t);
                return new Result(pages, output, stages, skipped, inputs.rendered(), inputs.reused());
            } catch (IOException | SiteException | RuntimeException | OutOfMemoryError e) {
                out.abandon();
                discard(pending);
                throw e;
            }
        }
    }

    /** For each kind of page, the fingerprint of its template and of the templates every page shares. */
    private static Map<PageKind, String> kindFingerprints(String shared, Map<String, String> templateFps) {
        Map<PageKind, String> out = new java.util.EnumMap<>(PageKind.class);
        for (PageKind kind : PageKind.values()) {
            out.put(kind, shared + " " + templateFps.getOrDefault(kind.template(), ""));
        }
        return out;
    }

    /** Where what a render's {@code part} (related briefs, the search index) leaves for the next is kept. */
    private Path state(String part) {
        return manifest.resolveSibling(manifest.getFileName() + "-" + part);
    }

    /** Where a part's state waits, written as soon as it is made (so that it is not held), until the site is in place. */
    private Path next(String part) {
        return manifest.resolveSibling(manifest.getFileName() + "-" + part + ".next");
    }

    /** A part's state made by this render: written beside its place, and {@code pending} until the site commits. */
    private void leave(String part, RenderState state, Map<String, java.lang.ref.Reference<RenderState>> pending)
            throws IOException {
        if (manifest != null && state != null) {
            try {
                state.write(next(part));
            } catch (IOException e) {
                notes.accept(state(part) + ": cannot be written (" + Bytes.reason(e) + "); the next render computes "
                        + "it again");
                forget(part);
                return;
            }
            pending.put(part, new java.lang.ref.SoftReference<>(state)); // held softly, as memory allows
        }
    }

    /** A part's state that could not be replaced: the one before is not left for the next render either. */
    private void forget(String part) {
        memory.related.forget();
        memory.search.forget();
        try {
            Files.deleteIfExists(state(part));
        } catch (IOException e) {
            // then it is not there to read, or is read as damaged
        }
    }

    /** The states this render left, in their places now: the next render in this process takes them from memory. */
    private void remember(Map<String, java.lang.ref.Reference<RenderState>> parts) {
        for (Map.Entry<String, java.lang.ref.Reference<RenderState>> e : parts.entrySet()) {
            String part = e.getKey();
            RenderState state = e.getValue().get();
            if (state instanceof RelatedBriefs.State r) {
                memory.related.wrote(state(part), r);
            } else if (state instanceof SearchIndex.State q) {
                memory.search.wrote(state(part), q);
            }
        }
    }

    /** A render that did not commit leaves no state behind. */
    private void discard(Map<String, java.lang.ref.Reference<RenderState>> pending) throws IOException {
        for (String part : pending.keySet()) {
            Files.deleteIfExists(next(part));
        }
        pending.clear();
    }

    /** What every page is made with besides briefs, authors and templates: the settings and the engine. */
    private String settingsFingerprint() {
        MessageDigest sha = Fingerprint.sha();
        Consumer<Object> add = o -> sha.update((String.valueOf(o) + "\u0000").getBytes(StandardCharsets.UTF_8));
        add.accept(Fingerprint.engine());
        add.accept(List.of(title, description, baseUrl));
        add.accept(new TreeMap<>(themeDescriptions));
        add.accept(lexicon.fingerprint());
        return HexFormat.of().formatHex(sha.digest());
    }

    /**
     * Everything the pages are made of but the templates: the settings, the other forms of names (which only the brief
     * pages that link those names are made from, each page's inputs naming the forms it links), the briefs and the
     * authors.
     */
    private static String contentFingerprint(String settings, Map<TermKind, Map<String, String>> aliases, Corpus corpus,
            List<Brief> briefs, List<AuthorRegistry.Author> authors) {
        corpus.fingerprints(); // in parallel
        MessageDigest sha = Fingerprint.sha();
        Consumer<Object> add = o -> sha.update((String.valueOf(o) + "\u0000").getBytes(StandardCharsets.UTF_8));
        add.accept(settings);
        new TreeMap<>(aliases).forEach((k, v) -> add.accept(k + "=" + new TreeMap<>(v)));
        briefs.forEach(b -> add.accept(corpus.fingerprint(b)));
        authors.forEach(add);
        return HexFormat.of().formatHex(sha.digest());
    }

    /**
     * Writes the site into {@code out}: everything, or with a {@code previous} site of the same content, only the
     * pages of the {@code changed} templates, the rest kept. Briefs whose pages could not be rendered are put in
     * {@code failed}, and then nothing more is written.
     */
    private int write(Corpus corpus, Map<String, AuthorRegistry.Author> people, SiteOutput out,
            Map<String, Long> stages, PreviousSite previous, Set<PageKind> changed, Map<Brief, String> failed,
            Render.Inputs inputs, String settings, Map<String, java.lang.ref.Reference<RenderState>> pending)
            throws IOException, SiteException {
        long t = System.nanoTime();
        int pages = 0;
        boolean all = previous == null;
        java.util.function.Predicate<PageKind> renders = kind -> all || changed.contains(kind);
        if (!all) {
            for (String path : previous.files()) {
                PageKind kind = previous.kindOf(path);
                if (!SitePaths.ASSETS.contains(path) && (kind == null || !changed.contains(kind))) {
                    out.keep(path);
                    inputs.carry(path);
                    pages += kind == null ? 0 : 1;
                }
            }
            t = lap(stages, "unchanged pages kept", t);
            if (changed.isEmpty()) {
                templates.writeAssets(out);
                return pages;
            }
        }
        Render render = new Render(new Models(corpus, title, description, baseUrl), templates, out, all,
                themeDescriptions, aliases, lexicon, people, failed, inputs, settings);
        t = lap(stages, "corpus indexed", t);
        for (PageKind kind : PageKind.values()) {
            if (renders.test(kind)) {
                pages += kind.writer().write(render);
                t = lap(stages, kind.label(), t);
                if (!failed.isEmpty()) {
                    return pages;
                }
            }
        }
        if (all) {
            SearchIndex search = new SearchIndex(BriefPages.stopwords(corpus.briefs(), lexicon),
                    lexicon.words(io.github.dossier.knowledge.Lexicon.INFLECTION_ENDINGS));
            leave("search", search.write(corpus.briefs(), render::file, render::carry, inputs.takeSearchBefore()),
                    pending);
            t = lap(stages, "search index", t);
            out.write(SitePaths.NO_JEKYLL, "");
            Sitemap.write(corpus, baseUrl, render::file);
            AtomFeed.writeAll(corpus, title, baseUrl, render::file);
        }
        templates.writeAssets(out);
        t = lap(stages, "feeds, sitemap, assets", t);
        // Over the previous site (checked when it was made), only what changed is checked again.
        List<String> broken = LinkCheck.broken(out);
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

    /** Configures a {@link SiteRenderer}. */
    public static final class Builder {
        private Path manifest;
        private Path templates;
        private String title = "Dossier";
        private String description = "";
        private String baseUrl = "";
        private Map<String, String> themeDescriptions = Map.of();
        private Map<TermKind, Map<String, String>> aliases = Map.of();
        private Lexicon lexicon; // the shipped lexicon unless set
        private boolean failOnSkippedPage;
        private Consumer<String> notes = note -> { };
        private java.util.function.Function<Brief, String> fingerprints = b -> null;
        private Memory memory = new Memory();

        private Builder() {
        }

        /** What earlier renders of the same project in this process left ({@link Memory}); by default, nothing. */
        public Builder memory(Memory memory) {
            this.memory = memory;
            return this;
        }

        /**
         * Briefs' {@link Brief#fingerprint()}s already known (computed when they were written, say), so that the render
         * does not compute them again; null for a brief it does not know. Only ever the fingerprint of that very brief.
         */
        public Builder fingerprints(java.util.function.Function<Brief, String> known) {
            this.fingerprints = known;
            return this;
        }

        /**
         * Who hears what a render does to the output directory besides writing pages: putting back a site that an
         * interrupted build left missing, moving aside a leftover it cannot delete. Told as it happens, failed render
         * or not.
         */
        public Builder notes(Consumer<String> notes) {
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

        /** The lexicon: its English stopwords (left out of the search index and of related briefs), opinion labels. */
        public Builder lexicon(Lexicon lexicon) {
            this.lexicon = lexicon;
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
