package io.github.dossier.testing;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Checks a rendered site: every relative link, stylesheet and image resolves to a file. */
public final class SiteLinks {

    private SiteLinks() {
    }

    /** Broken links, as "page → href". */
    public static List<String> broken(Path site) throws IOException {
        List<String> broken = new ArrayList<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                Document doc = Jsoup.parse(page.toFile(), "UTF-8");
                if (!doc.select("base[href]").isEmpty()) {
                    continue; // resolved against the base URL, which is not on disk
                }
                for (Element e : doc.select("a[href], link[href], script[src], img[src]")) {
                    String ref = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                    if (ref.isEmpty() || ref.startsWith("#") || URI.create(ref.replace(" ", "%20")).isAbsolute()) {
                        continue;
                    }
                    String path = ref.replaceAll("[#?].*$", "");
                    Path target = page.getParent().resolve(path).normalize();
                    if (!target.startsWith(site) || !Files.isRegularFile(target)) {
                        broken.add(site.relativize(page) + " → " + ref);
                    }
                }
            }
        }
        return broken;
    }
}
