package io.github.dossier.site.pages;

import io.github.dossier.brief.Brief;
import io.github.dossier.site.charts.Charts;
import io.github.dossier.site.model.Corpus;
import io.github.dossier.site.model.Models;
import io.github.dossier.site.model.SitePaths;
import io.github.dossier.site.model.Term;
import io.github.dossier.site.model.TermKind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The home page: the newest briefs, the terms of each kind most briefs carry, and the charts. */
final class HomePage implements PageWriter {

    @Override
    public int write(Render render) throws IOException, ThemeException {
        Models models = render.models();
        Corpus corpus = render.corpus();
        Map<String, Object> home = models.page(SitePaths.HOME, models.title());
        // The newest briefs, as many as a list page holds: the list pages have every brief, and a home page that
        // held them all would be made again for an edit to any of them.
        List<Brief> all = corpus.briefs();
        home.put("briefs", models.cards(all.subList(0, Math.min(all.size(), Models.PER_PAGE))));
        Map<String, Object> tops = new LinkedHashMap<>();
        for (TermKind kind : TermKind.values()) {
            // Most discussed: where there are more terms than the list holds, none that only one brief carries.
            List<Term> top = corpus.top(kind, 12);
            List<Term> shown = corpus.terms(kind).size() <= top.size() ? top
                    : top.stream().filter(t -> t.briefs().size() > 1).toList();
            tops.put(kind.folder(), shown.stream().map(models::termLink).toList());
        }
        home.put("top", tops);
        List<Map<String, Object>> charts = new ArrayList<>();
        if (!corpus.terms(TermKind.COUNTRY).isEmpty()) {
            charts.add(Charts.model(Charts.coMentions(corpus, 12)));
            if (!corpus.terms(TermKind.THEME).isEmpty()) {
                charts.add(Charts.model(Charts.themesByCountry(corpus, 12)));
            }
        }
        Optional.ofNullable(Charts.timeline(corpus)).map(Charts::model).ifPresent(charts::add);
        home.put("charts", charts);
        home.put("feed", models.baseUrl().isEmpty() ? "" : SitePaths.FEED);
        render.page(PageKind.HOME, SitePaths.HOME, home);
        return 1;
    }
}
