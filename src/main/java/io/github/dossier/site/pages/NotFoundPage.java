package io.github.dossier.site.pages;

import io.github.dossier.site.model.SitePaths;
import java.io.IOException;

/** The page a server shows for a path the site does not have. */
final class NotFoundPage implements PageWriter {

    @Override
    public int write(Render render) throws IOException, ThemeException {
        render.page(PageKind.NOT_FOUND, SitePaths.NOT_FOUND, render.models().page(SitePaths.NOT_FOUND, "Page not found"));
        return 1;
    }
}
