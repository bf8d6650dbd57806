package io.github.dossier.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** OpenRefine's methods, on the kinds of messy names real corpora have. */
class NameClustersTest {

    private static List<List<String>> clusters(Map<String, Integer> counts, boolean people) {
        return NameClusters.of(counts, people, false).stream().map(NameClusters.Cluster::names).toList();
    }

    @Test
    void keysAreOpenRefines() {
        assertEquals("biden joe", NameClusters.fingerprint("Biden, Joe"));
        assertEquals(NameClusters.fingerprint("Joe Biden"), NameClusters.fingerprint("  BIDEN, joe. "));
        assertEquals(NameClusters.fingerprint("Zoë Smith"), NameClusters.fingerprint("Zoe Smith"));
        assertEquals(NameClusters.ngramFingerprint("financialpost", 2), NameClusters.ngramFingerprint("Financial Post", 2));
        assertEquals(NameClusters.phonetic("Zelenskiy", false), NameClusters.phonetic("Zelensky", false));
        assertEquals("", NameClusters.phonetic("习近平", false), "no sound key for a script it cannot read");
    }

    @Test
    void findsTheClustersAndProposesTheNameMostBriefsCarry() {
        List<List<String>> found = clusters(Map.of("Will Knight", 12, "Will Knigh", 1, "Financial Post", 7,
                "financialpost", 3, "Joe Biden", 20, "Biden, Joe", 2, "Angela Merkel", 5, "Theresa May", 4), false);
        assertTrue(found.contains(List.of("Will Knight", "Will Knigh")), found.toString());
        assertTrue(found.contains(List.of("Financial Post", "financialpost")), found.toString());
        assertTrue(found.contains(List.of("Joe Biden", "Biden, Joe")), found.toString());
        assertEquals(3, found.size(), "no cluster of names that are not one: " + found);
    }

    @Test
    void aSurnameAloneJoinsTheOneFullNameItEnds() {
        List<List<String>> found = clusters(Map.of("Volodymyr Zelensky", 9, "Zelenskiy", 2, "Zelensky", 1,
                "Biden", 1, "Joe Biden", 4, "Jill Biden", 2), true);
        assertTrue(found.contains(List.of("Volodymyr Zelensky", "Zelenskiy", "Zelensky")), found.toString());
        assertTrue(found.stream().noneMatch(c -> c.contains("Biden") && c.size() > 1),
                "two full names end with Biden: which one is not known: " + found);
    }

    @Test
    void namesWhoseNumbersDifferAreNotOne() {
        assertEquals(List.of(), clusters(Map.of("G7", 3, "G8", 2, "Windows 10", 4, "Windows 11", 1, "COP26", 2,
                "COP27", 1), false));
    }
}
