package io.github.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dossier.testing.SampleProject;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The hostile corpus ({@code src/test/resources/hostile}, plus files too large, binary or odd to keep in git, made
 * here) built end to end: every bad file skipped with one line naming it, nothing modified or written where it
 * should not be, safe slugs, and no markup from the corpus able to run script in the site.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public class HostileInputTest {

    /** The raw files that cannot be articles, and what the log line about each must say. */
    private static final Map<String, String> BAD = Map.of(
            "empty.txt", "is empty",
            "whitespace.txt", "is empty",
            "binary.txt", "looks binary",
            "pdf-named.txt", "looks binary",
            "huge.txt", "MB",
            "outside.txt", "outside the raw directory",
            "gone.txt", "disappeared",
            "not-an-archive.warc", "is not a web archive",
            "outside.warc.gz", "outside the raw directory",
            // Named with a terminal escape (made at test time): named in the log as it is printed, never raw.
            "\\x1b[31mred.txt", "is empty");

    private Path project;
    private BuildReport report;
    private final List<String> log = Collections.synchronizedList(new ArrayList<>());
    private Map<String, String> before;

    /** A project holding the hostile corpus, the generated files included; {@code dir} also gets an outside file. */
    public static Path hostileProject(Path dir) throws IOException {
        Path project = dir.resolve("project");
        Path source = SampleProject.REPOSITORY.resolve("src/test/resources/hostile");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path f : files.toList()) {
                Path to = project.resolve(source.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
        Path raw = project.resolve("content/raw");
        String article = Files.readString(raw.resolve("same-title-a.txt"));
        String body = article.substring(article.indexOf("\n\n", article.indexOf("\n\n") + 2));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        Files.write(raw.resolve("binary.txt"), png);
        Files.write(raw.resolve("pdf-named.txt"), ("%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n<< /Length 20 >>\nstream\n"
                + "\u0000\u0001\u0002\u0003 binary \u0000\u0000\nendstream\n").getBytes(StandardCharsets.ISO_8859_1));
        Files.write(raw.resolve("invalid-utf8.txt"), concat("Sanctions bite\u2019s hard in Moscow\n\nBy Ann Example\n"
                .getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, '\n'},
                body.getBytes(StandardCharsets.UTF_8)));
        Files.write(raw.resolve("utf16-bom.txt"), concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                ("Señor Xi’s café diplomacy\n\nBy Ann Example\n" + body).getBytes(StandardCharsets.UTF_16LE)));
        Files.write(raw.resolve("cp1252.txt"), ("The “café” summit in Geneva\n\nBy Ann Example\n" + body)
                .getBytes(Charset.forName("windows-1252")));
        Files.writeString(raw.resolve("crlf.txt"), ("Windows line ends reach the archive\n\nBy Ann Example\n" + body)
                .replace("\n", "\r\n"));
        Files.writeString(raw.resolve("cr.txt"), ("Old Mac line ends reach the archive\n\nBy Ann Example\n" + body)
                .replace("\n", "\r"));
        // One paragraph of a megabyte, and a hundred megabytes of text.
        StringBuilder line = new StringBuilder("A single line that never ends\n\nBy Ann Example\n\n");
        while (line.length() < 1_000_000) {
            line.append("The talks on trade between Washington and Beijing went on for another day without result. ");
        }
        Files.writeString(raw.resolve("one-line.txt"), line.append('\n'));
        try (OutputStream out = Files.newOutputStream(raw.resolve("huge.txt"))) {
            byte[] block = body.repeat(1 + 1_000_000 / body.length()).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 100_000_000; written += block.length) {
                out.write(block);
            }
        }
        Files.writeString(raw.resolve("\u001b[31mred.txt"), "");
        Path outside = Files.createDirectories(dir.resolve("outside")).resolve("secret.txt");
        Files.writeString(outside, "Secret headline about everything\n\nBy Nobody\n" + body);
        Files.createSymbolicLink(raw.resolve("outside.txt"), outside);
        // A web archive whose addresses and pages carry markup, a text file named as an archive, a link to an archive
        // outside the project.
        try (io.github.dossier.testing.Warcs warc = io.github.dossier.testing.Warcs.create(raw.resolve("hostile.warc.gz"), true)) {
            warc.page("https://evil.example/\"><script>alert('source')</script>", java.time.Instant.parse(
                    "2026-11-30T10:00:00Z"), "<html><head><title><script>alert('archived')</script> Archived talks</title>"
                    + "</head><body><article><h1>Archived talks <img src=x onerror=alert(1)></h1>" + body.replace("\n\n",
                    "</p><p>") + "</article></body></html>");
        }
        Files.writeString(raw.resolve("not-an-archive.warc"), "Notes about the crawl, not an archive.\n");
        Path outsideArchive = dir.resolve("outside").resolve("crawl.warc.gz");
        Files.copy(raw.resolve("hostile.warc.gz"), outsideArchive);
        Files.createSymbolicLink(raw.resolve("outside.warc.gz"), outsideArchive);
        // A file listed and then deleted while the build reads: a link to nothing behaves the same.
        Files.createSymbolicLink(raw.resolve("gone.txt"), dir.resolve("deleted-during-build.txt"));
        return project;
    }

    @BeforeAll
    void build(@TempDir Path dir) throws Exception {
        project = hostileProject(dir);
        before = snapshot(project);
        report = new Dossier(DossierConfig.forProject(project).withTitle("Hostile").withBaseUrl("https://example.org/h/"),
                log::add).build();
    }

    @Test
    void everyBadFileIsSkippedWithOneLineNamingItAndWhy() {
        assertEquals(BAD.size(), report.skipped().size(), report.skipped().toString());
        BAD.forEach((file, why) -> {
            List<String> lines = log.stream().filter(l -> l.contains(file + ":")).toList();
            assertEquals(1, lines.size(), file + ": " + lines);
            assertTrue(lines.get(0).contains(why), lines.get(0));
            assertTrue(lines.get(0).length() < 300, lines.get(0));
        });
        assertTrue(report.summary().stream().anyMatch(l -> l.contains("skipped: " + BAD.size())), report.summary().toString());
        for (String line : log) {
            assertFalse(line.contains("Exception") || line.contains("\tat ") || line.contains("\n"), line);
            assertFalse(line.matches("(?s).*[\\p{Cntrl}\\u0085\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069].*"), line);
        }
    }

    /**
     * No file of the site holds a control character (but tab and line break), a bidi override or what XML cannot hold,
     * although the corpus has them in titles, names, meta data, JSON-LD and bodies, by character reference.
     */
    @Test
    void noSiteFileHoldsAControlCharacter() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(project.resolve("site"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String name = f.getFileName().toString();
                if (name.matches(".*\\.(html|xml|json|bib|ris|js|css|txt)")) {
                    String text = Files.readString(f);
                    if (text.matches("(?s).*[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\u202A-\\u202E\\u2066-\\u2069\\uFFFE\\uFFFF].*")) {
                        found.add(project.resolve("site").relativize(f).toString());
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }

    /**
     * A scraped title made to close BibTeX's braces ({@code forged-citation.html}) gives one entry with the expected
     * fields only, and a name with line breaks one RIS record; every citation of the site reads so.
     */
    @Test
    void noCitationOfTheSiteHasAForgedFieldOrRecord() throws IOException {
        Path briefs = project.resolve("site/briefs");
        int read = 0;
        try (Stream<Path> files = Files.list(briefs)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".bib")).toList()) {
                Map<String, String> fields = io.github.dossier.site.outputs.CitationFormats.bibtexFields(Files.readString(f));
                assertTrue(Set.of("entrysubtype", "author", "title", "journaltitle", "date", "url", "urldate", "langid",
                        "keywords").containsAll(fields.keySet()), f + ": " + fields.keySet());
                String stem = f.toString().substring(0, f.toString().length() - 4);
                io.github.dossier.site.outputs.CitationFormats.risRecord(Files.readString(Path.of(stem + ".ris")));
                io.github.dossier.site.outputs.CitationFormats.cslItem(Files.readString(Path.of(stem + ".csl.json")));
                read++;
            }
        }
        assertTrue(read > 10, "citations: " + read);
        String forged = Files.readString(briefs.resolve("arctic-talks-end-author-mallory-forger-note-injected.bib"));
        Map<String, String> fields = io.github.dossier.site.outputs.CitationFormats.bibtexFields(forged);
        assertFalse(fields.containsKey("note"), forged);
        assertFalse(fields.getOrDefault("author", "").toLowerCase(Locale.ROOT).contains("mallory"), forged);
        assertTrue(fields.get("title").contains("mallory forger"), forged);
        String page = Jsoup.parse(briefs.resolve("arctic-talks-end-author-mallory-forger-note-injected.html").toFile(),
                "UTF-8").select(".original").text();
        assertTrue(page.startsWith("Read the original at evil.example/arctic-talks-end"), page);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
        "utf16-bom.txt => Señor Xi’s café diplomacy",
        "cp1252.txt => The “café” summit in Geneva",
        "crlf.txt => Windows line ends reach the archive",
        "cr.txt => Old Mac line ends reach the archive",
        "mojibake.txt => Beijing’s “reunification” plan and the café diplomats",
        "invalid-utf8.txt => Sanctions bite’s hard in Moscow",
        "title-russian.txt => Россия и Китай: новая эпоха",
        "title-chinese.html => 中俄关系进入新时代",
    })
    void oddButReadableFilesBecomeBriefs(String file, String title) throws IOException {
        String brief = briefFrom(file);
        assertTrue(brief.contains("title: " + title) || brief.contains("title: '" + title + "'"), brief);
        assertFalse(brief.contains("\r"), file);
    }

    @Test
    void aMegabyteLineIsReadInBoundedTime() throws IOException {
        assertTrue(briefFrom("one-line.txt").contains("title: A single line that never ends"));
    }

    @Test
    void slugsAreSafeReadableAndDistinct() throws IOException {
        Set<String> reserved = Set.of("con", "prn", "aux", "nul", "com1", "lpt1", "", ".", "..");
        try (Stream<Path> files = Files.walk(project.resolve("site"))) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (name.equals(".dossier-site") || name.equals(".nojekyll")) {
                    continue; // the marker that says Dossier made this folder, and the one GitHub Pages reads
                }
                String stem = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
                assertFalse(reserved.contains(stem.toLowerCase(Locale.ROOT)), f.toString());
                assertTrue(name.getBytes(StandardCharsets.UTF_8).length <= 255, name);
                assertFalse(name.matches(".*[<>:\"\\\\|?*\\p{Cntrl}].*"), name);
                assertTrue(f.normalize().startsWith(project.resolve("site")), f.toString());
            }
        }
        Path briefs = project.resolve("content/briefs");
        assertTrue(Files.exists(briefs.resolve("中俄关系进入新时代.md")));
        assertTrue(Files.exists(briefs.resolve("rossiya-i-kitay-novaya-epokha.md")));
        assertTrue(Files.exists(briefs.resolve("trade-talks-stall-again.md")));
        assertTrue(Files.exists(briefs.resolve("trade-talks-stall-again-2.md")));
        assertTrue(Files.exists(briefs.resolve("etc-passwd-leaks-again.md")));
        assertTrue(Files.exists(project.resolve("site/authors/con-1.html")));
        assertTrue(Files.exists(project.resolve("site/themes/nul-1.html")));
        assertTrue(Files.exists(project.resolve("site/authors/etc-passwd.html")));
        // A 2,000-character line is no headline: the brief is named for its file, and no name runs long.
        assertTrue(briefFrom("title-2000.txt").startsWith("---\ntitle: title-2000\n"));
        try (Stream<Path> files = Files.list(briefs)) {
            assertTrue(files.allMatch(p -> p.getFileName().toString().getBytes(StandardCharsets.UTF_8).length <= 203));
        }
    }

    @Test
    void rawFilesCuratedBriefsAndEverythingElseAreUntouched() throws IOException {
        Map<String, String> after = snapshot(project);
        before.forEach((path, hash) -> {
            boolean generated = path.startsWith("site/") || path.startsWith("target/") || path.startsWith("content/authors/")
                    || path.startsWith("content/briefs/") && !path.equals("content/briefs/curated-hostile.md");
            if (!generated) {
                assertEquals(hash, after.get(path), path);
            }
        });
        for (String path : after.keySet()) {
            assertTrue(before.containsKey(path) || path.startsWith("site/") || path.startsWith("target/dossier-cache/")
                    || path.startsWith("content/briefs/") || path.startsWith("content/authors/")
                    || path.equals(".site.dossier-lock") || path.equals(".site.dossier-lock.pid"), "written: " + path);
        }
        assertTrue(before.containsKey("content/raw/huge.txt") && before.containsKey("content/briefs/curated-hostile.md"));
    }

    /** jsoup over every page: no element, attribute or URL that can run script, but the site's own. */
    @Test
    void noMarkupFromTheCorpusCanRunScript() throws IOException {
        List<String> found = new ArrayList<>();
        Set<String> forbidden = Set.of("iframe", "frame", "frameset", "object", "embed", "applet", "form", "portal",
                "math", "template");
        Set<String> urlAttributes = Set.of("href", "src", "action", "formaction", "xlink:href", "data", "poster",
                "srcset", "background", "cite", "ping", "codebase");
        int pages = 0;
        try (Stream<Path> files = Files.walk(project.resolve("site"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                pages++;
                String page = project.resolve("site").relativize(f).toString();
                Document doc = Jsoup.parse(f.toFile(), "UTF-8");
                for (Element e : doc.getAllElements()) {
                    String tag = e.normalName();
                    // The site's own search forms are the only forms: to the search page, or on it with no action
                    // (the query's and the facets').
                    boolean ownForm = tag.equals("form") && (e.attr("action").matches("(\\.\\./)*search\\.html")
                            || page.equals("search.html") && e.id().matches("search-form|search-facets")
                            && !e.hasAttr("action"));
                    if (forbidden.contains(tag) && !ownForm || tag.equals("base") && !page.equals("404.html")
                            || tag.equals("meta") && e.attr("http-equiv").equalsIgnoreCase("refresh")) {
                        found.add(page + ": <" + tag + ">");
                    }
                    if (tag.equals("script")) {
                        boolean own = e.attr("src").matches("(\\.\\./)*(assets|search)/[\\w./-]+\\.js")
                                || e.attr("type").equals("application/ld+json") && !e.hasAttr("src");
                        if (!own || e.data().toLowerCase(Locale.ROOT).contains("</script")) {
                            found.add(page + ": " + e.outerHtml());
                        }
                    }
                    for (Attribute a : e.attributes()) {
                        String key = a.getKey().toLowerCase(Locale.ROOT);
                        String value = a.getValue().replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
                        if (key.startsWith("on")) {
                            found.add(page + ": <" + tag + " " + key + ">");
                        }
                        if (urlAttributes.contains(key) && (value.startsWith("javascript:") || value.startsWith("vbscript:")
                                || value.startsWith("data:") && !value.startsWith("data:image/"))) {
                            found.add(page + ": <" + tag + " " + key + "=" + a.getValue() + ">");
                        }
                        if (key.equals("style") && (value.contains("javascript:") || value.contains("expression("))) {
                            found.add(page + ": <" + tag + " style=" + a.getValue() + ">");
                        }
                    }
                }
            }
        }
        assertTrue(pages > 40, "pages: " + pages);
        assertEquals(List.of(), found);
    }

    @Test
    void injectedTextIsShownAsTextAndTemplateSyntaxIsNotRun() throws IOException {
        String curated = Jsoup.parse(project.resolve("site/briefs/curated-hostile.html").toFile(), "UTF-8").text();
        assertTrue(curated.contains("<script>window.__pwned='curated-title'</script> A curated brief ${7*7}"), curated);
        assertTrue(curated.contains("[data](data:text/html;base64,") || curated.contains("data"), curated);
        assertTrue(curated.contains("Freemarker must print ${7*7}, <#list 1..3 as x>${x}</#list> and [=x] as text."), curated);
        Path page;
        try (Stream<Path> files = Files.list(project.resolve("site/briefs"))) {
            page = files.filter(p -> p.getFileName().toString().startsWith("script-window-pwned-title")
                    && p.toString().endsWith(".html")).findFirst().orElseThrow();
        }
        String text = Jsoup.parse(page.toFile(), "UTF-8").text();
        assertTrue(text.contains("Templating engines should print ${7*7} and <#assign pwned='ftl'>${pwned}"), text);
        assertFalse(text.contains("print 49"), text);
    }

    @Test
    void aCuratorsOwnKeysAreKeptAndTyposAreFlagged() throws IOException {
        assertTrue(Files.readString(project.resolve("content/briefs/curated-hostile.md")).contains("notes: a curator's own field"));
        assertFalse(log.stream().anyMatch(l -> l.contains("'notes'")), log.toString());
    }

    private String briefFrom(String rawFile) throws IOException {
        try (Stream<Path> files = Files.list(project.resolve("content/briefs"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).toList()) {
                String text = Files.readString(f);
                if (text.contains("\nsource: " + rawFile + "\n")) {
                    return text;
                }
            }
        }
        throw new AssertionError("no brief from " + rawFile + "; log: " + log);
    }

    /** Every file under {@code root} (links not followed) and the SHA-256 of its bytes or of its link target. */
    static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> !Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)).toList()) {
                byte[] bytes = Files.isSymbolicLink(f) ? Files.readSymbolicLink(f).toString().getBytes(StandardCharsets.UTF_8)
                        : Files.readAllBytes(f);
                out.put(root.relativize(f).toString().replace('\\', '/'), sha(bytes));
            }
        }
        return out;
    }

    private static String sha(byte[] bytes) {
        return HexFormat.of().formatHex(io.github.dossier.internal.Fingerprint.sha().digest(bytes));
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
