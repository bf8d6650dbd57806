package io.github.dossier.site;

import java.io.IOException;
import java.util.Map;

/** For each kind of term, the list of its terms. */
final class TermListPages implements PageWriter {

    @Override
    public int write(Render render) throws IOException, SiteException {
        for (TermKind kind : TermKind.values()) {
            String path = SitePaths.termList(kind);
            Map<String, Object> list = render.models().page(path, kind.plural());
            list.put("kind", Models.kind(kind));
            list.put("terms", render.corpus().terms(kind).stream().map(render.models()::termLink).toList());
            render.page(PageKind.TERM_LIST, path, list);
        }
        return TermKind.values().length;
    }
}
