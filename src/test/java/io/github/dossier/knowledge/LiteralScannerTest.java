package io.github.dossier.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LiteralScannerTest {

    @Test
    void findsEveryLiteralInOnePass() {
        LiteralScanner s = LiteralScanner.of(Arrays.asList(Set.of("read more"), Set.of("credit", "photo"), null,
                Set.of("he", "she", "hers"), Set.of("广告")));
        long[] bits = s.candidates("photo: ushers");
        assertFalse(LiteralScanner.has(bits, 0));
        assertTrue(LiteralScanner.has(bits, 1));
        assertTrue(LiteralScanner.has(bits, 2), "a set without literals is always a candidate");
        assertTrue(LiteralScanner.has(bits, 3), "'she' and 'hers' overlap inside 'ushers'");
        assertFalse(LiteralScanner.has(bits, 4));
        assertTrue(LiteralScanner.has(s.candidates("本文广告"), 4));
        assertTrue(LiteralScanner.has(s.candidates("please read more"), 0));
        assertFalse(LiteralScanner.has(s.candidates("read mor"), 0));
    }

    /** The automaton answers exactly what one {@code contains} per literal answers, over many sets and texts. */
    @Test
    void agreesWithContainsOnRandomSetsAndTexts() {
        Random random = new Random(13);
        String alphabet = "abcab é";
        List<Set<String>> sets = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            Set<String> set = new java.util.HashSet<>();
            for (int j = 0, n = 1 + random.nextInt(4); j < n; j++) {
                set.add(word(random, alphabet, 1 + random.nextInt(5)));
            }
            sets.add(set);
        }
        LiteralScanner s = LiteralScanner.of(sets);
        assertEquals(150, s.size());
        for (int t = 0; t < 2000; t++) {
            String text = word(random, alphabet, random.nextInt(30));
            long[] bits = s.candidates(text);
            for (int i = 0; i < sets.size(); i++) {
                assertEquals(sets.get(i).stream().anyMatch(text::contains), LiteralScanner.has(bits, i),
                        "set " + sets.get(i) + " in \"" + text + "\"");
            }
        }
    }

    private static String word(Random random, String alphabet, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
