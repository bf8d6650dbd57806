package io.github.dossier.site.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dossier.brief.Brief;
import io.github.dossier.site.model.Corpus;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The charts count what they show and say it in a table too. */
class ChartsTest {

    private static final Brief OPED = Brief.builder("ties-that-bind", "Ties that bind & more", "a/one.txt")
            .authors(List.of("Jane Doe", "John Roe")).publication(Optional.of("The Diplomat"))
            .published(Optional.of(LocalDate.of(2021, 3, 1))).section(Optional.of("Opinion"))
            .themes(List.of("Diplomacy")).countries(List.of("China", "Russia")).people(List.of("Vladimir Putin"))
            .tags(List.of("Arctic")).summary(List.of("A summary <with> markup.")).words(420).body("Text.").build();
    private static final Brief UNDATED = Brief.builder("pipelines", "Gas and pipelines", "two.txt")
            .authors(List.of("Jane Doe")).countries(List.of("Russia")).body("Text.").build();
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
}
