package io.github.dossier.site.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every path of the site, from its root: the one place that says where a page, a feed, a citation or a search
 * file lives. Links between pages are relative ({@link #root}, {@link #relative}), so the site works from disk and
 * under a GitHub Pages project path; {@link #url} turns a path into the address it is published at. Templates are
 * handed these paths ({@link #named}, a link's {@code path}), never build one.
 *
 * <pre>{@code
 * SitePaths.brief("china-russia-ties")        // briefs/china-russia-ties.html
 * SitePaths.term(TermKind.COUNTRY, "china")    // countries/china.html
 * SitePaths.root("countries/china.html")       // ../
 * SitePaths.relative("countries/china/2.html", "countries/china.xml")  // ../china.xml
 * }</pre>
 */
public final class SitePaths {

    public static final String HOME = "index.html";
    public static final String SEARCH = "search.html";
    public static final String NOT_FOUND = "404.html";
    public static final String FEED = "feed.xml";
    public static final String SITEMAP = "sitemap.xml";
    public static final String ROBOTS = "robots.txt";
    /** Tells GitHub Pages to publish the folder as it is, without Jekyll. */
    public static final String NO_JEKYLL = ".nojekyll";
    /** The theme's stylesheet and the search page's script. */
    public static final String STYLE = "assets/style.css";
    public static final String SEARCH_SCRIPT = "assets/search.js";
    /** The theme's static files, copied unless the project's templates folder has its own. */
    public static final List<String> ASSETS = List.of(STYLE, SEARCH_SCRIPT);

    private static final String BRIEFS = "briefs/";
    private static final String INDEX = "index.html";

    private SitePaths() {
    }

    /** The list of every brief. */
    public static String briefList() {
        return BRIEFS + INDEX;
    }

    /**
     * Page {@code n} (from 1) of a list of briefs whose first page is {@code first}: the list of every brief
     * ({@code briefs/index.html}, then {@code briefs/page-2/index.html}) or a term's page ({@code countries/china.html},
     * then {@code countries/china/2.html}).
     */
    public static String listPage(String first, int n) {
        if (n == 1) {
            return first;
        }
        return first.equals(briefList()) ? BRIEFS + "page-" + n + "/" + INDEX
                : first.substring(0, first.length() - ".html".length()) + "/" + n + ".html";
    }

    /** A brief's page. */
    public static String brief(String slug) {
        return BRIEFS + slug + ".html";
    }

    /** A brief's citation file in one format: {@code bib}, {@code ris} or {@code csl.json}. */
    public static String citation(String slug, String extension) {
        return BRIEFS + slug + "." + extension;
    }

    /** The list of every term of a kind. */
    public static String termList(TermKind kind) {
        return kind.folder() + "/" + INDEX;
    }

    /** A term's page. */
    public static String term(TermKind kind, String slug) {
        return kind.folder() + "/" + slug + ".html";
    }

    /** A term's Atom feed. */
    public static String termFeed(TermKind kind, String slug) {
        return kind.folder() + "/" + slug + ".xml";
    }

    /** The search index's manifest, one of its shards, and the fragment of one of its documents. */
    public static String searchManifest() {
        return "search/manifest.js";
    }

    public static String searchShard(String file) {
        return "search/s-" + file + ".js";
    }

    public static String searchDocument(int id) {
        return searchDocuments().replace("{id}", Integer.toString(id));
    }

    /** The facets each search document has, which the search page counts and filters results by. */
    public static String searchFacets() {
        return "search/facets.js";
    }

    /** Every search document's path, its number as {@code {id}}: as the manifest tells the search page. */
    public static String searchDocuments() {
        return "search/d/{id}.js";
    }

    /** The way back to the site's root from the page at {@code path}: {@code ""} or {@code "../"}. */
    public static String root(String path) {
        return "../".repeat((int) path.chars().filter(c -> c == '/').count());
    }

    /**
     * The file at {@code to} as the page at {@code from} links to it, both paths from the root: from its own folder
     * ({@code china.xml} from {@code countries/china.html}), up as few folders as it takes.
     */
    public static String relative(String from, String to) {
        String[] a = from.split("/");
        String[] b = to.split("/");
        int shared = 0;
        while (shared < a.length - 1 && shared < b.length - 1 && a[shared].equals(b[shared])) {
            shared++;
        }
        StringBuilder sb = new StringBuilder("../".repeat(a.length - 1 - shared));
        for (int i = shared; i < b.length; i++) {
            sb.append(b[i]).append(i < b.length - 1 ? "/" : "");
        }
        return sb.toString();
    }

    /**
     * The site-wide pages and files by the names templates know them ({@code site.paths.briefList}), each from the
     * root: a page links one as {@code ${root}${site.paths.briefList}}.
     */
    public static Map<String, String> named() {
        Map<String, String> paths = new LinkedHashMap<>();
        paths.put("home", HOME);
        paths.put("briefList", briefList());
        paths.put("search", SEARCH);
        paths.put("notFound", NOT_FOUND);
        paths.put("feed", FEED);
        paths.put("style", STYLE);
        paths.put("searchScript", SEARCH_SCRIPT);
        paths.put("searchManifest", searchManifest());
        return paths;
    }

    /** Where {@code path} is published under {@code baseUrl}: a folder's index is its folder. */
    public static String url(String baseUrl, String path) {
        return baseUrl + (path.equals(INDEX) ? "" : path.endsWith("/" + INDEX)
                ? path.substring(0, path.length() - INDEX.length()) : path);
    }

}
