package io.github.dossier.site.pages;

import io.github.dossier.brief.AuthorRegistry;
import io.github.dossier.brief.Brief;
import io.github.dossier.site.model.Corpus;
import io.github.dossier.site.model.Models;
import io.github.dossier.site.model.SitePaths;
import io.github.dossier.site.model.Term;
import io.github.dossier.site.model.TermKind;
import io.github.dossier.site.outputs.AtomFeed;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A page per term of every kind: its briefs, most prominent first, a sentence saying what it is, the terms it is
 * named with, its feed, and for an author the register's bio and affiliation and what they write on.
 */
final class TermPages implements PageWriter {

    @Override
    public int write(Render render) throws IOException, ThemeException {
        Models models = render.models();
        Corpus corpus = render.corpus();
        int pages = 0;
        for (TermKind kind : TermKind.values()) {
            boolean feeds = !models.baseUrl().isEmpty() && AtomFeed.KINDS.contains(kind);
            for (Term term : corpus.terms(kind)) {
                Map<String, Object> model = new LinkedHashMap<>();
                model.put("kind", Models.kind(kind));
                model.put("term", models.termLink(term));
                model.put("description", describe(term, render.themeDescriptions()));
                // An author's co-authors are the authors named with them: one list, not two.
                model.put("related", kind == TermKind.AUTHOR ? List.of() : corpus.related(term, 10).stream().map(e -> {
                    Map<String, Object> m = models.termLink(e.getKey()).copy();
                    m.put("shared", e.getValue());
                    return m;
                }).toList());
                if (kind == TermKind.AUTHOR) {
                    AuthorRegistry.Author person = render.people().get(term.name());
                    model.put("affiliation", person == null ? "" : person.affiliation().orElse(""));
                    model.put("bio", person == null ? "" : person.bio().orElse(""));
                    model.put("organisation", person != null && person.organisation());
                    model.put("writesOn", writesOn(term, corpus, models));
                }
                String feed = SitePaths.termFeed(kind, term.slug());
                model.put("feed", feeds ? SitePaths.relative(term.path(), feed) : "");
                // A term carried by many briefs lists them over several pages (countries/china/2.html, …), one
                // folder below the first, whose feed link goes up one.
                pages += models.listPages(term.path(), term.name(), term.briefs(), model, (path, page) -> {
                    page.put("feed", feeds ? SitePaths.relative(path, feed) : "");
                    render.page(PageKind.TERM, path, page);
                });
            }
        }
        return pages;
    }

    /** What a term's page says of it in a sentence. */
    private static String describe(Term term, Map<String, String> themeDescriptions) {
        int n = term.briefs().size();
        String count = n + (n == 1 ? " brief" : " briefs");
        return switch (term.kind()) {
            case THEME -> themeDescriptions.getOrDefault(term.name(), "");
            case COUNTRY -> term.name() + " is named in " + count + ", most prominently first.";
            case PUBLICATION -> count + " first published in " + term.name() + ".";
            case PERSON, ORGANISATION -> term.name() + " is named in " + count + ".";
            case AUTHOR -> "";
        };
    }

    /** The themes and countries an author writes about, and their co-authors, most often first. */
    private static Map<String, Object> writesOn(Term author, Corpus corpus, Models models) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (TermKind kind : List.of(TermKind.THEME, TermKind.COUNTRY, TermKind.AUTHOR)) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (Brief b : author.briefs()) {
                kind.namesOf(b).stream().map(n -> corpus.term(kind, n).map(Term::name).orElse(n)).distinct()
                        .forEach(n -> counts.merge(n, 1, Integer::sum));
            }
            counts.remove(author.name());
            List<Map<String, Object>> links = new ArrayList<>();
            counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(10)
                    .forEach(e -> corpus.term(kind, e.getKey()).ifPresent(t -> {
                        Map<String, Object> l = models.termLink(t).copy();
                        l.put("shared", e.getValue());
                        links.add(l);
                    }));
            m.put(kind == TermKind.AUTHOR ? "coauthors" : kind.folder(), links);
        }
        return m;
    }
}
