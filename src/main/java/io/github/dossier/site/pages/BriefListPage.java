package io.github.dossier.site.pages;

import io.github.dossier.site.model.SitePaths;
import java.io.IOException;
import java.util.Map;

/**
 * The list of every brief, newest first, {@value Models#PER_PAGE} to a page, each page with the briefs' facets
 * (language, year, publication, theme) and their counts, each value a link to the search page filtered by it.
 */
final class BriefListPage implements PageWriter {

    @Override
    public int write(Render render) throws IOException, ThemeException {
        return render.models().listPages(SitePaths.briefList(), "All briefs", render.corpus().briefs(),
                Map.of("facets", render.corpus().facets().model(SitePaths.SEARCH)),
                (path, model) -> render.page(PageKind.BRIEF_LIST, path, model));
    }
}
