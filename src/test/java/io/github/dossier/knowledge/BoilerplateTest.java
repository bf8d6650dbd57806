package io.github.dossier.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BoilerplateTest {

    private final Boilerplate patterns = Boilerplate.defaults();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiterString = " => ", value = {
        "Advertisement => advertisement",
        "[ad_2] => advertisement",
        "Source link => advertisement",
        "You have 3 free articles left this month => paywall",
        "Sign in to unlock this article => paywall",
        "Subscribe => paywall",
        "Photo: AP => caption",
        "Illustration: Craig Stephens => caption",
        "Image Credit: Reuters => caption",
        "?? JIN DING / CHINA DAILY ?? => caption",
        "Click to resize => caption",
        "Leaders meet in Moscow on June 5, 2019. Photo: AP => caption",
        "Read more: NATO warns China against supporting Russia => teaser",
        "Share this article => share",
        "Sign up for our daily newsletter => newsletter",
        "| Welcome to Global Village Space => banner",
        "Sunday, July 21, 2024 => date",
        "Published: => date",
        "23 => comments",
        "SCMP APP => footer",
        "Newspapers in English => footer",
        "05F05E67-9A66-45E7-ABE3-8D630F8A2D6A => id",
    })
    void removesBoilerplate(String line, String rule) {
        Optional<Boilerplate.Match> m = patterns.match(line);
        assertTrue(m.isPresent(), line);
        assertEquals(Boilerplate.Action.REMOVE, m.get().action(), line);
        assertEquals(rule, m.get().rule(), line);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"12 Comments", "[ 167 comments ]", "Top Rated Comments", "Related Stories",
        "You may also like...", "Most Popular", "More from The Example Post"})
    void wallsOpenThePageTail(String line) {
        assertEquals(Boilerplate.Action.END, patterns.match(line).orElseThrow().action(), line);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"More", "More:", "Related", "Latest", "Up next"})
    void bareWordsAreNoWalls(String line) {
        assertTrue(patterns.match(line).map(m -> m.action() != Boilerplate.Action.END).orElse(true), line);
    }

    @Test
    void sectionLinesKeepTheirValue() {
        Boilerplate.Match topic = patterns.match("Topic | US-China relations").orElseThrow();
        assertEquals("section", topic.rule());
        assertEquals("US-China relations", topic.value());
        Boilerplate.Match dated = patterns.match("Published: 20 December 2021").orElseThrow();
        assertEquals("dateline", dated.rule());
        assertEquals("20 December 2021", dated.value());
        assertEquals("byline", patterns.match("By Jane Doe and John Roe").orElseThrow().rule());
        assertEquals(Boilerplate.Action.KEEP, patterns.match("Opinion").orElseThrow().action());
        assertEquals("Diplomacy", patterns.match("Tags: Diplomacy").orElseThrow().value());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Moscow and Beijing have coordinated closely on global issues, including deepening defence cooperation.",
        "China and Russia’s improved ties",
        "The statement reads",
        "Putin called China-Russia relations a “benchmark of interstate cooperation”.",
    })
    void leavesArticleTextAlone(String line) {
        assertTrue(patterns.match(line).isEmpty(), line);
    }

    @Test
    void projectPatternsExtendTheShippedOnes(@TempDir Path data) throws Exception {
        Files.writeString(data.resolve("boilerplate.yml"), "remove:\n  house:\n    - 'brought to you by .*'\n");
        Boilerplate extended = Boilerplate.load(data);
        assertEquals("house", extended.match("Brought to you by Acme").orElseThrow().rule());
        assertEquals("advertisement", extended.match("Advertisement").orElseThrow().rule());
    }

    @Test
    void mastheadsAreRemoved() {
        Boilerplate withNames = patterns.withMastheads(List.of("China Daily"));
        assertEquals("masthead", withNames.match("China Daily").orElseThrow().rule());
        assertTrue(withNames.match("China Daily reported on Monday that talks had ended.").isEmpty());
    }

    @Test
    void badPatternsAreReportedWithTheirFile(@TempDir Path data) throws Exception {
        Files.writeString(data.resolve("boilerplate.yml"), "remove:\n  broken:\n    - '(unclosed'\n");
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Boilerplate.load(data));
        assertTrue(e.getMessage().contains("boilerplate.yml:3: remove.broken: '(unclosed' is not a valid pattern"), e.getMessage());
    }
}
