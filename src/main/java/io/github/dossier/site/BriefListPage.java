package io.github.dossier.site;

import java.io.IOException;
import java.util.Map;

/** The list of every brief, newest first. */
final class BriefListPage {

    private BriefListPage() {
    }

    static void write(Models models, Templates templates, SiteOutput out) throws IOException, SiteException {
        Map<String, Object> list = models.page(SitePaths.briefList(), "All briefs");
        list.put("briefs", models.cards(models.corpus().briefs()));
        out.write(SitePaths.briefList(), templates.render(PageKind.BRIEF_LIST, list));
    }
}
