package io.github.dossier.site.model;

/**
 * Every path of the site, from its root: the one place that says where a page, a feed, a citation or a search
 * file lives. Links between pages are relative ({@link #root}), so the site works from disk and under a GitHub
 * Pages project path; {@link #url} turns a path into the address it is published at.
 *
 * <pre>{@code
 * SitePaths.brief("china-russia-ties")        // briefs/china-russia-ties.html
 * SitePaths.term(TermKind.COUNTRY, "china")    // countries/china.html
 * SitePaths.root("countries/china.html")       // ../
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
    /** The theme's static files, copied unless the project's templates folder has its own. */
    public static final java.util.List<String> ASSETS = java.util.List.of("assets/style.css", "assets/search.js");

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
        return BRIEFS + citationFile(slug, extension);
    }

    /** The same file's name, as its brief's page links to it. */
    public static String citationFile(String slug, String extension) {
        return slug + "." + extension;
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
        return "search/d/" + id + ".js";
    }

    /** The way back to the site's root from the page at {@code path}: {@code ""} or {@code "../"}. */
    public static String root(String path) {
        return "../".repeat((int) path.chars().filter(c -> c == '/').count());
    }

    /** Where {@code path} is published under {@code baseUrl}: a folder's index is its folder. */
    public static String url(String baseUrl, String path) {
        return baseUrl + (path.equals(INDEX) ? "" : path.endsWith("/" + INDEX)
                ? path.substring(0, path.length() - INDEX.length()) : path);
    }

}
