package io.github.dossier.clean;

import io.github.dossier.knowledge.Lexicon;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlCleanerTest {

    private final HtmlCleaner cleaner = new HtmlCleaner(BlockCleaner.defaults(), Lexicon.shipped());

    private static final String PAGE = """
            <!doctype html><html><head><title>Ties that bind | The Example Post</title>
            <meta property="og:title" content="Ties that bind">
            <meta property="og:site_name" content="The Example Post">
            <meta property="article:published_time" content="2021-12-20T08:00:00Z">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Ties that bind",
              "author":[{"@type":"Person","name":"Jane Doe"}],"publisher":{"name":"The Example Post"}}</script>
            <script>window.evil = 1;</script>
            </head><body>
            <nav class="menu"><a href="/">Home</a><a href="/world">World</a><a href="/opinion">Opinion</a></nav>
            <header><h1>Ties that bind</h1><p class="byline">By Jane Doe</p></header>
            <div class="article-body">
              <p>Moscow and Beijing have coordinated closely on global issues, including deepening defence cooperation in joint military and naval drills.</p>
              <p>They have exchanged political goodwill, such as when Moscow supported Beijing’s claims, while Beijing denounced the politicisation of gas supplies.</p>
              <h2>What comes next</h2>
              <p>Reports emerged last year of collaboration on a new design for submarines, and the two sides agreed on a deal for joint production of a helicopter.</p>
              <figure><img src="x.jpg"><figcaption>Leaders meet. Photo: AP</figcaption></figure>
              <p>After years of deteriorating ties, Russia has terminated diplomatic relations with the alliance, which accused the bloc of prejudice.</p>
            </div>
            <aside class="related"><h3>Related</h3><ul><li><a href="/a">Another story about something</a></li></ul></aside>
            <div class="comments"><p>Great article, I agree with everything said here and would like to add a long comment of my own.</p></div>
            <footer><p>© 2021 The Example Post. All rights reserved.</p></footer>
            </body></html>
            """;

    @Test
    void extractsTheArticleBody() {
        CleanArticle a = cleaner.clean("page.html", PAGE);
        List<String> body = a.body().stream().map(Part::text).toList();
        assertEquals(5, body.size(), body.toString());
        assertTrue(body.get(0).startsWith("Moscow and Beijing"));
        assertEquals("What comes next", body.get(2));
        assertEquals(PartType.HEADING, a.body().get(2).type());
        assertTrue(body.get(4).startsWith("After years"));
        String text = a.bodyText();
        assertFalse(text.contains("Great article"));
        assertFalse(text.contains("Photo: AP"));
        assertFalse(text.contains("All rights reserved"));
        assertFalse(text.contains("window.evil"));
    }

    @Test
    void aDataTableATweetAndCodeKeepTheirShapeInTheBriefsMarkdown() {
        String page = PAGE.replace("<h2>What comes next</h2>", """
                <table><tr><th>Team</th><th>Points</th></tr><tr><td>Arsenal | FC</td><td>40</td></tr>
                <tr><td>Chelsea</td><td>38</td></tr></table>
                <blockquote class="twitter-tweet"><p>We met today.<br>Talks go on.</p>— Jane Doe (@jane) <a href="#">May 1</a></blockquote>
                <pre>for x in xs:\n    print(x)</pre>
                """);
        CleanArticle a = cleaner.clean("page.html", page);
        String md = io.github.dossier.brief.BriefMaker.markdown(a.body());
        assertTrue(md.contains("| Team | Points |\n| --- | --- |\n| Arsenal \\| FC | 40 |\n| Chelsea | 38 |"), md);
        assertTrue(md.contains("> We met today. Talks go on.\n>\n> — Jane Doe (@jane) May 1"), md);
        assertTrue(md.contains("```\nfor x in xs:\n    print(x)\n```"), md);
        assertFalse(md.contains("## Team"), "a table's cells are no headings");
    }

    @Test
    void aTableThatLaysOutThePageIsReadAsParagraphs() {
        String page = PAGE.replace("<div class=\"article-body\">", "<div class=\"article-body\"><table><tr><td>")
                .replace("</div>\n            <aside", "</td></tr></table></div>\n            <aside");
        CleanArticle a = cleaner.clean("page.html", page);
        assertEquals(PartType.PARAGRAPH, a.body().get(0).type());
        assertTrue(a.body().stream().noneMatch(p -> p.type() == PartType.TABLE_ROW), a.body().toString());
    }

    @Test
    void collectsPageMetadata() {
        CleanArticle a = cleaner.clean("page.html", PAGE);
        assertEquals("Ties that bind", a.meta("og:title").orElseThrow());
        assertEquals("The Example Post", a.meta("og:site_name").orElseThrow());
        assertEquals("2021-12-20T08:00:00Z", a.meta("article:published_time").orElseThrow());
        assertEquals("Ties that bind", a.meta("jsonld:headline").orElseThrow());
        assertEquals(List.of("Jane Doe"), a.meta().get("jsonld:author"));
        assertEquals("The Example Post", a.meta("jsonld:publisher").orElseThrow());
    }

    @Test
    void headlineAndBylineBeforeTheArticleAreHandedOn() {
        CleanArticle a = cleaner.clean("page.html", PAGE);
        assertEquals("Ties that bind", a.first(PartType.HEADLINE).orElseThrow());
        assertEquals("By Jane Doe", a.first(PartType.BYLINE).orElseThrow());
    }

    @Test
    void brokenJsonLdIsIgnored() {
        CleanArticle a = cleaner.clean("p.html", "<html><head><script type=\"application/ld+json\">{\"headline\": </script>"
                + "</head><body><p>Moscow and Beijing have coordinated closely on global issues, including deepening defence "
                + "cooperation in joint military and naval drills, which is a long enough sentence.</p></body></html>");
        assertTrue(a.meta("jsonld:headline").isEmpty());
        assertEquals(1, a.body().size());
    }

    /**
     * A hundred thousand unclosed {@code <div>}s once overflowed the stack of every recursive walk over the page;
     * nesting below a depth of 512 is flattened as browsers flatten it, and the text is kept.
     */
    @Test
    void nestingDeeperThanBrowsersKeepIsFlattenedAndItsTextKept() {
        String para = "Moscow and Beijing have coordinated closely on global issues, including deepening defence "
                + "cooperation in joint military and naval drills.";
        String html = "<html><head><title>Deep</title></head><body>" + "<div>".repeat(100_000) + "<p>" + para
                + "</p><p>" + para.replace("Moscow", "Tokyo") + "</p></body></html>";
        CleanArticle a = cleaner.clean("deep.html", html);
        assertTrue(a.body().stream().anyMatch(p -> p.text().equals(para)), a.body().toString());
    }

    /** The spaces of {@code &nbsp;} and its kin are spaces: words on either side stay two words. */
    @Test
    void noBreakSpacesAreSpaces() {
        String para = "Moscow&nbsp;and&#8239;Beijing have&nbsp;&nbsp;coordinated closely on global issues, including "
                + "deepening defence cooperation in joint military and naval drills.";
        CleanArticle a = cleaner.clean("nbsp.html", "<html><body><article><p>" + para + "</p></article></body></html>");
        assertEquals("Moscow and Beijing have coordinated closely on global issues, including deepening defence "
                + "cooperation in joint military and naval drills.", a.body().get(0).text());
    }
}
