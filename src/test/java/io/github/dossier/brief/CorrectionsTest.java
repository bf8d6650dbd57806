package io.github.dossier.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dossier.extract.Quote;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The corrections file: what it says, what it does to a brief, and its errors with their lines. */
class CorrectionsTest {

    private static final Path FILE = Path.of("content/corrections.yml");

    private static Corrections parse(String text) throws BriefFormatException {
        return Corrections.parse(FILE, text);
    }

    private static Brief brief() {
        return Brief.builder("deal-struck", "Deal struck", "a.html")
                .authors(List.of("Redaktion", "Will Knigh"))
                .publication(Optional.of("financialpost"))
                .people(List.of("Zelenskiy", "Volodymyr Zelensky", "While Hamas", "Joe Biden"))
                .organisations(List.of("UN Security Council", "NATO"))
                .countries(List.of("China", "Georgia"))
                .countryMentions(Map.of("China", 4, "Georgia", 1))
                .quotes(List.of(new Quote("We will win", Optional.of("Zelenskiy")),
                        new Quote("Not now", Optional.of("While Hamas"))))
                .words(100).body("Zelenskiy met Biden.").build();
    }

    @Test
    void renamesMergeDropsAndFollowsChains() throws Exception {
        Corrections c = parse("""
                people:
                  rename: {Zelenskiy: Volodymyr Zelensky, Joe Biden: Biden}
                  drop: [While Hamas]
                people: {rename: {Biden: Joseph R. Biden}}   # a kind again: a line pasted at the end
                organisations: {rename: {UN Security Council: United Nations Security Council}}
                countries: {drop: [georgia]}
                authors: {rename: {Will Knigh: Will Knight}}
                publications: {rename: {FinancialPost: Financial Post}}
                """);
        Brief b = c.use().apply(brief());
        assertEquals(List.of("Volodymyr Zelensky", "Joseph R. Biden"), b.people());
        assertEquals(List.of("United Nations Security Council", "NATO"), b.organisations());
        assertEquals(List.of("China"), b.countries());
        assertEquals(Map.of("China", 4), b.countryMentions());
        assertEquals(List.of("Redaktion", "Will Knight"), b.authors());
        assertEquals(Optional.of("Financial Post"), b.publication());
        assertEquals(Optional.of("Volodymyr Zelensky"), b.quotes().get(0).speaker());
        assertEquals(Optional.empty(), b.quotes().get(1).speaker());
        assertEquals(brief().body(), b.body());
    }

    @Test
    void aPublicationsRulesHoldForItsBriefsOnlyAndBriefsFieldsLast() throws Exception {
        Corrections c = parse("""
                publications: {rename: {financialpost: Financial Post}}
                by-publication:
                  Financial Post: {authors: {drop: [Redaktion]}}
                  Der Standard: {authors: {rename: {Redaktion: Der Standard}}}
                briefs:
                  deal-struck: {published: 2019-10-16, title: The deal}
                  other.html: {authors: [Jane Doe]}
                """);
        Corrections.Use use = c.use();
        Brief b = use.apply(brief());
        assertEquals(List.of("Will Knigh"), b.authors());
        assertEquals(Optional.of(LocalDate.of(2019, 10, 16)), b.published());
        assertEquals("The deal", b.title());
        Brief standard = use.apply(brief().toBuilder().slug("other").source("other.html")
                .publication(Optional.of("Der Standard")).build());
        assertEquals(List.of("Jane Doe"), standard.authors(), "a brief's own fields win, found by its raw file");
        assertEquals(List.of(), use.unused());
    }

    @Test
    void anUnchangedBriefIsTheVeryObject() throws Exception {
        Brief b = brief();
        assertSame(b, parse("people: {drop: [Nobody]}").use().apply(b));
        assertSame(b, Corrections.none().use().apply(b));
    }

