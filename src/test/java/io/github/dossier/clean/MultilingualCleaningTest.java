package io.github.dossier.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dossier.internal.Words;
import io.github.dossier.knowledge.Lexicon;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Pages that are not English news: read in their own language, with the evidence their markup gives, and never
 * left empty while they hold text.
 */
class MultilingualCleaningTest {

    private final BlockCleaner blocks = BlockCleaner.defaults();
    private final HtmlCleaner html = new HtmlCleaner(blocks, Lexicon.shipped());
    private final TextCleaner text = new TextCleaner(blocks);

    private static List<String> body(CleanArticle a) {
        return a.body().stream().map(Part::text).toList();
    }

    private static Optional<String> first(CleanArticle a, PartType type) {
        return a.first(type);
    }

    @Test
    void aGermanArticleIsReadWithGermanStopwords() {
        // With English stopwords only, every one of these paragraphs scored as a menu (no "the", no "and").
        String page = """
                <html><body><div class="nav"><a href="/">Startseite</a> <a href="/politik">Politik</a></div>
                <h1>Gespräche über die Energiepreise</h1>
                <div class="text">
                <p>Die Bundesregierung will in der kommenden Woche mit den Ländern über die hohen Energiepreise sprechen, wie ein Sprecher am Montag in Berlin sagte.</p>
                <p>Dabei soll es vor allem um die Frage gehen, wie Haushalte mit kleinen Einkommen im Winter entlastet werden können und wer die Kosten dafür trägt.</p>
                <p>Die Länder hatten zuvor eine schnelle Einigung gefordert, weil viele Stadtwerke ihre Preise zum Jahreswechsel erhöhen wollen.</p>
                </div>
                <p>Weiterlesen: Was die Entlastungspakete bisher gebracht haben</p>
                <p>Impressum | Datenschutz | Kontakt</p>
                </body></html>
                """;
        CleanArticle a = html.clean("de.html", page);
        List<String> body = body(a);
        assertEquals(3, body.size(), body.toString());
        assertTrue(body.get(0).startsWith("Die Bundesregierung"));
        assertFalse(a.bodyText().contains("Weiterlesen"), "a German teaser is a teaser");
        assertFalse(a.bodyText().contains("Impressum"));
    }

    @Test
    void theElementThePageNamesAsItsArticleIsPreferredToABusierBox() {
        // The letters box holds more text and more commas, which is what Readability's scores go by; the page
        // says where its article is.
        StringBuilder letters = new StringBuilder("<div class=\"col\"><h3>Letters</h3>");
        for (String who : List.of("a long-time reader", "a former councillor", "a cyclist", "an engineer")) {
            letters.append("<div><p>I have to say, as ").append(who).append(", that the plan is wrong, and that the ")
                    .append("council should, frankly, read the report again, slowly, before it decides, again.</p></div>");
        }
        letters.append("</div>");
        String page = "<html><body>" + letters + "<h1>Old bridge to close</h1><div class=\"entry-content\">"
                + "<p>The council voted on Tuesday to close the old bridge to cars from March, after engineers found "
                + "cracks in two of its supports during a routine inspection last month.</p>"
                + "<p>Cyclists and pedestrians will still be able to cross while the repairs, expected to take a year, "
                + "are carried out.</p></div></body></html>";
        CleanArticle a = html.clean("named.html", page);
        assertTrue(a.bodyText().startsWith("The council voted"), a.bodyText());
        assertTrue(a.bodyText().endsWith("are carried out."), a.bodyText());
        assertFalse(a.bodyText().contains("long-time reader"), a.bodyText());
    }

    @Test
    void anArticlePrintedInNoscriptIsKept() {
        String page = "<html><body><h1>Safer browsing</h1><div itemprop=\"articleBody\">"
                + "<script type=\"text/template\"><p>rendered by script</p></script><noscript>"
                + "<p>Over the past few years we have seen threats on the web becoming increasingly sophisticated, "
                + "and phishing sites rotate their domains very quickly to avoid being blocked.</p>"
                + "<p>This protocol is designed so that no one can learn which sites a user visits, while still "
                + "warning them about the dangerous ones in time.</p></noscript></div></body></html>";
        CleanArticle a = html.clean("noscript.html", page);
        assertEquals(2, a.body().size(), body(a).toString());
        assertTrue(a.bodyText().startsWith("Over the past few years"));
    }

