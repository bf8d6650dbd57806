package io.github.dossier.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShingleMetricTest {

    @Test
    void perfectEmptyAndPartialMatches() {
        assertEquals(new ShingleMetric.Counts(1, 0, 0), ShingleMetric.match("a b c d e", "a b c d e"));
        assertEquals(new ShingleMetric.Counts(0, 0, 1), ShingleMetric.match("a b c d e", ""));
        // truth shingles: abcd, bcde; prediction: abcd, bcdx → tp 1, fp 1, fn 1
        ShingleMetric.Counts c = ShingleMetric.match("a b c d e", "a b c d x");
        assertEquals(1 / 3.0, c.tp(), 1e-12);
        assertEquals(1 / 3.0, c.fp(), 1e-12);
        // fewer than four tokens make one shingle of them all
        assertEquals(new ShingleMetric.Counts(1, 0, 0), ShingleMetric.match("Hi there", "hi-there".replace("hi", "Hi").replace("-", " ")));
    }

    @Test
    void corpusScoresSkipDocumentsWithoutPrediction() {
        ShingleMetric.Scores s = ShingleMetric.score(List.of(
                ShingleMetric.match("a b c d e", "a b c d e"), ShingleMetric.match("a b c d e", "")));
        assertEquals(1.0, s.precision(), 1e-12);
        assertEquals(0.5, s.recall(), 1e-12);
        assertEquals(2 / 3.0, s.f1(), 1e-12);
    }

    @Test
    void tokensAreUnicodeWordRuns() {
        assertEquals(List.of("Beijing", "s", "中俄关系", "x_1"), ShingleMetric.tokens("Beijing’s 中俄关系, x_1!"));
    }
}
