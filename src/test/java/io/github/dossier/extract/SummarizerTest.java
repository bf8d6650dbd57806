package io.github.dossier.extract;

import io.github.dossier.knowledge.Lexicon;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SummarizerTest {

    private final Summarizer summarizer = new Summarizer(Lexicon.shipped());

    @Test
    void picksCentralSentencesVerbatimInArticleOrder() {
        List<String> paragraphs = List.of(
                "China and Russia deepened their military cooperation this year with joint naval drills. The weather was mild.",
                "Joint naval drills between China and Russia were the largest military cooperation exercise yet. A cat sat on a mat today.",
                "Analysts expect more military cooperation between China and Russia next year, including more naval drills.");
        List<String> summary = summarizer.summarize(paragraphs, 2);
        assertEquals(2, summary.size());
        for (String s : summary) {
            assertTrue(String.join(" ", paragraphs).contains(s), s);
            assertTrue(s.contains("China and Russia"), s);
        }
        assertTrue(String.join(" ", paragraphs).indexOf(summary.get(0)) < String.join(" ", paragraphs).indexOf(summary.get(1)));
    }

    @Test
    void splitsSentences() {
        assertEquals(List.of("He left.", "“Why?” she asked.", "U.S. officials agreed."),
                summarizer.sentences("He left. “Why?” she asked. U.S. officials agreed."));
    }
}
