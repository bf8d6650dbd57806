package io.github.dossier.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dossier.knowledge.LinearModel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogisticFitTest {

    /** y is mostly x0 > 0.5; x1 is noise. */
    private static LinearModel fit() {
        List<double[]> x = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        List<Double> w = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            double x0 = (i % 20) / 19.0;
            double x1 = ((i * 7) % 13) / 12.0;
            x.add(new double[] {x0, x1});
            y.add(i % 17 == 0 ? x0 <= 0.5 : x0 > 0.5);
            w.add(1.0);
        }
        return LogisticFit.fit(List.of("x0", "x1"), x, y, w, 1.0);
    }

    @Test
    void learnsTheSignalNotTheNoise() {
        LinearModel m = fit();
        assertTrue(m.probability(new double[] {0.9, 0.5}) > 0.8, m.format(""));
        assertTrue(m.probability(new double[] {0.1, 0.5}) < 0.2, m.format(""));
        assertTrue(Math.abs(m.logit(new double[] {0.5, 1}) - m.logit(new double[] {0.5, 0})) < 1, m.format(""));
    }

    @Test
    void theSameExamplesGiveTheSameModel() {
        assertEquals(fit().format("x"), fit().format("x"));
    }
}