    @Test
    void aShortLedeAboveTheArticleElementIsTheArticlesToo() {
        String page = "<html><body><h1>Measuring body fat</h1><p class=\"byline\">By Jane Doe</p>"
                + "<p>It can be frustrating to step on the scale and see no change.</p>"
                + "<div class=\"article-body\">"
                + "<p>While it is natural to want objective feedback on your progress, body weight should not be "
                + "your main focus, since it says nothing of what that weight is made of.</p>"
                + "<p>Here are the ten best ways to measure your body fat percentage, from calipers at home to "
                + "scans in a clinic, with what each costs and how accurate it is.</p></div></body></html>";
        CleanArticle a = html.clean("lede.html", page);
        assertTrue(a.bodyText().startsWith("It can be frustrating"), a.bodyText());
        assertEquals("Measuring body fat", first(a, PartType.HEADLINE).orElseThrow());
    }

    @Test
    void aPageOfShortLinesStillGivesItsText() {
        // No line passes for prose by the usual bar; the page is not empty for that.
        String page = "<html><body><div class=\"post-content\"><h1>Vintage meets urban jungle</h1>"
                + "<p>Seit zwei Jahren gehört der Kühlschrank zu meiner Küche #Küche</p>"
                + "<p>Am alten Küchentisch mit seinen Kaffeehausstühlen.</p>"
                + "<p>Der Barschrank aus den 50er Jahren ist das Highlight im Wohnzimmer.</p>"
                + "</div><p><a href=\"/a\">Community</a> <a href=\"/b\">Shops</a></p></body></html>";
        CleanArticle a = html.clean("short.html", page);
        assertTrue(a.bodyText().contains("Am alten Küchentisch"), a.bodyText());
        assertFalse(a.bodyText().contains("Community"));
    }

    @Test
    void aResultsTableIsTextNotNothing() {
        String page = "<html><body><h1>Regionalmeisterschaften 2007</h1><table>"
                + "<tr><td>1.</td><td>Wohnhaas, Franziska</td><td>Hochsprung W14</td><td>1,52 m</td></tr>"
                + "<tr><td>2.</td><td>Maier, Lena</td><td>Weitsprung W15</td><td>5,01 m</td></tr>"
                + "</table></body></html>";
        CleanArticle a = html.clean("results.html", page);
        assertFalse(a.body().isEmpty(), "a page with text gives text");
        assertTrue(a.bodyText().contains("Wohnhaas, Franziska"), a.bodyText());
    }

    @Test
    void aChineseScrapeHasItsHeadlineBylineDateAndBody() {
        String scrape = """
                首页 | 新闻 | 国际 | 财经 | 评论
                中美俄三角关系的新变化
                2023年5月12日 10:32 来源：环球时报
                作者：王立新
                当前，中美俄三角关系正在经历冷战结束以来最深刻的调整。美国对中国的战略竞争不断加剧，同时对俄罗斯的制裁也在持续升级。
                分析人士指出，中俄之间的合作并不是针对任何第三方的同盟关系，而是基于共同利益的战略协作伙伴关系。
                从历史上看，三角关系中任何一方的政策调整都会对另外两方产生连锁反应。
                相关阅读
                美联储加息对新兴市场的影响
                责任编辑：李明
                分享到：微信 微博 QQ空间
                """;
        CleanArticle a = text.clean("zh.txt", scrape);
        assertEquals("中美俄三角关系的新变化", first(a, PartType.HEADLINE).orElseThrow());
        assertEquals("作者：王立新", first(a, PartType.BYLINE).orElseThrow());
        assertTrue(first(a, PartType.DATELINE).orElseThrow().startsWith("2023年5月12日"));
        List<String> body = body(a);
        assertEquals(3, body.size(), body.toString());
        assertFalse(a.bodyText().contains("美联储"), "the related story is not the article's");
        assertFalse(a.bodyText().contains("责任编辑"));
    }

    @Test
    void chineseAndJapaneseCountACharacterAWord() {
        assertEquals(7, Words.count("中美俄三角关系"), "seven characters, seven words");
        assertEquals(List.of("東", "京", "で", "会", "議"), Words.of("東京で会議"));
        assertEquals(List.of("Xi", "在", "北", "京"), Words.of("Xi在北京"));
        assertEquals(3, Words.count("Moscow-Beijing ties, 2023"));
        assertEquals(2, Words.count("서울 회의"), "Korean spaces its words");
    }
}
