package io.github.dossier.site;

import io.github.dossier.brief.AuthorRegistry;
import io.github.dossier.brief.Brief;
import io.github.dossier.inputs.Product;
import io.github.dossier.internal.FileMemo;
import io.github.dossier.knowledge.Lexicon;
import io.github.dossier.site.model.TermKind;
import io.github.dossier.site.pages.Templates;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The site stage: renders briefs into a static site with Freemarker templates.
 *
 * <p>Pages, one writer per kind ({@link io.github.dossier.site.pages.PageKind}, at the paths
 * {@link io.github.dossier.site.model.SitePaths} gives): the home page, the list of briefs and a page per brief, and
 * for each kind of term (author, theme, country, publication, person, organisation) a list and a page per term.
 * Beside them, one class per output ({@code outputs}: citations, JSON-LD, Atom feeds, the sitemap; here, the search
 * index and related briefs), the charts, the theme's assets; {@code state} puts the site in place, whole or in place,
 * once its links are checked. Every internal link is relative and names a file, so the site works from disk and
 * under a GitHub Pages project path. Scraped text is escaped everywhere by Freemarker's HTML output
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

    /** How every render of this renderer goes: immutable, one for all its renders. */
    private final Rendering rendering;

    private SiteRenderer(Builder b) {
        String baseUrl = b.baseUrl == null || b.baseUrl.isBlank() ? ""
                : b.baseUrl.endsWith("/") ? b.baseUrl : b.baseUrl + "/";
        // Read only for the lists the site's products declare: the settings' fingerprint covers exactly those.
        Lexicon lexicon = (b.lexicon == null ? Lexicon.shipped() : b.lexicon).only(Product.lists(Product.SITE));
        Settings settings = new Settings(b.title, b.description, baseUrl, b.themeDescriptions, b.aliases, lexicon);
        this.rendering = new Rendering(settings, new Templates(b.templates), b.manifest, b.failOnSkippedPage, b.notes,
                b.fingerprints, b.memory);
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
        return rendering.render(briefs, authors, output);
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
        private Function<Brief, String> fingerprints = b -> null;
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
        public Builder fingerprints(Function<Brief, String> known) {
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

        /**
         * The lexicon, read only for the lists the site's products declare ({@link io.github.dossier.inputs.Product}):
         * the stopwords of every language the briefs are in, the search's inflection endings, the opinion labels.
         */
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
