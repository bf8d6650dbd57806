package io.github.dossier.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dossier.knowledge.Boilerplate;
import io.github.dossier.knowledge.Lexicon;
import io.github.dossier.knowledge.LinearModel;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The learned reading decides over the rules, within its bounds; the shipped model loads and does its part. */
class LineModelTest {

    private static final String P1 = TextCleanerTest.P1;
    private static final String P2 = TextCleanerTest.P2;
    private static final String P3 = TextCleanerTest.P3;
    private static final String P4 = TextCleanerTest.P4;

    private static final String LISTING = "Moscow Beijing Kremlin Zhongnanhai summit pipeline gas deal helicopter "
            + "submarine drills";
    private static final String AD = "Advertisement";
    private static final String TEASER = "Is ‘golden age’ of relations coming to an end?";

    /** A model that reads every line the same way, whatever its features: sure of it, or sure against it. */
    private static LineModel constant(double logit) {
        return new LineModel(new LinearModel(LineFeatures.NAMES, logit, new double[LineFeatures.NAMES.size()]));
    }

    private static List<String> body(LineModel model, String... lines) {
        BlockCleaner cleaner = new BlockCleaner(Boilerplate.defaults(), Lexicon.shipped(), model);
        List<Block> blocks = IntStream.range(0, lines.length).mapToObj(i -> Block.text(lines[i], i + 1)).toList();
        return cleaner.clean("t.txt", blocks, java.util.Map.of()).body().stream().map(Part::text).toList();
    }

    @Test
    void theModelRemovesWhatTheRulesKeptButNeverTheWholeArticle() {
        assertEquals(List.of(P1, P2, P3), body(null, P1, P2, P3));
        // Reading the lines low on the page as not the article's, it removes them.
        assertEquals(List.of(P1), body(byPosition(), P1, P2, P3));
        // Reading every line as not the article's, it leaves the rules' article whole: it weighs lines, not pages.
        assertEquals(List.of(P1, P2, P3), body(constant(-6), P1, P2, P3));
    }

    /** A model sure of a line at the top of the page and against one further down. */
    private static LineModel byPosition() {
        double[] weights = new double[LineFeatures.NAMES.size()];
        weights[LineFeatures.NAMES.indexOf("position")] = -30;
        return new LineModel(new LinearModel(LineFeatures.NAMES, 6, weights));
    }

    @Test
    void theModelKeepsWhatTheRulesRemovedBetweenParagraphsButNotPatternsTeasersOrCopies() {
        String[] page = {"A headline about two capitals", P1, LISTING, P2, TEASER, P3, AD, P4, P2};
        assertEquals(List.of(P1, P2, P3, P4), body(null, page));
        assertEquals(List.of(P1, LISTING, P2, P3, P4), body(constant(6), page));
    }

    @Test
    void theShippedModelLoadsWithTheFeaturesTheCodeComputes() {
        LinearModel shipped = LinearModel.shipped("line-model.tsv", LineFeatures.NAMES);
        assertEquals(LineFeatures.NAMES, shipped.names());
        double[][] features = LineFeatures.of(new Page(List.of(Block.text(P1, 1)), Lexicon.shipped().languages()).lines,
                new int[] {0, 0}, true);
        assertEquals(LineFeatures.NAMES.size(), features[0].length);
        assertTrue(IntStream.range(0, features[0].length).allMatch(i -> Double.isFinite(features[0][i])));
    }
}
