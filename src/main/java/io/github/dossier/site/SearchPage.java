package io.github.dossier.site;

import java.io.IOException;

/** The search page; the index it searches is written by {@link SearchIndex}. */
final class SearchPage implements PageWriter {

    @Override
    public int write(Render render) throws IOException, SiteException {
        render.page(PageKind.SEARCH, SitePaths.SEARCH, render.models().page(SitePaths.SEARCH, "Search"));
        return 1;
    }
}
