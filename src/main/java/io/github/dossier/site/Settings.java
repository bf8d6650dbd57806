package io.github.dossier.site;

import io.github.dossier.brief.AuthorRegistry;
import io.github.dossier.brief.Brief;
import io.github.dossier.internal.Fingerprint;
import io.github.dossier.internal.Key;
import io.github.dossier.knowledge.Lexicon;
import io.github.dossier.site.model.Corpus;
import io.github.dossier.site.model.TermKind;
import io.github.dossier.site.pages.PageKind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What every page is made with besides briefs, authors and templates, as the builder set it, and the fingerprints a
 * render compares with the previous site's manifest: of the settings, of everything the pages are made of but the
 * templates, and of each kind of page's templates.
 *
 * @param title             the site's title
 * @param description       its description
 * @param baseUrl           the URL it is published at, ending in {@code /}, or empty
 * @param themeDescriptions what each theme means
 * @param aliases           other names for the names briefs carry, by kind
 * @param lexicon           the lexicon, only the lists the site's products read
 */
record Settings(String title, String description, String baseUrl, Map<String, String> themeDescriptions,
        Map<TermKind, Map<String, String>> aliases, Lexicon lexicon) {

    Settings {
        themeDescriptions = Map.copyOf(themeDescriptions);
        aliases = Map.copyOf(aliases);
    }

    /** What every page is made with besides briefs, authors and templates: the settings and the engine. */
    String fingerprint() {
        return new Key().add("settings").add(Fingerprint.engine()).add(title).add(description).add(baseUrl)
                .add(new TreeMap<>(themeDescriptions)).add(lexicon.fingerprint()).digest();
    }

    /**
     * Everything the pages are made of but the templates: the {@code settings} fingerprint, the other forms of names
     * (which only the brief pages that link those names are made from, each page's inputs naming the forms it links),
     * the briefs and the authors.
     */
    String content(String settings, Corpus corpus, List<Brief> briefs, List<AuthorRegistry.Author> authors) {
        corpus.fingerprints(); // in parallel
        Key key = new Key().add("content").add(settings);
        new TreeMap<>(aliases).forEach((k, v) -> key.add(k).add(new TreeMap<>(v)));
        key.add(briefs.size());
        briefs.forEach(b -> key.add(corpus.fingerprint(b)));
        return key.add(authors).digest();
    }

    /** For each kind of page, the fingerprint of its template and of the templates every page shares. */
    static Map<PageKind, String> kinds(String shared, Map<String, String> templateFps) {
        Map<PageKind, String> out = new EnumMap<>(PageKind.class);
        for (PageKind kind : PageKind.values()) {
            out.put(kind, shared + " " + templateFps.getOrDefault(kind.template(), ""));
        }
        return out;
    }
}
