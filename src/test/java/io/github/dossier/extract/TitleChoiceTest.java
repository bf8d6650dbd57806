package io.github.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dossier.clean.Cleaner;
import io.github.dossier.raw.RawDocument;
import org.junit.jupiter.api.Test;

/** The learned choice among a page's candidate titles, beside the rules' order of sources. */
class TitleChoiceTest {

    private static final MetadataExtractor LEARNED = MetadataExtractor.builder().build();
    private static final MetadataExtractor RULES = MetadataExtractor.builder().knowledge(LEARNED.knowledge())
            .learned(false).build();
    private static final Cleaner CLEANER = Cleaner.builder().knowledge(LEARNED.knowledge()).build();
    private static final String BODY = "<p>The committee met on Tuesday to discuss the budget for the coming year, and "
            + "the members agreed that the plan needs more work before it can be put to a vote in the council.</p>"
            + "<p>Several speakers said that the proposal would leave the schools without the money they need, while "
            + "others argued that the city cannot afford to spend more than it did in the last two years.</p>";

    private static String title(MetadataExtractor extractor, String head, String body) {
        String html = "<html><head>" + head + "</head><body>" + body + "</body></html>";
        return extractor.extract(CLEANER.clean(new RawDocument("page.html", RawDocument.Format.HTML, html))).title();
    }

    @Test
    void aHeadlineThePagePrintsAndItsTitleHoldsWinsOverATeaserAnnouncedForSharing() {
        String head = "<meta property=\"og:title\" content=\"You will not believe what the council did next\">"
                + "<title>Council delays the budget vote again | City News</title>";
        String body = "<article><h1>Council delays the budget vote again</h1>" + BODY + "</article>";
        // The rules trust og:title first; what the page prints and titles alike outweighs it.
        assertEquals("You will not believe what the council did next", title(RULES, head, body));
        assertEquals("Council delays the budget vote again", title(LEARNED, head, body));
    }

    @Test
    void bothChooseTheSameWhereTheSourcesAgree() {
        String head = "<meta property=\"og:title\" content=\"Council delays the budget vote again\">"
                + "<title>Council delays the budget vote again | City News</title>";
        String body = "<article><h1>Council delays the budget vote again</h1>" + BODY + "</article>";
        assertEquals("Council delays the budget vote again", title(RULES, head, body));
        assertEquals("Council delays the budget vote again", title(LEARNED, head, body));
    }

    @Test
    void noValidCandidateGivesTheFileName() {
        assertEquals("page", title(LEARNED, "", "<div>" + "<p>Ok.</p>" + "</div>"));
    }

    @Test
    void theShippedModelIsOfTheFeaturesTheCandidatesHave() {
        assertEquals(TitleCandidate.NAMES, io.github.dossier.knowledge.LinearModel.shipped("title-model.tsv",
                TitleCandidate.NAMES).names());
    }
}
