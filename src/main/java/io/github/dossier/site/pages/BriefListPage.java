package io.github.dossier.site.pages;

import io.github.dossier.site.model.SitePaths;
import java.io.IOException;
import java.util.Map;

/** The list of every brief, newest first, {@value Models#PER_PAGE} to a page. */
final class BriefListPage implements PageWriter {

    @Override
    public int write(Render render) throws IOException, ThemeException {
        return render.models().listPages(SitePaths.briefList(), "All briefs", render.corpus().briefs(), Map.of(),
                (path, model) -> render.page(PageKind.BRIEF_LIST, path, model));
    }
}
