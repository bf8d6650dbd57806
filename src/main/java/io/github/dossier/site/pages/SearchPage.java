package io.github.dossier.site.pages;

import io.github.dossier.site.model.SitePaths;
import java.io.IOException;

/** The search page; the index it searches is written by {@code SearchIndex}. */
final class SearchPage implements PageWriter {

    @Override
    public int write(Render render) throws IOException, ThemeException {
        render.page(PageKind.SEARCH, SitePaths.SEARCH, render.models().page(SitePaths.SEARCH, "Search"));
        return 1;
    }
}
