package io.github.dossier.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LinearModelTest {

    @Test
    void readsWhatItWritesAndScoresByItsWeights() {
        LinearModel model = new LinearModel(List.of("a", "b"), -1, new double[] {2, 0.5});
        String text = model.format("a test model\nof two features");
        assertTrue(text.startsWith("# a test model\n# of two features\nbias\t-1.0000\na\t2.0000\n"), text);
        LinearModel again = LinearModel.parse(text, "m.tsv");
        assertEquals(text, again.format("a test model\nof two features"));
        assertEquals(-1 + 2 * 1 + 0.5 * 2, again.logit(new double[] {1, 2}), 1e-9);
        assertEquals(0.5, again.probability(new double[] {0.5, 0}), 1e-9);
    }

    @Test
    void aDamagedModelIsNamedWithItsLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LinearModel.parse("bias\t1\na\tmany\n", "line-model.tsv"));
        assertEquals("line-model.tsv:2: not a feature and its weight: a\tmany", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> LinearModel.parse("a\t1\n", "m.tsv"));
    }
}
