package io.github.dossier.site.pages;

import io.github.dossier.brief.AuthorRegistry;
import io.github.dossier.brief.Brief;
import io.github.dossier.internal.Fingerprint;
import io.github.dossier.knowledge.Lexicon;
import io.github.dossier.site.model.Corpus;
import io.github.dossier.site.model.Models;
import io.github.dossier.site.model.PageInputs;
import io.github.dossier.site.model.TermKind;
import io.github.dossier.site.state.SiteOutput;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

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
 * @param lexicon           opinion labels (which JSON-LD reads) and name particles (which citations read)
 * @param people            what the author register says of each author, by name
 * @param relations         the related briefs each brief's page lists, made when the brief pages ask
 * @param failed            briefs whose page could not be rendered, with their warning line
 * @param inputs            what each file was made from ({@link PageInputs}): as the previous site recorded it
 *                          (to take unchanged files from it), and as this render makes them (to record)
 * @param settings          the fingerprint of the settings every page is made with (title, description, base URL,
 *                          lexicon, theme descriptions, engine); the other forms of names are the inputs of the brief
 *                          pages that link them
 */
public record Render(Models models, Templates templates, SiteOutput out, boolean complete,
        Map<String, String> themeDescriptions, Map<TermKind, Map<String, String>> aliases, Lexicon lexicon,
        Map<String, AuthorRegistry.Author> people, Relations relations, Map<Brief, String> failed, Inputs inputs,
        String settings) {

    /**
     * What each file of the site is made from: the previous render's record, this render's, the templates'
     * fingerprints by kind of page, and how many files were rendered and how many taken as they were.
     */
    public static final class Inputs {
        private final Map<String, String> previous;
        private final Map<PageKind, String> templates;
        private final Map<String, String> made = new ConcurrentHashMap<>();
        /** The kind of each page this render made or took, by path: recorded, never guessed from a path. */
        private final Map<String, PageKind> kinds = new ConcurrentHashMap<>();
        private final Function<String, PageKind> previousKinds;
        private final AtomicInteger rendered = new AtomicInteger();
        private final AtomicInteger reused = new AtomicInteger();

        /**
         * Inputs over the {@code previous} site's record of what each file was made from and of each page's kind,
         * with this render's templates' fingerprints by kind of page.
         */
        public Inputs(Map<String, String> previous, Function<String, PageKind> previousKinds,
                Map<PageKind, String> templates) {
            this.previous = previous; // the previous site's record, read-only
            this.previousKinds = previousKinds;
            this.templates = Map.copyOf(templates);
        }

        /** No previous render, nothing recorded: every file is written. */
        public static Inputs none() {
            return new Inputs(Map.of(), path -> null, Map.of());
        }

        /** Records that the file at {@code path} is taken from the previous site as it was, inputs and all. */
        public void carry(String path) {
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
        public Map<String, PageKind> kinds() {
            return new TreeMap<>(kinds);
        }

        /** What this render's files were made from, by path. */
        public Map<String, String> made() {
            return new TreeMap<>(made);
        }

        public int rendered() {
            return rendered.get();
        }

        public int reused() {
            return reused.get();
        }
    }

    /**
     * Writes the page at {@code path} from {@code model} with {@code kind}'s template; when the previous site's page
     * there was made from the same model and templates, takes it as it is instead of rendering it again.
     */
    void page(PageKind kind, String path, Map<String, Object> model) throws IOException, ThemeException {
        if (!unchanged(kind, path, model)) {
            write(kind, path, model);
        }
    }

    /**
     * Whether the page at {@code path} is made from the same {@code inputs} (its model, or everything its model is
     * made from) with the same templates as the previous site's page there; if so, that page is taken as it is.
     * Otherwise the caller writes it ({@link #write}).
     */
    boolean unchanged(PageKind kind, String path, Object inputs) throws IOException {
        this.inputs.kinds.put(path, kind);
        return reuse(path, PageInputs.of(this.inputs.templates.getOrDefault(kind, ""), inputs));
    }

    /** Renders the page at {@code path} from {@code model} with {@code kind}'s template. */
    void write(PageKind kind, String path, Map<String, Object> model) throws IOException, ThemeException {
        inputs.kinds.put(path, kind);
        out.write(path, templates.render(kind, model));
    }

    /**
     * Takes the file at {@code path} (a citation beside an unchanged page, made from the same brief) from the
     * previous site, when it has one; false when it has not, and the caller writes it.
     */
    public boolean carry(String path) throws IOException {
        String input = inputs.previous.get(path);
        return input != null && reuse(path, input);
    }

    /** Writes a file that is made as {@code text} (a citation), or takes the previous site's when it is the same. */
    public void file(String path, String text) throws IOException {
        if (!reuse(path, Fingerprint.of(text))) {
            out.write(path, text);
        }
    }

    private boolean reuse(String path, String input) throws IOException {
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
