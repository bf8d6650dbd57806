package io.github.dossier.site.state;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.parser.Parser;

/**
 * Checks a rendered site before it replaces the old one: every internal {@code href} and {@code src} names a file
 * that exists, and every {@code #anchor} an element of that page. A page with a {@code <base>} (the 404 page) is
 * resolved against the site root.
 *
 * <p>Pages are read with a tag scanner rather than a DOM: the check runs on every build over every page, and it
 * needs only the attributes of start tags, which Dossier's own templates and Markdown renderer always quote. Text
 * inside {@code <script>}, {@code <style>} and comments is skipped; entities in attribute values are decoded.
 */
public final class LinkCheck {

    private static final Pattern RAW_TEXT_END = Pattern.compile("</(script|style)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "([^\\s\"'>/=]+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+)))?");
    private static final Set<String> REFERRING = Set.of("a", "link", "script", "img", "source");

    private LinkCheck() {
    }

    /** What one page declares and refers to. */
    private record Page(Set<String> anchors, List<String> links, boolean based) {
    }

    /**
     * The site as the check reads it: its files, as paths under {@code root}, and where each can be read (a file
     * about to be put in place is read from where it waits).
     */
    private record View(Path root, Set<String> files, Function<Path, Path> where) {

        String read(Path page) throws IOException {
            return Files.readString(where.apply(page));
        }

        /** Whether {@code p} (normalised, under the root or not) is a file of the site. */
        boolean has(Path p) {
            return p.startsWith(root) && !p.equals(root) && files.contains(root.relativize(p).toString());
        }

        /** The site's pages, in order. */
        List<Path> pages() {
            return files.stream().filter(f -> f.endsWith(".html")).sorted().map(f -> root.resolve(f).normalize())
                    .toList();
        }
    }

    /** Broken links in the site at {@code root}, as "page → link". */
    public static List<String> broken(Path root) throws IOException {
        return all(new View(root, files(root), p -> p));
    }

    /**
     * Broken links in the site {@code out} is about to put in place: every page of a whole render; in place, the
     * pages written again, checked over the files kept ({@link #changed}).
     */
    public static List<String> broken(SiteOutput out) throws IOException {
        Path root = out.target();
        Set<String> files = out.files();
        View view = new View(root, files, p -> out.source(root.relativize(p).toString()));
        if (!out.inPlace() || out.written().size() > files.size() / 2) {
            return all(view); // most pages written again: reading each once beats reading it and its previous text
        }
        // A page's text before this render, when the previous site had it, is still in place until the commit.
        return changed(view, out.written(), !out.removed().isEmpty(), p -> Files.isRegularFile(p) ? p : null);
    }

    /**
     * Broken links in the site at {@code root}, which is the site at {@code previous} (checked when it was made)
     * with the files {@code changed} (paths from the root) written again. See {@link #changed}.
     */
    static List<String> broken(Path root, Collection<String> changed, Path previous, Collection<String> previousFiles)
            throws IOException {
        Set<String> files = files(root);
        boolean lost = previousFiles.stream().anyMatch(f -> !files.contains(f));
        return changed(new View(root, files, p -> p), changed, lost, page -> {
            Path before = previous.resolve(root.relativize(page));
            return Files.isRegularFile(before) ? before : null;
        });
    }

    /** Every page of {@code site} checked. */
    private static List<String> all(View site) throws IOException {
        Path root = site.root();
        List<Path> pages = site.pages();
        // Pass 1: every page read once, its links to files checked there and then; kept of it, only its anchors and
        // its links to an anchor, so that a large site is not held whole. Pass 2: those links against the anchors.
        Map<Path, Page> scanned = new ConcurrentHashMap<>();
        Map<Path, TreeMap<Integer, String>> found = new ConcurrentHashMap<>(); // by page, by the link's place in it
        Map<Path, int[]> deferredAt = new ConcurrentHashMap<>();
        AtomicReference<IOException> failure = new AtomicReference<>();
        pages.parallelStream().forEach(page -> {
            try {
                Page p = scan(site.read(page));
                List<Integer> deferred = new ArrayList<>();
                TreeMap<Integer, String> broken = check(site, page, p, target -> null, deferred);
                if (!broken.isEmpty()) {
                    found.put(page, broken);
                }
                scanned.put(page, new Page(p.anchors(), deferred.stream().map(p.links()::get).toList(), p.based()));
                deferredAt.put(page, deferred.stream().mapToInt(Integer::intValue).toArray());
            } catch (IOException e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        return pages.stream().flatMap(page -> {
            TreeMap<Integer, String> broken = found.getOrDefault(page, new TreeMap<>());
            int[] at = deferredAt.get(page);
            check(site, page, scanned.get(page), scanned::get, null).forEach((k, v) -> broken.put(at[k], v));
            return broken.values().stream();
        }).toList();
    }

    /**
     * Broken links in {@code site}, which is a site checked when it was made with the files {@code changed} (paths
     * from the root) written again; {@code before} gives where a changed page's previous text is (null for a new
     * page). The other files are as they were, so their links still hold when no file of the previous site is gone
     * and no page written again lost an anchor it had: then only the changed pages are read, and the pages they link
     * to with an anchor. Otherwise the whole site is checked.
     */
    private static List<String> changed(View site, Collection<String> changed, boolean fileGone,
            Function<Path, Path> before) throws IOException {
        if (fileGone) {
            return all(site);
        }
        Path root = site.root();
        List<Path> pages = changed.stream().filter(p -> p.endsWith(".html")).sorted()
                .map(p -> root.resolve(p).normalize()).toList();
        Map<Path, Page> scanned = new ConcurrentHashMap<>();
        AtomicReference<IOException> failure = new AtomicReference<>();
        Function<Path, Page> pageOf = page -> !page.toString().endsWith(".html") || !site.has(page) ? null
                : scanned.computeIfAbsent(page, p -> {
                    try {
                        return scan(site.read(p));
                    } catch (IOException e) {
                        failure.set(e);
                        return new Page(Set.of(), List.of(), false);
                    }
                });
        boolean anchorLost = pages.parallelStream().anyMatch(page -> {
            Path was = before.apply(page);
            if (was == null) {
                return false;
            }
            try {
                return !pageOf.apply(page).anchors().containsAll(scan(Files.readString(was)).anchors());
            } catch (IOException e) {
                return true;
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        if (anchorLost) {
            return all(site);
        }
        List<String> broken = check(site, pages, pageOf);
        if (failure.get() != null) {
            throw failure.get();
        }
        return broken;
    }

    /** The files under {@code root}, as paths from it. */
    private static Set<String> files(Path root) throws IOException {
        Path base = root.normalize();
        try (Stream<Path> walk = Files.walk(base)) {
            return walk.filter(Files::isRegularFile).map(f -> base.relativize(f.normalize()).toString())
                    .collect(Collectors.toSet());
        }
    }

    /** The broken links of {@code pages}, each page's anchors and links read through {@code pageOf}. */
    private static List<String> check(View site, List<Path> pages, Function<Path, Page> pageOf) {
        return pages.parallelStream()
                .flatMap(page -> check(site, page, pageOf.apply(page), pageOf, null).values().stream())
                .toList();
    }

    /**
     * The broken links of {@code page}, read as {@code p}, by their place among its links; the anchors of the pages
     * it links to read through {@code pageOf}. With {@code deferred}, links to an anchor of another page that exists
     * are not checked, their places added to it.
     */
    private static TreeMap<Integer, String> check(View site, Path page, Page p,
            Function<Path, Page> pageOf, List<Integer> deferred) {
        Path root = site.root();
        TreeMap<Integer, String> broken = new TreeMap<>();
        Path base = p.based() ? root : page.getParent();
        for (int i = 0; i < p.links().size(); i++) {
            String ref = p.links().get(i);
            if (ref.isEmpty() || ref.startsWith("mailto:") || ref.startsWith("data:")) {
                continue;
            }
            URI uri;
            try {
                uri = URI.create(ref.replace(" ", "%20"));
            } catch (IllegalArgumentException bad) {
                broken.put(i, root.relativize(page) + " → " + ref + " (not a URL)");
                continue;
            }
            if (uri.isAbsolute() || ref.startsWith("//")) {
                continue;
            }
            int cut = firstOf(ref, '#', '?');
            String path = URLDecoder.decode(ref.substring(0, cut), StandardCharsets.UTF_8);
            Path target = path.isEmpty() ? page : base.resolve(path).normalize();
            if (!site.has(target)) {
                broken.put(i, root.relativize(page) + " → " + ref);
                continue;
            }
            String fragment = uri.getRawFragment();
            if (fragment == null || fragment.isEmpty()) {
                continue;
            }
            if (deferred != null && !target.equals(page)) {
                deferred.add(i);
                continue;
            }
            Page linked = target.equals(page) ? p : pageOf.apply(target);
            if (linked != null && !linked.anchors().contains(URLDecoder.decode(fragment, StandardCharsets.UTF_8))) {
                broken.put(i, root.relativize(page) + " → " + ref + " (no such anchor)");
            }
        }
        return broken;
    }

    private static Page scan(String html) {
        Set<String> anchors = new HashSet<>();
        List<String> links = new ArrayList<>();
        boolean based = false;
        Matcher rawTextEnd = RAW_TEXT_END.matcher(html);
        int n = html.length();
        int at = 0;
        while (true) {
            int lt = html.indexOf('<', at);
            if (lt < 0 || lt + 1 >= n) {
                break;
            }
            if (html.startsWith("<!--", lt)) {
                int end = html.indexOf("-->", lt + 4);
                at = end < 0 ? n : end + 3;
                continue;
            }
            int nameEnd = lt + 1;
            while (nameEnd < n && (Character.isLetterOrDigit(html.charAt(nameEnd)) || html.charAt(nameEnd) == '-')) {
                nameEnd++;
            }
            if (nameEnd == lt + 1 || !Character.isLetter(html.charAt(lt + 1))) {
                at = lt + 1;
                continue;
            }
            // The tag ends at the first '>' outside quotes.
            int end = nameEnd;
            char quote = 0;
            while (end < n && (quote != 0 || html.charAt(end) != '>')) {
                char c = html.charAt(end);
                if (quote != 0) {
                    quote = c == quote ? 0 : quote;
                } else if (c == '"' || c == '\'') {
                    quote = c;
                }
                end++;
            }
            String name = html.substring(lt + 1, nameEnd).toLowerCase(Locale.ROOT);
            Matcher attribute = ATTRIBUTE.matcher(html).region(nameEnd, end);
            while (attribute.find()) {
                String key = attribute.group(1).toLowerCase(Locale.ROOT);
                String raw = attribute.group(2) != null ? attribute.group(2)
                        : attribute.group(3) != null ? attribute.group(3) : attribute.group(4);
                String value = raw == null ? "" : raw.indexOf('&') < 0 ? raw : Parser.unescapeEntities(raw, true);
                if (key.equals("id") || key.equals("name") && name.equals("a")) {
                    anchors.add(value);
                } else if (key.equals("href") && name.equals("base")) {
                    based = true;
                } else if ((key.equals("href") || key.equals("src")) && REFERRING.contains(name)) {
                    links.add(value);
                }
            }
            at = Math.min(n, end + 1);
            if ((name.equals("script") || name.equals("style")) && at < n) {
                at = rawTextEnd.find(at) ? rawTextEnd.start() : n;
            }
        }
        return new Page(anchors, links, based);
    }

    private static int firstOf(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? (j < 0 ? s.length() : j) : (j < 0 ? i : Math.min(i, j));
    }
}
