package io.github.dossier.site;

import java.io.IOException;

/** A page made of the site's model alone: the search page and the "page not found" page. */
final class StaticPage {

    private StaticPage() {
    }

    static void writeSearch(Models models, Templates templates, SiteOutput out) throws IOException, SiteException {
        out.write(SitePaths.SEARCH, templates.render(PageKind.SEARCH, models.page(SitePaths.SEARCH, "Search")));
    }

    static void writeNotFound(Models models, Templates templates, SiteOutput out) throws IOException, SiteException {
        out.write(SitePaths.NOT_FOUND,
                templates.render(PageKind.NOT_FOUND, models.page(SitePaths.NOT_FOUND, "Page not found")));
    }
}
