package io.github.dossier.site.pages;

import io.github.dossier.site.model.SitePaths;

/**
 * The kinds of page a site has: a closed set, as Hugo's kinds are, each with the template that makes its pages and
 * the writer that fills them, in the order a render writes them. Adding a kind of page is adding a constant here
 * (and its path to {@link SitePaths}).
 */
public enum PageKind {
    HOME("index.ftlh", "home page", new HomePage()),
    BRIEF_LIST("briefs.ftlh", "brief list", new BriefListPage()),
    BRIEF("brief.ftlh", "brief pages", new BriefPages()),
    TERM_LIST("terms.ftlh", "term lists", new TermListPages()),
    TERM("term.ftlh", "term pages", new TermPages()),
    SEARCH("search.ftlh", "search page", new SearchPage()),
    NOT_FOUND("404.ftlh", "404 page", new NotFoundPage());

    private final String template;
    private final String label;
    private final PageWriter writer;

    PageKind(String template, String label, PageWriter writer) {
        this.template = template;
        this.label = label;
        this.writer = writer;
    }

    /** What a build's timings call these pages. */
    public String label() {
        return label;
    }

    /** The template that makes pages of this kind. */
    public String template() {
        return template;
    }

    /** Writes every page of this kind; returns how many. */
    public int write(Render render) throws java.io.IOException, ThemeException {
        return writer.write(render);
    }
}
