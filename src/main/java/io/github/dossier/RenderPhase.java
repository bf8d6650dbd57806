package io.github.dossier;

import io.github.dossier.brief.AuthorRegistry;
import io.github.dossier.brief.Brief;
import io.github.dossier.brief.BriefStore;
import io.github.dossier.brief.Corrections;
import io.github.dossier.knowledge.Knowledge;
import io.github.dossier.site.SiteException;
import io.github.dossier.site.SiteRenderer;
import io.github.dossier.site.model.TermKind;
import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The second phase of a build: briefs to site. Reads the briefs (or takes those the briefs phase just left on disk)
 * and the author register, reviews hand-edited briefs for doubts, and renders the site with the project's
 * knowledge: the names briefs carry are linked by every form the knowledge gives them.
 */
final class RenderPhase {

    /** The render phase's result: the site's pages, those rendered (the rest kept), and those skipped. */
    record Outcome(int pages, int rendered, int pagesSkipped, Diagnostics diagnostics) {
    }

    private final DossierConfig config;
    private final BuildLog log;
    private final Progress progress;
    private final Knowledge knowledge;
    /** What this engine's renders keep between them: a preview server reads the last render's record once. */
    private final SiteRenderer.Memory memory = new SiteRenderer.Memory();

    RenderPhase(DossierConfig config, BuildLog log, Knowledge knowledge, Progress progress) {
        this.config = config;
        this.log = log;
        this.progress = progress;
        this.knowledge = knowledge;
    }

    /**
     * Renders {@code synced} (the briefs the briefs phase left on disk), or the briefs read from disk when null.
     * {@code before} are the build's diagnostics so far: with {@code failOnWarning}, a warning among them or among
     * the briefs' doubts stops the render before anything is written.
     */
    Outcome run(List<Brief> synced, Diagnostics before) throws DossierException {
        return run(synced, Map.of(), Corrections.none(), before);
    }

    /**
     * As {@link #run(List, Diagnostics)}, with the fingerprints of {@code synced} briefs the briefs phase computed, and
     * the researcher's {@code corrections} applied to every brief on its way to the site.
     */
    Outcome run(List<Brief> synced, Map<Brief, String> fingerprints, Corrections corrections, Diagnostics before)
            throws DossierException {
        Diagnostics.Recorder diagnostics = new Diagnostics.Recorder(log);
        progress.stage("render", 0, "");
        long t = System.nanoTime();
        BriefStore store = new BriefStore(config.briefsDirectory());
        List<Brief> briefs;
        List<AuthorRegistry.Author> authors;
        try {
            if (synced != null) {
                briefs = synced;
            } else {
                briefs = store.readAll();
                store.refused().forEach(diagnostics::warn); // the briefs phase said so when there was one
            }
            authors = AuthorRegistry.read(config.authorsDirectory()).all();
        } catch (IOException e) {
            throw new DossierException(e.getMessage(), e);
        }
        t = diagnostics.time("brief read", t);
        store.doubts(briefs).forEach(diagnostics::warn);
        // The researcher's corrections, between the briefs and every page: a brief they change is a new brief (its
        // fingerprint made again), one they leave is the very object.
        Corrections.Use use = corrections.use();
        briefs = briefs.parallelStream().map(use::apply).toList();
        use.unused().forEach(diagnostics::warn);
        Dossier.failOnWarnings(config, before.plus(diagnostics.done()));
        Map<TermKind, Map<String, String>> aliases = new EnumMap<>(TermKind.class);
        aliases.put(TermKind.COUNTRY, corrected(knowledge.gazetteer().names(), Corrections.Kind.COUNTRIES, corrections));
        aliases.put(TermKind.PERSON, corrected(knowledge.aliases(knowledge.people()), Corrections.Kind.PEOPLE,
                corrections));
        aliases.put(TermKind.ORGANISATION, corrected(knowledge.aliases(knowledge.organisations()),
                Corrections.Kind.ORGANISATIONS, corrections));
        // The researcher's renames are forms of the new names too ("Zelenskiy" links Volodymyr Zelensky's page), over
        // what the knowledge says of them.
        corrections.renamedForms().forEach((kind, forms) -> {
            Map<String, String> merged = new java.util.LinkedHashMap<>(aliases.getOrDefault(termKind(kind), Map.of()));
            merged.putAll(forms);
            aliases.put(termKind(kind), merged);
        });
        SiteRenderer renderer = SiteRenderer.builder()
                .templates(config.templatesDirectory())
                .title(config.title())
                .description(config.description())
                .baseUrl(config.baseUrl())
                .themeDescriptions(knowledge.themeDescriptions())
                .aliases(aliases)
                .lexicon(knowledge.lexicon())
                .manifest(config.cacheDirectory() == null ? null : config.cacheDirectory().resolve("site-manifest"))
                .failOnSkippedPage(config.failOnWarning())
                .notes(log::note)
                .fingerprints(fingerprints::get)
                .memory(memory)
                .build();
        try {
            SiteRenderer.Result result = renderer.render(briefs, authors, config.outputDirectory());
            diagnostics.time("render", t);
            result.stageMillis().forEach((k, v) -> diagnostics.timing("  " + k, v));
            result.skipped().forEach(diagnostics::warn);
            return new Outcome(result.pages(), result.rendered(), result.skipped().size(), diagnostics.done());
        } catch (SiteException e) {
            throw new DossierException(e.getMessage() + "; the previous site was left as it was", e);
        } catch (java.io.UncheckedIOException e) {
            // A brief's body read again from its file, which was edited (or removed) while the build ran.
            throw new DossierException(e.getCause().getMessage() + "; the previous site was left as it was", e);
        } catch (IOException e) {
            throw new DossierException("cannot write the site to " + config.outputDirectory() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The knowledge's other forms of names, each pointing at its name as the researcher's corrections leave it: a form of
     * a renamed name links the new name's page, a form of a dropped name links nothing.
     */
    private static Map<String, String> corrected(Map<String, String> aliases, Corrections.Kind kind,
            Corrections corrections) {
        if (corrections.isEmpty()) {
            return aliases;
        }
        Map<String, String> out = new java.util.LinkedHashMap<>();
        aliases.forEach((form, name) -> corrections.forAll(kind, name).ifPresent(to -> out.put(form, to)));
        return out;
    }

    /** The site's kind of term for a kind of name corrections rename. */
    static TermKind termKind(Corrections.Kind kind) {
        return switch (kind) {
            case AUTHORS -> TermKind.AUTHOR;
            case PUBLICATIONS -> TermKind.PUBLICATION;
            case PEOPLE -> TermKind.PERSON;
            case ORGANISATIONS -> TermKind.ORGANISATION;
            case COUNTRIES -> TermKind.COUNTRY;
            case THEMES -> TermKind.THEME;
        };
    }
}
