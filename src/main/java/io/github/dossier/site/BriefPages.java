package io.github.dossier.site;

import io.github.dossier.brief.Brief;
import io.github.dossier.internal.Fault;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * A page per brief: its metadata linked to the term pages, its body as HTML with the first mention of each name it
 * carries linked, the briefs related to it with the reasons, its citation (formatted, and as BibTeX, RIS and
 * CSL-JSON files beside the page) and its JSON-LD. Pages are independent of each other and rendered in parallel.
 *
 * <p>What is made from one brief's own text concerns that brief alone: when it fails, the brief is reported in the
 * render's {@code failed} and its page is not written. A template or the file system failing concerns the site.
 */
final class BriefPages implements PageWriter {

    /** The kinds of name whose first mention in a body links to its page. */
    private static final List<TermKind> MENTIONED = List.of(TermKind.AUTHOR, TermKind.PERSON, TermKind.ORGANISATION,
            TermKind.COUNTRY);

    private final Parser markdown = Parser.builder().build();
    /** Raw HTML in a brief is shown as text; links keep only http, https and mailto (no data: or javascript:). */
    private final HtmlRenderer html = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto"))).build();

    /**
     * Writes every brief's page, and in a complete render its citation files. Briefs that could not be rendered are
     * put in the render's {@code failed}, with their warning line, and their pages are not written.
     */
    @Override
    public int write(Render render) throws IOException, SiteException {
        Models models = render.models();
        List<Brief> ordered = render.corpus().briefs();
        RelatedBriefs related = new RelatedBriefs(ordered, render.lexicon().stopwords("en"));
        JsonLd jsonLd = new JsonLd(render.lexicon(), render::isOrganisation);
        Map<String, Linker.Target> mentions = mentionTargets(render.corpus(), render.aliases());
        render.templates().template(PageKind.BRIEF); // parsed once, before the threads share it: errors surface here
        List<Exception> failures = Collections.synchronizedList(new ArrayList<>());
        Map<Brief, String> failed = new ConcurrentHashMap<>();
        IntStream.range(0, ordered.size()).parallel().forEach(i -> {
            if (!failures.isEmpty()) {
                return;
            }
            Brief b = ordered.get(i);
            String path = SitePaths.brief(b.slug());
            Map<String, Object> model;
            List<String> files;
            try {
                model = models.page(path, b.title());
                Citation citation = new Citation(b, models.baseUrl().isEmpty() ? "" : models.baseUrl() + path,
                        render::isOrganisation);
                model.put("brief", brief(b, citation, models, related, mentions, jsonLd));
                model.put("newer", i > 0 ? Models.link(ordered.get(i - 1)) : null);
                model.put("older", i + 1 < ordered.size() ? Models.link(ordered.get(i + 1)) : null);
                files = render.complete() ? List.of(citation.bibtex(), citation.ris(), citation.cslJson()) : List.of();
            } catch (RuntimeException | StackOverflowError e) {
                failed.put(b, path + (b.source().isEmpty() ? "" : " (from " + b.source() + ")") + ": render: "
                        + Fault.describe(e) + "; the brief is left out of the site");
                return;
            }
            try {
                render.page(PageKind.BRIEF, path, model);
                for (int f = 0; f < files.size(); f++) {
                    render.file(SitePaths.citation(b.slug(), Citation.EXTENSIONS.get(f)), files.get(f));
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
        render.failed().putAll(failed);
        return ordered.size() - failed.size();
    }

    private Map<String, Object> brief(Brief b, Citation citation, Models models, RelatedBriefs related,
            Map<String, Linker.Target> mentions, JsonLd jsonLd) {
        Corpus corpus = models.corpus();
        Map<String, Object> m = models.card(b);
        m.put("slug", b.slug());
        m.put("section", b.section().orElse(""));
        m.put("tags", b.tags());
        m.put("summaryAll", b.summary());
        // Sentences chosen from the body are a summary, not a standfirst: shown apart so they do not read twice.
        m.put("summaryIsExtract", !b.summary().isEmpty() && b.summary().stream().allMatch(s -> b.body().contains(s)));
        m.put("themes", models.links(TermKind.THEME, b.themes()));
        m.put("countries", models.links(TermKind.COUNTRY, b.countries()));
        m.put("people", models.links(TermKind.PERSON, b.people()));
        m.put("organisations", models.links(TermKind.ORGANISATION, b.organisations()));
        m.put("source", b.source());
        List<Map<String, Object>> quotes = new ArrayList<>();
        b.quotes().forEach(q -> quotes.add(Map.of("text", q.text(), "speaker", q.speaker().orElse(""))));
        m.put("quotes", quotes);
        List<Map<String, Object>> rel = new ArrayList<>();
        for (RelatedBriefs.Related r : related.of(b)) {
            Map<String, Object> l = Models.link(r.brief());
            l.put("shares", r.shares());
            rel.add(l);
        }
        m.put("related", rel);
        m.put("cite", citation.text());
        m.put("bibtex", SitePaths.citationFile(b.slug(), "bib"));
        m.put("ris", SitePaths.citationFile(b.slug(), "ris"));
        m.put("csl", SitePaths.citationFile(b.slug(), "csl.json"));
        m.put("opinion", jsonLd.isOpinion(b));
        m.put("jsonLd", jsonLd.of(b, models.baseUrl()));
        // Only names this brief carries are linked, each at its first mention.
        Map<String, Linker.Target> own = new LinkedHashMap<>();
        Set<String> paths = new HashSet<>();
        for (TermKind kind : MENTIONED) {
            kind.namesOf(b).forEach(n -> corpus.term(kind, n).ifPresent(t -> paths.add(t.path())));
        }
        mentions.forEach((phrase, target) -> {
            if (paths.contains(target.path())) {
                own.put(phrase, target);
            }
        });
        m.put("bodyHtml", Linker.link(html.render(markdown.parse(b.body())), own, SitePaths.root(SitePaths.brief(b.slug()))));
        return m;
    }

    /** Every form of every name the briefs carry, pointing at its page. */
    private static Map<String, Linker.Target> mentionTargets(Corpus corpus, Map<TermKind, Map<String, String>> aliases) {
        Map<String, Linker.Target> targets = new LinkedHashMap<>();
        for (TermKind kind : MENTIONED) {
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
}
