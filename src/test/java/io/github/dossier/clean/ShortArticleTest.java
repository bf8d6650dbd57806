package io.github.dossier.clean;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dossier.raw.RawDocument;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A short news story (a wire item of two or three paragraphs) is an article, not nothing. */
class ShortArticleTest {

    private static final Cleaner CLEANER = Cleaner.builder().build();
    private static final Cleaner RULES = Cleaner.builder().learned(false).build();
    /** 427 characters in three paragraphs. */
    private static final String[] STORY = {
        "Police closed the bridge on Monday after a lorry hit its railing.",
        "No one was hurt, a spokesman said, but the road will stay shut until engineers have checked the damage.",
        "Drivers are asked to use the ring road instead. The council said repairs could take until the end of the "
            + "week, and buses to the hospital will run on a diversion in the meantime.",
    };
    private static final String[] GESCHICHTE = {
        "Die Polizei hat die Brücke am Montag gesperrt.",
        "Verletzt wurde niemand, sagte ein Sprecher, aber die Straße bleibt zu, bis die Statik geprüft ist.",
        "Autofahrer sollen die Umgehung nehmen. Die Reparatur kann bis Ende der Woche dauern.",
    };

    private static String page(String[] paragraphs, String lang) {
        StringBuilder html = new StringBuilder("<html lang=\"" + lang + "\"><head><title>Bridge closed | City News"
                + "</title></head><body><nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li>"
                + "<li><a href=\"/sport\">Sport</a></li></ul></nav><main><article><h1>Bridge closed</h1>"
                + "<p class=\"date\">12.01.2022</p>");
        for (String p : paragraphs) {
            html.append("<p>").append(p).append("</p>");
        }
        return html.append("</article></main><aside><h3>Most read</h3><ul><li><a href=\"/a\">Another story about "
                + "the council's budget</a></li><li><a href=\"/b\">Football club signs a new coach</a></li></ul></aside>"
                + "<footer><p>© 2022 City News</p><p><a href=\"/privacy\">Privacy</a> <a href=\"/terms\">Terms</a></p>"
                + "</footer></body></html>").toString();
    }

    private static void kept(Cleaner cleaner, RawDocument doc, String[] story) {
        CleanArticle a = cleaner.clean(doc, CorpusProfile.EMPTY);
        String body = a.body().stream().map(Part::text).collect(Collectors.joining("\n"));
        for (String p : story) {
            assertTrue(body.contains(p), doc.source() + " lost: " + p + "\n in: " + body);
        }
    }

    @Test
    void aShortStoryOnASavedPageIsKept() {
        for (Cleaner c : new Cleaner[] {CLEANER, RULES}) {
            kept(c, new RawDocument("short.html", RawDocument.Format.HTML, page(STORY, "en")), STORY);
            kept(c, new RawDocument("kurz.html", RawDocument.Format.HTML, page(GESCHICHTE, "de")), GESCHICHTE);
        }
    }

    @Test
    void aShortStoryInATextScrapeIsKept() {
        String scrape = "Bridge closed | City News\n\nHome\nNews\nSport\n\nBridge closed\n\n12.01.2022\n\n"
                + String.join("\n\n", STORY) + "\n\nMost read\nAnother story about the council's budget\n\n© 2022 City News\n";
        for (Cleaner c : new Cleaner[] {CLEANER, RULES}) {
            kept(c, new RawDocument("short.txt", RawDocument.Format.TEXT, scrape), STORY);
        }
    }
}
