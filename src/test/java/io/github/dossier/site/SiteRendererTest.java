package io.github.dossier.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dossier.brief.Brief;
import io.github.dossier.site.model.Models;
import io.github.dossier.site.state.LinkCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteRendererTest {

    private static final SiteRenderer RENDERER = SiteRenderer.builder().title("Test dossier")
            .baseUrl("https://example.org/dossier/").build();

    private static Brief brief(String slug, String title, List<String> authors, String body) {
        return Brief.builder(slug, title, slug + ".txt").authors(authors).publication(Optional.of("The Diplomat"))
                .published(Optional.of(LocalDate.of(2021, 3, 1))).section(Optional.of("Opinion")).tags(List.of("tag"))
                .themes(List.of("Diplomacy")).countries(List.of("China", "Russia")).people(List.of("Xi Jinping"))
                .organisations(List.of("NATO")).summary(List.of("A summary.")).words(100).body(body).build();
    }

    private static final List<Brief> BRIEFS = List.of(
            brief("one", "First brief", List.of("Jane Doe"), "Para one.\n\n## Heading\n\nPara two."),
            brief("two", "Second brief", List.of("Jane Doe", "John Roe"), "Another body."));

    private static Document page(Path site, String path) throws Exception {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    @Test
    void writesEveryPageAndEveryLinkResolves(@TempDir Path dir) throws Exception {
        Path site = dir.resolve("site");
        SiteRenderer.Result r = RENDERER.render(BRIEFS, site);
        for (String p : List.of("index.html", "briefs/index.html", "briefs/one.html", "authors/jane-doe.html",
                "authors/index.html", "themes/diplomacy.html", "countries/china.html", "publications/the-diplomat.html",
                "404.html", ".nojekyll", "sitemap.xml", "robots.txt", "assets/style.css")) {
            assertTrue(Files.isRegularFile(site.resolve(p)), p);
        }
        assertEquals(List.of(), LinkCheck.broken(site));
        assertTrue(r.pages() > 10);
    }

    @Test
    void briefsAndTermsLinkBothWays(@TempDir Path dir) throws Exception {
        Path site = dir.resolve("site");
        RENDERER.render(BRIEFS, site);
        Document one = page(site, "briefs/one.html");
        for (String href : List.of("../authors/jane-doe.html", "../themes/diplomacy.html", "../countries/china.html",
                "../publications/the-diplomat.html")) {
            assertFalse(one.select("a[href=" + href + "]").isEmpty(), href);
            Document term = page(site, href.substring(3));
            assertFalse(term.select("a[href=../briefs/one.html]").isEmpty(), href + " links back");
        }
        assertEquals("https://example.org/dossier/briefs/one.html", one.select("link[rel=canonical]").attr("href"));
        assertEquals("Heading", one.select(".body h2").text());
    }

    @Test
    void scrapedTextCannotInjectMarkup(@TempDir Path dir) throws Exception {
        Path site = dir.resolve("site");
        Brief hostile = brief("evil", "<script>alert(1)</script> ${7*7} <#if true>x</#if>", List.of("<img src=x onerror=alert(1)>"),
                "<script>alert(2)</script>\n\n[click](javascript:alert(3))\n\n<iframe src=x></iframe>");
        RENDERER.render(List.of(hostile), site);
        for (String path : List.of("briefs/evil.html", "index.html", "briefs/index.html", "authors/index.html")) {
            Document d = page(site, path);
            // The site's own scripts only: JSON-LD data and the search script.
            d.select("script[type=application/ld+json]").forEach(s -> assertFalse(s.data().contains("<"), s.data()));
            d.select("script[type=application/ld+json]").remove();
            d.select("script[src$=assets/search.js]").remove();
            assertTrue(d.select("script, iframe, img, object, embed, [onerror], [onload]").isEmpty(),
                    path + ": " + d.select("script, iframe, img"));
            assertTrue(d.select("a[href^=javascript], [src^=javascript]").isEmpty(), path);
        }
        Document d = page(site, "briefs/evil.html");
        assertEquals("<script>alert(1)</script> ${7*7} <#if true>x</#if>", d.select("h1").text());
    }

    @Test
    void projectTemplatesReplaceThemeFilesOneByOne(@TempDir Path dir) throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("term.ftlh"), "<p class=own>${term.name}: ${briefs?size}</p>");
        Path site = dir.resolve("site");
        SiteRenderer.builder().templates(templates).build().render(BRIEFS, site);
        assertEquals("Jane Doe: 2", page(site, "authors/jane-doe.html").select("p.own").text());
        assertFalse(page(site, "briefs/one.html").select("article").isEmpty());
    }

    @Test
    void aBrokenTemplateNamesItsLineAndLeavesThePreviousSite(@TempDir Path dir) throws Exception {
        Path site = dir.resolve("site");
        RENDERER.render(BRIEFS, site);
        String before = Files.readString(site.resolve("briefs/one.html"));
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("brief.ftlh"), "<h1>${brief.title}</h1>\n<#if>\n");
        SiteRenderer broken = SiteRenderer.builder().templates(templates).build();
        SiteException e = assertThrows(SiteException.class, () -> broken.render(BRIEFS, site));
        assertTrue(e.getMessage().contains("brief.ftlh:2"), e.getMessage());
        Files.writeString(templates.resolve("brief.ftlh"), "<h1>${brief.missing}</h1>\n");
        SiteException missing = assertThrows(SiteException.class,
                () -> SiteRenderer.builder().templates(templates).build().render(BRIEFS, site));
        assertTrue(missing.getMessage().contains("brief.ftlh:1"), missing.getMessage());
        assertEquals(before, Files.readString(site.resolve("briefs/one.html")));
        try (var s = Files.list(dir)) {
            assertEquals(List.of("site", "templates"), s.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void refusesToReplaceAFolderItDidNotMake(@TempDir Path dir) throws Exception {
        Path notASite = Files.createDirectories(dir.resolve("thesis"));
        Files.writeString(notASite.resolve("chapter1.tex"), "precious");
        SiteException e = assertThrows(SiteException.class, () -> RENDERER.render(BRIEFS, notASite));
        assertTrue(e.getMessage().contains("not made by Dossier"), e.getMessage());
        assertEquals("precious", Files.readString(notASite.resolve("chapter1.tex")));
    }

    @Test
    void rendersTheSameBytesTwice(@TempDir Path dir) throws Exception {
        RENDERER.render(BRIEFS, dir.resolve("a"));
        RENDERER.render(List.of(BRIEFS.get(1), BRIEFS.get(0)), dir.resolve("b"));
        for (String p : List.of("index.html", "briefs/one.html", "authors/jane-doe.html", "sitemap.xml")) {
            assertEquals(Files.readString(dir.resolve("a").resolve(p)), Files.readString(dir.resolve("b").resolve(p)), p);
        }
    }

    @Test
    void longListsGoOnOverPagesThatLinkInOrderAndShowEveryBriefOnce(@TempDir Path dir) throws Exception {
        int n = 2 * Models.PER_PAGE + 17;
        List<Brief> briefs = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            briefs.add(Brief.builder("b" + i, "Brief " + i, "b" + i + ".txt")
                    .published(Optional.of(LocalDate.of(2020, 1, 1).plusDays(i)))
                    .countries(i % 3 == 0 ? List.of("China", "Russia") : List.of("China")).body("Text " + i + ".").build());
        }
        Path site = dir.resolve("site");
        RENDERER.render(briefs, site);
        assertEquals(List.of(), LinkCheck.broken(site));
        for (String first : List.of("briefs/index.html", "countries/china.html")) {
            List<String> seen = new java.util.ArrayList<>();
            String path = first;
            int page = 0;
            while (path != null) {
                page++;
                Document doc = Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
                doc.select("ol.briefs a.title").forEach(a -> seen.add(a.text()));
                assertTrue(doc.select("ol.briefs > li").size() <= Models.PER_PAGE, path);
                assertTrue(doc.select("p.stats").text().startsWith(n + " briefs"), doc.select("p.stats").text());
                assertEquals("Page " + page + " of 3", doc.select("nav.pager span").text().replaceAll(" ·.*", ""), path);
                String next = doc.select("nav.pager a[rel=next]").attr("href");
                path = next.isEmpty() ? null : site.resolve(path).getParent().resolve(next).normalize().toString()
                        .substring(site.toString().length() + 1);
            }
            assertEquals(3, page, first);
            assertEquals(n, seen.size(), first);
            assertEquals(n, new java.util.HashSet<>(seen).size(), first + ": every brief once");
        }
        assertEquals("Brief " + (n - 1), Jsoup.parse(site.resolve("briefs/index.html").toFile(), "UTF-8")
                .selectFirst("ol.briefs a.title").text(), "newest first");
        assertTrue(Files.isRegularFile(site.resolve("briefs/page-3/index.html")));
        assertTrue(Files.isRegularFile(site.resolve("countries/china/3.html")));
        // A later page of a term links the term's feed, one folder up.
        assertEquals("../china.xml", Jsoup.parse(site.resolve("countries/china/2.html").toFile(), "UTF-8")
                .select("link[type=application/atom+xml][title=China]").attr("href"));
        assertFalse(Files.exists(site.resolve("countries/russia/2.html")), "a list that fits one page has one");
        assertTrue(Jsoup.parse(site.resolve("countries/russia.html").toFile(), "UTF-8").select("nav.pager").isEmpty());
    }
}
