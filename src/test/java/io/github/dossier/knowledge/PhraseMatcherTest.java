package io.github.dossier.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dossier.knowledge.PhraseMatcher;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PhraseMatcherTest {

    @Test
    void longestPhraseFirstWholeWordsOnly() {
        Map<String, String> phrases = new LinkedHashMap<>();
        phrases.put("China", "CN");
        phrases.put("South China Sea", "-");
        phrases.put("US", "US");
        phrases.put("Sino-", "CN");
        PhraseMatcher<String> m = PhraseMatcher.of(phrases, false);
        assertEquals(List.of("-", "US", "CN", "CN", "US"), m.find("South China Sea, US, China, Sino-US, USA, us, Chinas")
                .stream().map(PhraseMatcher.Hit::value).toList());
    }

    @Test
    void ignoresCaseWhenAsked() {
        PhraseMatcher<Integer> m = PhraseMatcher.of(Map.of("arms control", 3), true);
        assertEquals(1, m.find("Arms Control talks").size());
    }

    /** Case folding keeps every offset: "İ" is two chars in lower case under String#toLowerCase, one here. */
    @Test
    void offsetsAreOffsetsInTheTextWhateverItsCase() {
        PhraseMatcher<String> m = PhraseMatcher.of(Map.of("istanbul", "TR", "ankara", "TR"), true);
        String text = "İİİ İSTANBUL and Ankara, İzmir";
        List<PhraseMatcher.Hit<String>> hits = m.find(text);
        assertEquals(List.of("İSTANBUL", "Ankara"), hits.stream().map(PhraseMatcher.Hit::text).toList());
        for (PhraseMatcher.Hit<String> h : hits) {
            assertEquals(h.text(), text.substring(h.start(), h.end()));
        }
    }
}
