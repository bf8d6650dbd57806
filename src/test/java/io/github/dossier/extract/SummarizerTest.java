package io.github.dossier.extract;

import io.github.dossier.knowledge.Boilerplate;
import io.github.dossier.knowledge.Lexicon;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SummarizerTest {

    private final Summarizer summarizer = new Summarizer(Lexicon.shipped(), Boilerplate.defaults());

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

    private static final List<String> STORY = List.of(
            "Firefighters in Vancouver battled a three-alarm blaze at a downtown warehouse late on Tuesday night.",
            "No one was injured, the fire department said, but the building was destroyed and nearby streets were closed.",
            "Investigators said on Wednesday that the cause of the warehouse fire had not yet been determined.");

    /**
     * A nag or a credit the cleaner left at the top of the body is passed over for the first real paragraph, even
     * where the article is so short that every sentence it has would stand in its summary.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "Unlimited online access to The Province, Vancouver Sun and 15 news sites with one account.",
        "Sign up to receive daily headline news from The Province, a division of Postmedia Network Inc.",
        "Create an account or sign in to continue with your reading experience on our website.",
        "Flames rise from a warehouse in downtown Vancouver on Tuesday night. (AP Photo/Jane Doe)",
        "Flames rise from a warehouse in downtown Vancouver on Tuesday night. Getty Images",
        "Flammen steigen am Dienstagabend aus einer Lagerhalle in der Innenstadt. Foto: Jane Doe/dpa",
        "Accès illimité à tous nos articles et à l'édition numérique pour un euro par mois.",
        "We use cookies to give you the best experience on our website and to show you relevant ads.",
        "Click here to read more stories about fires in Vancouver and across British Columbia."})
    void aSummaryIsNeverBoilerplate(String boilerplate) {
        List<String> story = List.of(STORY.get(0) + " " + STORY.get(1));
        List<String> paragraphs = List.of(boilerplate, story.get(0));
        List<String> summary = summarizer.summarize(paragraphs, 3);
        assertEquals(List.of(STORY.get(0), STORY.get(1)), summary);
    }

    /** An article with no boilerplate keeps the summary it had (the one chosen before boilerplate was passed over). */
    @Test
    void aNormalArticlesSummaryIsUnchanged() {
        assertEquals(List.of(STORY.get(0), STORY.get(2)), summarizer.summarize(STORY, 2));
        assertEquals(STORY, summarizer.summarize(STORY, 3));
        // Prose the patterns would take for a line of their own: a byline's "By", a bracket with a slash.
        List<String> prose = List.of("By sharing real-time data with Google, Chrome can protect you against dangerous sites.",
                "Steinkäuze leben noch in den Eichenhainen des Kantons Genf und im Seeland (Bern/Freiburg).",
                "Ihr Bestand ist in den letzten Jahren dank neuer Nisthilfen in mehreren Kantonen gewachsen.");
        assertEquals(prose, summarizer.summarize(List.of(prose.get(0), prose.get(1) + " " + prose.get(2)), 3));
    }

    @Test
    void splitsSentences() {
        assertEquals(List.of("He left.", "“Why?” she asked.", "U.S. officials agreed."),
                summarizer.sentences("He left. “Why?” she asked. U.S. officials agreed."));
    }
}
