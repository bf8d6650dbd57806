package io.github.dossier.site.model;

import io.github.dossier.brief.Brief;
import java.util.List;

/**
 * One author, theme, country or publication and the briefs that carry it.
 *
 * @param kind   what it is
 * @param name   its name as briefs write it
 * @param slug   its file name in its kind's folder, without {@code .html}
 * @param briefs the briefs carrying it, most prominent first
 */
public record Term(TermKind kind, String name, String slug, List<Brief> briefs) {

    public Term {
        briefs = List.copyOf(briefs);
    }

    /** The page's path from the site root. */
    public String path() {
        return SitePaths.term(kind, slug);
    }
}
