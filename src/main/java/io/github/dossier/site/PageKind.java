package io.github.dossier.site;

/**
 * The kinds of page a site has, each made by one template: a closed set, as Hugo's kinds are. Where each page
 * lives is {@link SitePaths}'s to say.
 */
enum PageKind {
    HOME("index.ftlh"),
    BRIEF_LIST("briefs.ftlh"),
    BRIEF("brief.ftlh"),
    TERM_LIST("terms.ftlh"),
    TERM("term.ftlh"),
    SEARCH("search.ftlh"),
    NOT_FOUND("404.ftlh");

    private final String template;

    PageKind(String template) {
        this.template = template;
    }

    /** The template that makes pages of this kind. */
    String template() {
        return template;
    }
}
