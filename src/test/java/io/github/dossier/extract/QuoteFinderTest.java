package io.github.dossier.extract;

import io.github.dossier.knowledge.Boilerplate;
import io.github.dossier.knowledge.Lexicon;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {

    private final QuoteFinder finder = new QuoteFinder(Lexicon.shipped(), new Summarizer(Lexicon.shipped(), Boilerplate.defaults()));
    private final List<String> people = List.of("Vladimir Putin", "Xi Jinping", "Joe Biden");

    @Test
    void findsSpeakersBeforeAndAfterTheQuotation() {
        List<Quote> quotes = finder.find(List.of(
                "Putin called China-Russia relations a “benchmark of interstate cooperation”, while Xi noted that they "
                        + "“emerged from all kinds of tests”.",
                "“We will respond to any aggression,” Biden said on Tuesday.",
                "The summit drew derision, with critics calling it “an evident product of Cold War thinking”."), people);
        assertEquals(List.of(
                new Quote("benchmark of interstate cooperation", Optional.of("Vladimir Putin")),
                new Quote("emerged from all kinds of tests", Optional.of("Xi Jinping")),
                new Quote("We will respond to any aggression", Optional.of("Joe Biden")),
                new Quote("an evident product of Cold War thinking", Optional.empty())), quotes);
    }

    @Test
    void namesInsideCompoundsSpeakForNobody() {
        List<Quote> quotes = finder.find(List.of(
                "The Xi-Putin summit outlined plans to establish a “correct view of democracy” together."), people);
        assertEquals(Optional.empty(), quotes.get(0).speaker());
    }
}