    @Test
    void rulesThatMatchNothingAreWarningsWithTheirLines() throws Exception {
        Corrections c = parse("""
                people:
                  drop: [While Hamas, Nobody Here]
                by-publication:
                  Nowhere Times: {authors: {drop: [Redaktion]}}
                briefs:
                  no-such-brief: {published: 2020-01-01}
                """);
        Corrections.Use use = c.use();
        use.apply(brief());
        List<String> unused = use.unused();
        assertEquals(3, unused.size(), unused.toString());
        assertTrue(unused.get(0).startsWith(FILE + ":2: people: no brief carries 'Nobody Here'"), unused.get(0));
        assertTrue(unused.get(1).startsWith(FILE + ":4: by-publication: no brief's publication is 'Nowhere Times'"),
                unused.get(1));
        assertTrue(unused.get(2).startsWith(FILE + ":6: no brief has the slug or raw file 'no-such-brief'"),
                unused.get(2));
    }

    @Test
    void errorsNameTheFileAndLine() {
        assertError("people:\n  rename: {a: b\n", 2, "broken YAML");
        assertError("peeple: {drop: [x]}\n", 1, "'peeple': not a kind of name");
        assertError("people:\n  remove: [x]\n", 2, "'remove': expected rename or drop");
        assertError("people:\n  drop: [x]\n  rename: {X: y}\n", 3, "'X' has another rule on line 2");
        assertError("people:\n  rename:\n    a: b\n    b: a\n", 3, "renames go round in a loop");
        assertError("briefs:\n  x:\n    published: 16.10.19\n", 3, "expected a date as YYYY-MM-DD");
        assertError("briefs:\n  x: {words: 3}\n", 2, "'words': not a field corrections fix");
        assertError("briefs:\n  x: {url: 'javascript:alert(1)'}\n", 2, "expected a web address");
        assertError("by-publication:\n  X: {publications: {drop: [y]}}\n", 2, "not a kind of name a publication");
        assertError("- people\n", 1, "expected a mapping here");
    }

    private static void assertError(String text, int line, String reason) {
        BriefFormatException e = assertThrows(BriefFormatException.class, () -> parse(text), text);
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains(reason), e.getMessage());
        assertTrue(e.getMessage().startsWith(FILE + ":" + line + ": "), e.getMessage());
    }

    @Test
    void renamedFormsLinkTheOldNameToTheNewPage() throws Exception {
        Corrections c = parse("people: {rename: {Zelenskiy: Volodymyr Zelensky, a: b}}\npeople: {rename: {b: C}}\n");
        assertEquals(Map.of("Zelenskiy", "Volodymyr Zelensky", "a", "C", "b", "C"),
                c.renamedForms().get(Corrections.Kind.PEOPLE));
    }

    @Test
    void aLaterRuleReplacesOneThatOnlyRespellsAndRulesOfOneLineAreWarnedEach() throws Exception {
        Corrections c = parse("organisations: {rename: {Nato: NATO}}\n"
                + "organisations: {rename: {\"NATO\": \"North Atlantic Treaty Organization\"}}\n"
                + "people: {rename: {\"Nobody One\": \"X\", \"Nobody Two\": \"X\"}}\n");
        Corrections.Use use = c.use();
        assertEquals(List.of("United Nations Security Council", "North Atlantic Treaty Organization"), use.apply(
                brief().toBuilder().organisations(List.of("United Nations Security Council", "Nato")).build())
                .organisations());
        List<String> unused = use.unused();
        assertEquals(2, unused.size(), unused.toString());
        assertTrue(unused.get(0).contains(":3: people: no brief carries 'Nobody One'"), unused.get(0));
        assertTrue(unused.get(1).contains(":3: people: no brief carries 'Nobody Two'"), unused.get(1));
    }

    @Test
    void anEmptyFileCorrectsNothing() throws Exception {
        assertTrue(parse("").isEmpty());
        assertTrue(parse("# nothing yet\n").isEmpty());
    }
}
