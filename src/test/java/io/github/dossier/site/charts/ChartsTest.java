package io.github.dossier.site.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dossier.brief.Brief;
import io.github.dossier.site.model.Corpus;
import io.github.dossier.testing.TwoBriefs;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The charts count what they show and say it in a table too. */
class ChartsTest {

    private static final Brief OPED = TwoBriefs.OPED;
    private static final Brief UNDATED = TwoBriefs.UNDATED;
    private static final Corpus CORPUS = new Corpus(List.of(OPED, UNDATED));

    @Test
    void chartsCountWhatTheyShowAndSayItInATable() {
        Charts.Chart together = Charts.coMentions(CORPUS, 12);
        assertEquals(List.of("Russia", "China"), together.columns());
        assertEquals(List.of(2, 1), together.rows().get(0).values(), "Russia alone in two briefs, with China in one");
        assertTrue(together.svg().startsWith("<svg ") && together.svg().endsWith("</svg>"));
        Charts.Chart timeline = Charts.timeline(CORPUS);
        assertEquals(List.of(new Charts.Row("2021-03", List.of(1))), timeline.rows());
        assertNull(Charts.timeline(new Corpus(List.of(UNDATED))), "no dates, no timeline");
    }

    @Test
    void aChartIsNeverDrawnSoNarrowThatItsLabelsShrinkUnderTenPixelsAndTheTimelineHasAScale() {
        for (Charts.Chart c : List.of(Charts.coMentions(CORPUS, 12), Charts.timeline(CORPUS))) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("viewBox=\"0 0 (\\d+) \\d+\" style=\"min-width:(\\d+)px\"")
                    .matcher(c.svg());
            assertTrue(m.find(), c.svg());
            double scale = Double.parseDouble(m.group(2)) / Double.parseDouble(m.group(1));
            assertTrue(11 * scale >= 10, c.id() + ": labels drawn at " + 11 * scale + "px at the least");
        }
        String timeline = Charts.timeline(CORPUS).svg();
        assertTrue(timeline.contains("class=\"tick\">1</text>") && timeline.contains("text-anchor=\"end\">0</text>"),
                "the count at the top of the scale and 0 at its foot");
    }
}
