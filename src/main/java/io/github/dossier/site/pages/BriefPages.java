package io.github.dossier.site.pages;

import io.github.dossier.brief.Brief;
import io.github.dossier.internal.Fault;
import io.github.dossier.knowledge.Lexicon;
import io.github.dossier.site.model.Corpus;
import io.github.dossier.site.model.ModelPart;
import io.github.dossier.site.model.Models;
import io.github.dossier.site.model.SitePaths;
import io.github.dossier.site.model.Term;
import io.github.dossier.site.model.TermKind;
import io.github.dossier.site.outputs.Citation;
import io.github.dossier.site.outputs.JsonLd;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
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

    /** GFM tables: a page's data tables are kept as tables. */
    private static final List<org.commonmark.Extension> EXTENSIONS =
            List.of(org.commonmark.ext.gfm.tables.TablesExtension.create());
    private final Parser markdown = Parser.builder().extensions(EXTENSIONS).build();
    /** Raw HTML in a brief is shown as text; links keep only http, https and mailto (no data: or javascript:). */
    private final HtmlRenderer html = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto"))).build();

    /**
     * Writes every brief's page, and in a complete render its citation files. Briefs that could not be rendered are
     * put in the render's {@code failed}, with their warning line, and their pages are not written.
     */
    @Override
    public int write(Render render) throws IOException, ThemeException {
        Models models = render.models();
        List<Brief> ordered = render.corpus().briefs();
        Function<Brief, List<Relations.Related>> related = render.relations().relate(ordered);
        JsonLd jsonLd = new JsonLd(render.lexicon(), render::isOrganisation);
        Set<String> particles = render.lexicon().lowerCase(Lexicon.NAME_PARTICLES);
        Mentions mentions = new Mentions(render.corpus(), render.aliases());
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
                Brief newerBrief = i > 0 ? ordered.get(i - 1) : null;
                Brief olderBrief = i + 1 < ordered.size() ? ordered.get(i + 1) : null;
                List<Relations.Related> relatedBriefs = related.apply(b);
                // Everything the page is made from, short of the page itself, each part by its fingerprint: when it
                // is as the previous site's page was made from, that page is kept and no model is built.
                if (render.unchanged(PageKind.BRIEF, path,
                        inputs(render, b, path, relatedBriefs, newerBrief, olderBrief, mentions))
                        && carryCitations(render, b)) {
                    return;
                }
                ModelPart newer = newerBrief == null ? null : models.link(newerBrief);
                ModelPart older = olderBrief == null ? null : models.link(olderBrief);
                Map<String, Linker.Target> own = mentions.of(b);
                List<Map<String, Object>> rel = related(relatedBriefs, models);
                model = models.page(path, b.title());
                @SuppressWarnings("unchecked")
                Map<String, Object> page = (Map<String, Object>) model.get("page");
                page.put("description", description(b));
                Citation citation = new Citation(b, particles, render::isOrganisation);
                model.put("brief", brief(b, citation, models, rel, own, jsonLd));
                model.put("newer", newer);
                model.put("older", older);
                files = render.complete() ? List.of(citation.bibtex(), citation.ris(), citation.cslJson()) : List.of();
            } catch (RuntimeException | StackOverflowError e) {
                failed.put(b, path + (b.source().isEmpty() ? "" : " (from " + b.source() + ")") + ": render: "
                        + Fault.describe(e) + "; the brief is left out of the site");
                return;
            } catch (IOException e) {
                failures.add(e);
                return;
            }
            try {
                render.write(PageKind.BRIEF, path, model);
                for (int f = 0; f < files.size(); f++) {
                    render.file(SitePaths.citation(b.slug(), Citation.EXTENSIONS.get(f)), files.get(f));
                }
            } catch (IOException | ThemeException e) {
                failures.add(e);
            }
        });
        if (!failures.isEmpty()) {
            Exception first = failures.get(0);
            if (first instanceof ThemeException se) {
                throw se;
            }
            throw (IOException) first;
        }
        render.failed().putAll(failed);
        return ordered.size() - failed.size();
    }

    /**
     * What a brief's page is made from, as one line of fingerprints: the settings and the site, the brief, its related
     * briefs' links and what they share, its neighbours' links, the forms of the names its body links, the links to
     * its terms (with their counts) and whether each author is an organisation.
     */
    private static String inputs(Render render, Brief b, String path, List<Relations.Related> related,
            Brief newer, Brief older, Mentions mentions) {
        Models models = render.models();
        StringBuilder in = new StringBuilder(2048).append(render.settings()).append(' ').append(models.siteFingerprint())
                .append(' ').append(path).append(' ').append(render.corpus().fingerprint(b)).append(" related");
        for (Relations.Related r : related) {
            in.append(' ').append(models.linkFingerprint(r.brief())).append(r.shares());
        }
        in.append(" newer ").append(newer == null ? "-" : models.linkFingerprint(newer))
                .append(" older ").append(older == null ? "-" : models.linkFingerprint(older))
                .append(" mentions ").append(mentions.fingerprint(b)).append(" complete ").append(render.complete());
        for (TermKind kind : TermKind.values()) {
            in.append(' ').append(kind.folder());
            for (String name : kind.namesOf(b)) {
                render.corpus().term(kind, name).ifPresent(t -> in.append(' ').append(models.termLink(t).fingerprint()));
            }
        }
        in.append(" organisations ");
        b.authors().forEach(a -> in.append(render.isOrganisation(a) ? 'o' : 'p'));
        return in.toString();
    }

    /**
     * Takes a brief's citation files from the previous site beside its unchanged page (they are made from the same
     * brief); false when the previous site lacks one of them and the page must be made again. A render of changed
     * templates only writes no citation files: the previous site's are kept with the other files.
     */
    private static boolean carryCitations(Render render, Brief b) throws IOException {
        if (!render.complete()) {
            return true;
        }
        for (String ext : Citation.EXTENSIONS) {
            if (!render.carry(SitePaths.citation(b.slug(), ext))) {
                return false;
            }
        }
        return true;
    }

    private static List<Map<String, Object>> related(List<Relations.Related> related, Models models) {
        List<Map<String, Object>> rel = new ArrayList<>();
        for (Relations.Related r : related) {
            Map<String, Object> l = models.link(r.brief()).copy();
            l.put("shares", r.shares());
            rel.add(l);
        }
        return rel;
    }

    private Map<String, Object> brief(Brief b, Citation citation, Models models, List<Map<String, Object>> related,
            Map<String, Linker.Target> own, JsonLd jsonLd) {
        Corpus corpus = models.corpus();
        Map<String, Object> m = models.card(b).copy();
        m.put("slug", b.slug());
        m.put("section", b.section().orElse(""));
        m.put("tags", b.tags());
        // A lede that only repeats the title says nothing more.
        List<String> summary = Models.summary(b);
        // Sentences chosen from the body are a summary, not a standfirst: shown apart so they do not read twice, and
        // not at all where they are the body's opening paragraphs, which follow at once.
        String body = b.body(); // read again from its file when not held
        boolean extract = !summary.isEmpty() && summary.stream().allMatch(body::contains);
        int told = summary.stream().mapToInt(String::length).sum();
        boolean opening = extract && summary.stream().allMatch(x -> body.indexOf(x) <= told + 400);
        m.put("summaryAll", opening ? List.of() : summary);
        m.put("summaryIsExtract", extract);
        m.put("themes", models.links(TermKind.THEME, b.themes()));
        m.put("countries", models.links(TermKind.COUNTRY, b.countries()));
        m.put("people", models.links(TermKind.PERSON, b.people()));
        m.put("organisations", models.links(TermKind.ORGANISATION, b.organisations()));
        m.put("source", b.source());
        // The original article: an address that is a web page's (checked where it was read, and again here).
        Optional<String> url = Citation.original(b);
        m.put("url", url.orElse(""));
        m.put("urlText", url.map(BriefPages::shortAddress).orElse(""));
        m.put("accessed", b.accessed().map(Object::toString).orElse(""));
        m.put("accessedText", b.accessed().map(Models::day).orElse(""));
        m.put("language", b.language().orElse(""));
        List<Map<String, Object>> quotes = new ArrayList<>();
        b.quotes().forEach(q -> quotes.add(Map.of("text", q.text(), "speaker", q.speaker().orElse(""))));
        m.put("quotes", quotes);
        m.put("related", related);
        m.put("cite", citation.text());
        // The citation files beside the page, as it links them.
        String page = SitePaths.brief(b.slug());
        m.put("bibtex", SitePaths.relative(page, SitePaths.citation(b.slug(), "bib")));
        m.put("ris", SitePaths.relative(page, SitePaths.citation(b.slug(), "ris")));
        m.put("csl", SitePaths.relative(page, SitePaths.citation(b.slug(), "csl.json")));
        m.put("opinion", jsonLd.isOpinion(b));
        m.put("jsonLd", jsonLd.of(b, models.baseUrl()));
        // A character reference in the Markdown ("&#1;") is a character again once rendered: none that is a control.
        String bodyHtml = io.github.dossier.internal.InputText.body(html.render(markdown.parse(body)));
        m.put("bodyHtml", Linker.link(bodyHtml, own, SitePaths.root(page)));
        return m;
    }

    /** What search engines and link previews show of a brief: its summary, to about 200 characters. */
    static String description(Brief b) {
        String text = String.join(" ", b.summary()).replaceAll("\\s+", " ").strip();
        if (text.length() <= 200) {
            return text;
        }
        int cut = text.lastIndexOf(' ', 197);
        return text.substring(0, cut > 120 ? cut : 197) + "…";
    }

    /**
     * An address ({@link Citation#original}: no user-info) as a reader scans it: its host (without "www.") and path,
     * shortened in the middle when long; a backslash as the slash browsers read it.
     */
    static String shortAddress(String url) {
        String s = url.replaceFirst("(?i)^https?://(www\\.)?", "").replaceFirst("[?#].*$", "").replace('\\', '/');
        s = s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
        return s.length() <= 60 ? s : s.substring(0, 36) + "…" + s.substring(s.length() - 20);
    }

    /**
     * Every form of every name the briefs carry, pointing at its page, in one order (names by kind, then
     * alphabetically, each name before its other forms); and for one brief, the forms of the names it carries.
     */
    private static final class Mentions {

        private final Map<String, List<Map.Entry<String, Linker.Target>>> byPath = new HashMap<>();
        private final Map<String, String> fingerprints = new HashMap<>();
        private final Corpus corpus;

        Mentions(Corpus corpus, Map<TermKind, Map<String, String>> aliases) {
            this.corpus = corpus;
            Set<String> taken = new HashSet<>();
            for (TermKind kind : MENTIONED) {
                Map<String, List<String>> formsOf = new HashMap<>();
                aliases.getOrDefault(kind, Map.of()).forEach((form, name) -> {
                    if (form.length() > 2) {
                        formsOf.computeIfAbsent(name, k -> new ArrayList<>()).add(form);
                    }
                });
                for (Term t : corpus.terms(kind)) {
                    Linker.Target target = new Linker.Target(t.path(), t.name());
                    List<Map.Entry<String, Linker.Target>> forms = byPath.computeIfAbsent(t.path(), k -> new ArrayList<>());
                    if (taken.add(t.name())) {
                        forms.add(Map.entry(t.name(), target));
                    }
                    // Other forms alphabetically: the aliases' map has no order of its own.
                    for (String form : new java.util.TreeSet<>(formsOf.getOrDefault(t.name(), List.of()))) {
                        if (taken.add(form)) {
                            forms.add(Map.entry(form, target));
                        }
                    }
                }
            }
            byPath.forEach((path, forms) -> fingerprints.put(path,
                    io.github.dossier.internal.Fingerprint.of(path + "\u0000" + forms)));
        }

        /** The fingerprint of {@link #of}'s forms for {@code b}, without making them. */
        String fingerprint(Brief b) {
            List<String> paths = new ArrayList<>();
            for (TermKind kind : MENTIONED) {
                kind.namesOf(b).forEach(n -> corpus.term(kind, n).ifPresent(t -> paths.add(t.path())));
            }
            paths.sort(null);
            StringBuilder fingerprint = new StringBuilder();
            String last = null;
            for (String path : paths) {
                if (!path.equals(last)) {
                    fingerprint.append(fingerprints.getOrDefault(path, "")).append(' ');
                }
                last = path;
            }
            return fingerprint.toString();
        }

        /** The forms of the names {@code b} carries: only those are linked in its body, each at its first mention. */
        Map<String, Linker.Target> of(Brief b) {
            Set<String> paths = new java.util.TreeSet<>();
            for (TermKind kind : MENTIONED) {
                kind.namesOf(b).forEach(n -> corpus.term(kind, n).ifPresent(t -> paths.add(t.path())));
            }
            Map<String, Linker.Target> own = new LinkedHashMap<>();
            for (String path : paths) {
                byPath.getOrDefault(path, List.of()).forEach(e -> own.put(e.getKey(), e.getValue()));
            }
            return own;
        }
    }
}
