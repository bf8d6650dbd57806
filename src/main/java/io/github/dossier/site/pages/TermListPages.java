package io.github.dossier.site.pages;

import io.github.dossier.site.model.Models;
import io.github.dossier.site.model.SitePaths;
import io.github.dossier.site.model.Term;
import io.github.dossier.site.model.TermKind;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** For each kind of term, the list of its terms. */
final class TermListPages implements PageWriter {

    @Override
    public int write(Render render) throws IOException, ThemeException {
        for (TermKind kind : TermKind.values()) {
            String path = SitePaths.termList(kind);
            Map<String, Object> list = render.models().page(path, kind.plural());
            list.put("kind", Models.kind(kind));
            // Most briefs first, as a reader looks for what matters; the name breaks a tie.
            List<Term> terms = render.corpus().top(kind, Integer.MAX_VALUE);
            // A theme is listed with what it covers, from the taxonomy.
            list.put("terms", terms.stream().map(t -> {
                if (kind != TermKind.THEME) {
                    return render.models().termLink(t);
                }
                Map<String, Object> m = render.models().termLink(t).copy();
                m.put("description", render.themeDescriptions().getOrDefault(t.name(), ""));
                return m;
            }).toList());
            render.page(PageKind.TERM_LIST, path, list);
        }
        return TermKind.values().length;
    }
}
