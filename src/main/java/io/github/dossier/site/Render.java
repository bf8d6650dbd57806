package io.github.dossier.site;

import io.github.dossier.brief.AuthorRegistry;
import io.github.dossier.brief.Brief;
import io.github.dossier.knowledge.Lexicon;
import java.util.Map;
import java.util.Optional;

/**
 * One render's shared state, handed to each kind of page in turn: what templates see, the templates, where pages
 * go, what the pages need besides the briefs, and what went wrong with one brief's page.
 *
 * @param models            the models of the corpus
 * @param templates         the theme
 * @param out               the site being written
 * @param complete          whether every file is written (false when only the pages of changed templates are)
 * @param themeDescriptions what each theme means
 * @param aliases           other names of the names briefs carry, by kind, linked like them
 * @param lexicon           stopwords (which related briefs and the search index leave out), opinion labels
 * @param people            what the author register says of each author, by name
 * @param failed            briefs whose page could not be rendered, with their warning line
 * @param inputs            what each file was made from ({@link PageInputs}): as the previous site recorded it
 *                          (to take unchanged files from it), and as this render makes them (to record)
 * @param settings          the fingerprint of the settings every page is made with (title, description, base URL,
 *                          lexicon, theme descriptions, engine); the other forms of names are the inputs of the brief
 *                          pages that link them
 */
record Render(Models models, Templates templates, SiteOutput out, boolean complete, Map<String, String> themeDescriptions,
        Map<TermKind, Map<String, String>> aliases, Lexicon lexicon, Map<String, AuthorRegistry.Author> people,
        Map<Brief, String> failed, Inputs inputs, String settings) {

    /**
     * What each file of the site is made from: the previous render's record, this render's, the templates'
     * fingerprints by kind of page, and how many files were rendered and how many taken as they were.
     */
    static final class Inputs {
        private final Map<String, String> previous;
        private final Map<PageKind, String> templates;
        private final Map<String, String> made = new java.util.concurrent.ConcurrentHashMap<>();
        /** The kind of each page this render made or took, by path: recorded, never guessed from a path. */
        private final Map<String, PageKind> kinds = new java.util.concurrent.ConcurrentHashMap<>();
        private final java.util.function.Function<String, PageKind> previousKinds;
        private final java.util.concurrent.atomic.AtomicInteger rendered = new java.util.concurrent.atomic.AtomicInteger();
        private final java.util.concurrent.atomic.AtomicInteger reused = new java.util.concurrent.atomic.AtomicInteger();
        private java.util.function.Supplier<Optional<RelatedBriefs.State>> relatedBefore;
        private java.util.function.Supplier<Optional<SearchIndex.State>> searchBefore;
        private final StateSink states;

        /** Where a part's state for the next render goes as soon as it is made, so that it is not held. */
        @FunctionalInterface
        interface StateSink {
            void leave(String part, RenderState state) throws java.io.IOException;
        }

        /**
         * Inputs over the {@code previous} site's record; the states related briefs and the search index left are read
         * when their stage asks for them, not before (each is hundreds of megabytes at 100,000 briefs).
         */
        Inputs(Map<String, String> previous, java.util.function.Function<String, PageKind> previousKinds,
                Map<PageKind, String> templates, java.util.function.Supplier<Optional<RelatedBriefs.State>> related,
                java.util.function.Supplier<Optional<SearchIndex.State>> search, StateSink states) {
            this.previous = previous; // the previous site's record, read-only
            this.previousKinds = previousKinds;
            this.templates = Map.copyOf(templates);
            this.relatedBefore = related;
            this.searchBefore = search;
            this.states = states;
        }

        /** No previous render, nothing recorded: every file is written. */
        static Inputs none() {
            return new Inputs(Map.of(), path -> null, Map.of(), Optional::empty, Optional::empty, (part, state) -> { });
        }

        /** Leaves {@code part}'s state for the next render (written now, and let go by the caller). */
        void leave(String part, RenderState state) throws java.io.IOException {
            states.leave(part, state);
        }

        /** The search index's terms as an earlier render left them, to take unchanged briefs' from. */
        synchronized Optional<SearchIndex.State> takeSearchBefore() {
            Optional<SearchIndex.State> state = searchBefore.get();
            searchBefore = Optional::empty; // not held past its use
            return state;
        }

        /** Related briefs as an earlier render left them, to update rather than compute from nothing. */
        synchronized Optional<RelatedBriefs.State> takeRelatedBefore() {
            Optional<RelatedBriefs.State> state = relatedBefore.get();
            relatedBefore = Optional::empty; // not held past its use
            return state;
        }

        /** Records that the file at {@code path} is taken from the previous site as it was, inputs and all. */
        void carry(String path) {
            String input = previous.get(path);
            if (input != null) {
                made.put(path, input);
            }
            PageKind kind = previousKinds.apply(path);
            if (kind != null) {
                kinds.put(path, kind);
            }
        }

        /** The kind of each page of this render, by path. */
        Map<String, PageKind> kinds() {
            return new java.util.TreeMap<>(kinds);
        }

        /** What this render's files were made from, by path. */
        Map<String, String> made() {
            return new java.util.TreeMap<>(made);
        }

        int rendered() {
            return rendered.get();
        }

        int reused() {
            return reused.get();
        }
    }

    /**
     * Writes the page at {@code path} from {@code model} with {@code kind}'s template; when the previous site's page
     * there was made from the same model and templates, takes it as it is instead of rendering it again.
     */
    void page(PageKind kind, String path, Map<String, Object> model) throws java.io.IOException, SiteException {
        if (!unchanged(kind, path, model)) {
            write(kind, path, model);
        }
    }

    /**
     * Whether the page at {@code path} is made from the same {@code inputs} (its model, or everything its model is
     * made from) with the same templates as the previous site's page there; if so, that page is taken as it is.
     * Otherwise the caller writes it ({@link #write}).
     */
    boolean unchanged(PageKind kind, String path, Object inputs) throws java.io.IOException {
        this.inputs.kinds.put(path, kind);
        return reuse(path, PageInputs.of(this.inputs.templates.getOrDefault(kind, ""), inputs));
    }

    /** Renders the page at {@code path} from {@code model} with {@code kind}'s template. */
    void write(PageKind kind, String path, Map<String, Object> model) throws java.io.IOException, SiteException {
        inputs.kinds.put(path, kind);
        out.write(path, templates.render(kind, model));
    }

    /**
     * Takes the file at {@code path} (a citation beside an unchanged page, made from the same brief) from the
     * previous site, when it has one; false when it has not, and the caller writes it.
     */
    boolean carry(String path) throws java.io.IOException {
        String input = inputs.previous.get(path);
        return input != null && reuse(path, input);
    }

    /** Writes a file that is made as {@code text} (a citation), or takes the previous site's when it is the same. */
    void file(String path, String text) throws java.io.IOException {
        if (!reuse(path, io.github.dossier.internal.Fingerprint.of(text))) {
            out.write(path, text);
        }
    }

    private boolean reuse(String path, String input) throws java.io.IOException {
        inputs.made.put(path, input);
        if (input.equals(inputs.previous.get(path))) {
            out.keep(path);
            inputs.reused.incrementAndGet();
            return true;
        }
        inputs.rendered.incrementAndGet();
        return false;
    }

    Corpus corpus() {
        return models.corpus();
    }

    /** Whether the register says {@code author} is an organisation signing as an author, not a person. */
    boolean isOrganisation(String author) {
        AuthorRegistry.Author a = people.get(author);
        return a != null && a.organisation();
    }
}
