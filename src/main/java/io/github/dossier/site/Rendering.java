package io.github.dossier.site;

import io.github.dossier.brief.AuthorRegistry;
import io.github.dossier.brief.Brief;
import io.github.dossier.internal.Bytes;
import io.github.dossier.site.model.Corpus;
import io.github.dossier.site.model.Models;
import io.github.dossier.site.model.SitePaths;
import io.github.dossier.site.outputs.AtomFeed;
import io.github.dossier.site.outputs.Sitemap;
import io.github.dossier.site.pages.PageKind;
import io.github.dossier.site.pages.Render;
import io.github.dossier.site.pages.Templates;
import io.github.dossier.site.pages.ThemeException;
import io.github.dossier.site.state.LinkCheck;
import io.github.dossier.site.state.OutputException;
import io.github.dossier.site.state.SiteOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One render of a site, made for each call of {@link SiteRenderer#render}: it puts right what an interrupted build
 * left, reads the previous site's manifest, writes every kind of page (or only what changed, in place), the search
 * index, feeds, sitemap and assets, checks the links, and commits; a brief whose page cannot be rendered is left out
 * and the site rendered again without it. What a part of the render refuses (a template's error, an output directory
 * Dossier did not make) is thrown as a {@link SiteException}.
 */
final class Rendering {

    private final Settings settings;
    private final Templates templates;
    private final Path manifest;
    private final boolean failOnSkippedPage;
    private final Consumer<String> notes;
    private final Function<Brief, String> fingerprints;
    private final SiteRenderer.Memory memory;

    Rendering(Settings settings, Templates templates, Path manifest, boolean failOnSkippedPage,
            Consumer<String> notes, Function<Brief, String> fingerprints, SiteRenderer.Memory memory) {
        this.settings = settings;
        this.templates = templates;
        this.manifest = manifest;
        this.failOnSkippedPage = failOnSkippedPage;
        this.notes = notes;
        this.fingerprints = fingerprints;
        this.memory = memory;
    }

    /** Renders {@code briefs}, with what the author register says of each of {@code authors}, into {@code output}. */
    SiteRenderer.Result render(List<Brief> briefs, List<AuthorRegistry.Author> authors, Path output)
            throws IOException, SiteException {
        try {
            return run(briefs, authors, output);
        } catch (ThemeException | OutputException e) {
            SiteException thrown = new SiteException(e.getMessage(), e.getCause());
            thrown.setStackTrace(e.getStackTrace());
            throw thrown;
        }
    }

    private SiteRenderer.Result run(List<Brief> briefs, List<AuthorRegistry.Author> authors, Path output)
            throws IOException, SiteException, ThemeException, OutputException {
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
        String settingsFp = settings.fingerprint();
        Corpus corpus = new Corpus(briefs, fingerprints);
        String content = manifest == null ? "" : settings.content(settingsFp, corpus, briefs, authors);
        String shared = manifest == null ? "" : PreviousSite.sharedFingerprint(templates.folder());
        Map<String, String> templateFps = manifest == null ? Map.of()
                : PreviousSite.templateFingerprints(templates.folder());
        // A previous site made with other settings or shared templates is still updated in place, every file rendered
        // again and compared: only the files whose bytes change are rewritten.
        Optional<PreviousSite> previous = manifest == null ? Optional.empty()
                : memory.manifest.read(manifest, f -> PreviousSite.read(f, notes)).filter(p -> p.matches(output))
                        .map(p -> p.madeWith(settingsFp, shared) ? p : p.withoutInputs());
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
            return new SiteRenderer.Result(pages, output, Map.of("site unchanged", 0L), List.of(), 0, pages);
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
            Indexes indexes = new Indexes(manifest, memory, settings.lexicon(), notes);
            Optional<PreviousSite> before = previous;
            t = lap(reading, "output prepared", t);
            try {
                Map<String, Long> stages = new LinkedHashMap<>(reading);
                Map<Brief, String> failed = new LinkedHashMap<>();
                // What each page was made from, to keep every page of the previous site made from the same.
                Render.Inputs inputs = manifest == null ? Render.Inputs.none()
                        : new Render.Inputs(previous.map(PreviousSite::inputs).orElse(Map.of()),
                                path -> before.map(p -> p.kindOf(path)).orElse(null),
                                Settings.kinds(shared, templateFps));
                t = lap(stages, "previous indexes read", t);
                int pages = write(corpus, people, out, stages, changed == null ? null : previous.get(), changed, failed,
                        inputs, settingsFp, indexes);
                if (!failed.isEmpty()) {
                    out.abandon();
                    indexes.discard();
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
                    indexes.discard();
                    previous = Optional.empty();
                    changed = null;
                    continue;
                }
                t = lap(stages, out.inPlace() ? "site updated" : "site replaced", t);
                indexes.commit();
                if (manifest != null && skipped.isEmpty()) {
                    // Over the previous site, only the files written (or edited by hand) are looked at again.
                    Map<String, String> known = out.inPlace()
                            ? previous.map(p -> p.stampsKept(out.written(), edited)).orElse(Map.of()) : Map.of();
                    try {
                        memory.manifest.wrote(manifest, PreviousSite.write(manifest, output, settingsFp, content,
                                shared, templateFps, inputs.made(), inputs.kinds(), out.files(), known));
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
                return new SiteRenderer.Result(pages, output, stages, skipped, inputs.rendered(), inputs.reused());
            } catch (IOException | SiteException | ThemeException | RuntimeException | OutOfMemoryError e) {
                out.abandon();
                indexes.discard();
                throw e;
            }
        }
    }

    /**
     * Writes the site into {@code out}: everything, or with a {@code previous} site of the same content, only the
     * pages of the {@code changed} templates, the rest kept. Briefs whose pages could not be rendered are put in
     * {@code failed}, and then nothing more is written.
     */
    private int write(Corpus corpus, Map<String, AuthorRegistry.Author> people, SiteOutput out,
            Map<String, Long> stages, PreviousSite previous, Set<PageKind> changed, Map<Brief, String> failed,
            Render.Inputs inputs, String settingsFp, Indexes indexes)
            throws IOException, SiteException, ThemeException {
        long t = System.nanoTime();
        int pages = 0;
        boolean all = previous == null;
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
        String baseUrl = settings.baseUrl();
        Render render = new Render(new Models(corpus, settings.title(), settings.description(), baseUrl), templates,
                out, all, settings.themeDescriptions(), settings.aliases(), settings.lexicon(), people,
                indexes.relations(), failed, inputs, settingsFp);
        t = lap(stages, "corpus indexed", t);
        for (PageKind kind : PageKind.values()) {
            if (all || changed.contains(kind)) {
                pages += kind.write(render);
                t = lap(stages, kind.label(), t);
                if (!failed.isEmpty()) {
                    return pages;
                }
            }
        }
        if (all) {
            indexes.search(corpus.briefs(), render);
            render.file(SitePaths.searchFacets(), SearchFacets.script(corpus.facets()));
            t = lap(stages, "search index", t);
            out.write(SitePaths.NO_JEKYLL, "");
            Sitemap.write(corpus, baseUrl, render::file);
            AtomFeed.writeAll(corpus, settings.title(), baseUrl, render::file);
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
}
