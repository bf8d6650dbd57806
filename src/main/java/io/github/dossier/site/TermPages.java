package io.github.dossier.site;

import io.github.dossier.brief.AuthorRegistry;
import io.github.dossier.brief.Brief;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pages of terms: for each kind, the list of its terms and a page per term (its briefs, most prominent first,
 * a sentence saying what it is, the terms it is named with, and for an author the register's bio and affiliation
 * and what they write on).
 */
final class TermPages {

    private final Models models;
    private final Templates templates;
    private final Map<String, String> themeDescriptions;
    private final Map<String, AuthorRegistry.Author> people;

    TermPages(Models models, Templates templates, Map<String, String> themeDescriptions,
            Map<String, AuthorRegistry.Author> people) {
        this.models = models;
        this.templates = templates;
        this.themeDescriptions = themeDescriptions;
        this.people = people;
    }

    /** The list of every term of {@code kind}. */
    void writeList(TermKind kind, SiteOutput out) throws IOException, SiteException {
        String path = SitePaths.termList(kind);
        Map<String, Object> list = models.page(path, kind.plural());
        list.put("kind", Models.kind(kind));
        list.put("terms", models.corpus().terms(kind).stream().map(Models::termLink).toList());
        out.write(path, templates.render(PageKind.TERM_LIST, list));
    }

    /** The page of each term of {@code kind}; returns how many. */
    int writeTerms(TermKind kind, SiteOutput out) throws IOException, SiteException {
        Corpus corpus = models.corpus();
        boolean feeds = !models.baseUrl().isEmpty() && AtomFeed.KINDS.contains(kind);
        for (Term term : corpus.terms(kind)) {
            Map<String, Object> model = models.page(term.path(), term.name());
            model.put("kind", Models.kind(kind));
            model.put("term", Models.termLink(term));
            model.put("description", describe(term));
            model.put("briefs", models.cards(term.briefs()));
            model.put("related", corpus.related(term, 10).stream().map(e -> {
                Map<String, Object> m = Models.termLink(e.getKey());
                m.put("shared", e.getValue());
                return m;
            }).toList());
            if (kind == TermKind.AUTHOR) {
                AuthorRegistry.Author person = people.get(term.name());
                model.put("affiliation", person == null ? "" : person.affiliation().orElse(""));
                model.put("bio", person == null ? "" : person.bio().orElse(""));
                model.put("writesOn", writesOn(term));
            }
            String feed = SitePaths.termFeed(kind, term.slug());
            model.put("feed", feeds ? feed.substring(feed.lastIndexOf('/') + 1) : "");
            out.write(term.path(), templates.render(PageKind.TERM, model));
        }
        return corpus.terms(kind).size();
    }

    /** What a term's page says of it in a sentence. */
    private String describe(Term term) {
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
    private Map<String, Object> writesOn(Term author) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (TermKind kind : List.of(TermKind.THEME, TermKind.COUNTRY, TermKind.AUTHOR)) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (Brief b : author.briefs()) {
                kind.namesOf(b).forEach(n -> counts.merge(n, 1, Integer::sum));
            }
            counts.remove(author.name());
            List<Map<String, Object>> links = new ArrayList<>();
            counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(10)
                    .forEach(e -> models.corpus().term(kind, e.getKey()).ifPresent(t -> {
                        Map<String, Object> l = Models.termLink(t);
                        l.put("shared", e.getValue());
                        links.add(l);
                    }));
            m.put(kind == TermKind.AUTHOR ? "coauthors" : kind.folder(), links);
        }
        return m;
    }
}
