package io.github.dossier.site;

import io.github.dossier.brief.AuthorRegistry;
import io.github.dossier.brief.Brief;
import io.github.dossier.knowledge.Lexicon;
import java.util.Map;

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
 */
record Render(Models models, Templates templates, SiteOutput out, boolean complete, Map<String, String> themeDescriptions,
        Map<TermKind, Map<String, String>> aliases, Lexicon lexicon, Map<String, AuthorRegistry.Author> people,
        Map<Brief, String> failed, Inputs inputs) {

    /**
     * What each file of the site is made from: the previous render's record, this render's, the templates'
     * fingerprints by kind of page, and how many files were rendered and how many taken as they were.
     */
    static final class Inputs {
        private final Map<String, String> previous;
        private final Map<PageKind, String> templates;
        private final Map<String, String> made = new java.util.concurrent.ConcurrentHashMap<>();
        private final java.util.concurrent.atomic.AtomicInteger rendered = new java.util.concurrent.atomic.AtomicInteger();
        private final java.util.concurrent.atomic.AtomicInteger reused = new java.util.concurrent.atomic.AtomicInteger();

        Inputs(Map<String, String> previous, Map<PageKind, String> templates) {
            this.previous = Map.copyOf(previous);
            this.templates = Map.copyOf(templates);
        }

        /** No previous render, nothing recorded: every file is written. */
        static Inputs none() {
            return new Inputs(Map.of(), Map.of());
        }

        /** Records that the file at {@code path} is taken from the previous site as it was, inputs and all. */
        void carry(String path) {
            String input = previous.get(path);
            if (input != null) {
                made.put(path, input);
            }
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
        String input = PageInputs.of(inputs.templates.getOrDefault(kind, ""), model);
        if (!reuse(path, input)) {
            out.write(path, templates.render(kind, model));
        }
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
            out.reuse(path);
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
