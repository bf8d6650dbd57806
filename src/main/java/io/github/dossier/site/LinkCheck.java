package io.github.dossier.site;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks a rendered site before it replaces the old one: every internal {@code href} and {@code src} names a file
 * that exists, and every {@code #anchor} an element of that page. A page with a {@code <base>} (the 404 page) is
 * resolved against the site root.
 */
public final class LinkCheck {

    private LinkCheck() {
    }

    /** Broken links in the site at {@code root}, as "page → link". */
    public static List<String> broken(Path root) throws IOException {
        List<Path> pages;
        try (Stream<Path> files = Files.walk(root)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        // Pass 1 (in parallel): every page's anchors and links. Pass 2: every link against the files and anchors.
        Map<Path, Set<String>> anchors = new java.util.concurrent.ConcurrentHashMap<>();
        Map<Path, List<String[]>> links = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.concurrent.atomic.AtomicReference<IOException> failure = new java.util.concurrent.atomic.AtomicReference<>();
        pages.parallelStream().forEach(page -> {
            try {
                Document doc = Jsoup.parse(page.toFile(), "UTF-8");
                Set<String> ids = new HashSet<>();
                doc.select("[id]").forEach(e -> ids.add(e.id()));
                doc.select("a[name]").forEach(e -> ids.add(e.attr("name")));
                anchors.put(page, ids);
                boolean based = doc.selectFirst("base[href]") != null;
                List<String[]> refs = new ArrayList<>();
                for (Element e : doc.select("a[href], link[href], script[src], img[src], source[src]")) {
                    refs.add(new String[] {e.hasAttr("href") ? e.attr("href") : e.attr("src"), String.valueOf(based)});
                }
                links.put(page, refs);
            } catch (IOException e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        List<String> broken = new ArrayList<>();
        for (Path page : pages) {
            for (String[] link : links.get(page)) {
                String ref = link[0];
                Path base = Boolean.parseBoolean(link[1]) ? root : page.getParent();
                if (ref.isEmpty() || ref.startsWith("mailto:") || ref.startsWith("data:")) {
                    continue;
                }
                URI uri;
                try {
                    uri = URI.create(ref.replace(" ", "%20"));
                } catch (IllegalArgumentException bad) {
                    broken.add(root.relativize(page) + " → " + ref + " (not a URL)");
                    continue;
                }
                if (uri.isAbsolute() || ref.startsWith("//")) {
                    continue;
                }
                String path = URLDecoder.decode(ref.replaceAll("[#?].*$", ""), StandardCharsets.UTF_8);
                Path target = path.isEmpty() ? page : base.resolve(path).normalize();
                if (!target.startsWith(root) || !Files.isRegularFile(target)) {
                    broken.add(root.relativize(page) + " → " + ref);
                    continue;
                }
                String fragment = uri.getRawFragment();
                if (fragment != null && !fragment.isEmpty() && target.toString().endsWith(".html")
                        && !anchors.getOrDefault(target, Set.of()).contains(URLDecoder.decode(fragment, StandardCharsets.UTF_8))) {
                    broken.add(root.relativize(page) + " → " + ref + " (no such anchor)");
                }
            }
        }
        return broken;
    }
}
