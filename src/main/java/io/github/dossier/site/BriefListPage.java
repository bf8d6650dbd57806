package io.github.dossier.site;

import java.io.IOException;
import java.util.Map;

/** The list of every brief, newest first. */
final class BriefListPage implements PageWriter {

    @Override
    public int write(Render render) throws IOException, SiteException {
        Map<String, Object> list = render.models().page(SitePaths.briefList(), "All briefs");
        list.put("briefs", render.models().cards(render.corpus().briefs()));
        render.page(PageKind.BRIEF_LIST, SitePaths.briefList(), list);
        return 1;
    }
}
