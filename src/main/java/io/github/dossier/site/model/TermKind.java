package io.github.dossier.site.model;

import io.github.dossier.brief.Brief;
import java.util.List;
import java.util.function.Function;

/** The kinds of page a brief links to, each a folder of the site. */
public enum TermKind {
    AUTHOR("authors", "Author", "Authors", Brief::authors),
    THEME("themes", "Theme", "Themes", Brief::themes),
    COUNTRY("countries", "Country", "Countries", Brief::countries),
    PUBLICATION("publications", "Publication", "Publications", b -> b.publication().map(List::of).orElse(List.of())),
    PERSON("people", "Person", "People", Brief::people),
    ORGANISATION("organisations", "Organisation", "Organisations", Brief::organisations);

    private final String folder;
    private final String singular;
    private final String plural;
    private final Function<Brief, List<String>> names;

    TermKind(String folder, String singular, String plural, Function<Brief, List<String>> names) {
        this.folder = folder;
        this.singular = singular;
        this.plural = plural;
        this.names = names;
    }

    /** The site folder of this kind's pages, such as {@code countries}. */
    public String folder() {
        return folder;
    }

    public String singular() {
        return singular;
    }

    public String plural() {
        return plural;
    }

    /** The names of this kind a brief carries, in the brief's order. */
    public List<String> namesOf(Brief brief) {
        return names.apply(brief);
    }
}
