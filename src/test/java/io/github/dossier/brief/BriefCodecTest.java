package io.github.dossier.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import io.github.dossier.extract.Quote;
import org.junit.jupiter.api.Test;

class BriefCodecTest {

    private final BriefCodec codec = new BriefCodec();
    private final Path file = Path.of("content/briefs/x.md");

    private static Brief brief(String title, List<String> authors, String body) {
        return Brief.builder("x", title, "sub/000.txt").authors(authors).publication(Optional.of("The Diplomat"))
                .published(Optional.of(LocalDate.of(2021, 3, 1))).tags(List.of("a: b", "#hash"))
                .themes(List.of("Diplomacy")).countries(List.of("China", "Russia"))
                .countryMentions(new java.util.LinkedHashMap<>(Map.of("China", 12))).people(List.of("Xi Jinping"))
                .organisations(List.of("NATO")).summary(List.of("One sentence: with a colon.", "- a dash"))
                .quotes(List.of(new Quote("benchmark of: cooperation", Optional.of("Vladimir Putin")),
                        new Quote("no speaker here", Optional.empty())))
                .words(812).body(body).build();
    }

    /** A curated brief is text from outside too: YAML escapes make controls, and none reaches a field or the body. */
    @Test
    void aCuratedBriefsFieldsAndBodyHoldNoControls() throws Exception {
        Brief b = codec.read(file, "---\ntitle: \"Arctic talks end\\x01, author = \\0mallory\\x01\"\n"
                + "authors: [\"Ann Example\\nER  - \\nTY  - JOUR\", \"Bob\\u202E Roe\\x1b[31m\"]\n"
                + "publication: \"The\\u2028Times\\x85\\x9b\"\nnotes: \"line one\\nline\\x00 two\"\n"
                + "curated: true\n---\nA body\u0001 with\ttabs\u2029and\u0007 lines.\n");
        assertEquals("Arctic talks end, author = mallory", b.title());
        assertEquals(List.of("Ann Example ER  -  TY  - JOUR", "Bob Roe[31m"), b.authors());
        assertEquals(Optional.of("The Times"), b.publication());
        assertEquals("line one\nline two", b.extra().get("notes"));
        assertEquals("A body with\ttabs\nand lines.", b.body());
    }

    @Test
    void roundTripsAwkwardValues() throws Exception {
        Brief b = brief("Yes: \"quotes\", 'apostrophes' & colons — 中俄关系 / Россия", List.of("Jane O’Doe", "null", "true"),
                "First paragraph.\n\n## A heading\n\nSecond: paragraph.");
        Brief back = codec.read(file, codec.write(b));
        assertEquals(b, back);
    }

    @Test
    void writesTheV1LayoutWithFlowListsAndABlockSummary() {
        String text = codec.write(brief("Title", List.of("Jane Doe"), "Body."));
        assertTrue(text.startsWith("---\ntitle: Title\nauthors: [Jane Doe]\npublication: The Diplomat\npublished: 2021-03-01\n"),
                text);
        assertTrue(text.contains("\ncountries: [China, Russia]\ncountry_mentions: {China: 12}\n"), text);
        assertTrue(text.contains("\nsummary:\n  - 'One sentence: with a colon.'\n  - '- a dash'\nquotes:\n"
                + "  - text: 'benchmark of: cooperation'\n    speaker: Vladimir Putin\n  - text: no speaker here\n"
                + "source: sub/000.txt\nwords: 812\n---\nBody.\n"), text);
    }

    @Test
    void keepsCuratorsOwnKeys() throws Exception {
        String text = "---\ntitle: T\ncurated: true\nnotes: checked against the print edition\n---\nBody\n";
        Brief b = codec.read(file, text);
        assertTrue(b.curated());
        assertEquals("checked against the print edition", b.extra().get("notes"));
        assertTrue(codec.write(b).contains("notes: checked against the print edition"));
    }

    @Test
    void brokenYamlNamesFileAndLine() {
        BriefFormatException e = assertThrows(BriefFormatException.class,
                () -> codec.read(file, "---\ntitle: T\nauthors: [unclosed\nwords: 3\n---\nBody\n"));
        assertTrue(e.getMessage().startsWith("content/briefs/x.md:"), e.getMessage());
        assertTrue(e.line() >= 3, e.getMessage());
    }

    @Test
    void wrongTypesNameTheKeyAndLine() {
        BriefFormatException words = assertThrows(BriefFormatException.class,
                () -> codec.read(file, "---\ntitle: T\nwords: many\n---\n"));
        assertEquals("content/briefs/x.md:3: 'words': expected a whole number, found 'many'", words.getMessage());
        BriefFormatException date = assertThrows(BriefFormatException.class,
                () -> codec.read(file, "---\ntitle: T\npublished: last Tuesday\n---\n"));
        assertTrue(date.getMessage().contains(":3: 'published': expected a date as YYYY-MM-DD"), date.getMessage());
        BriefFormatException noTitle = assertThrows(BriefFormatException.class,
                () -> codec.read(file, "---\nauthors: [A B]\n---\n"));
        assertTrue(noTitle.getMessage().contains("a brief needs a title"));
        assertThrows(BriefFormatException.class, () -> codec.read(file, "no front matter"));
        assertThrows(BriefFormatException.class, () -> codec.read(file, "---\ntitle: T\n"));
    }

    @Test
    void textWithLineBreaksIsWrittenSoThatItReadsBack() throws Exception {
        BriefCodec codec = new BriefCodec();
        for (String text : List.of("\n".repeat(40), "\n\n  indented\nthen not", "two\nlines")) {
            Brief b = Brief.builder("q", "A title", "q.txt").quotes(List.of(new Quote(text, Optional.empty()))).build();
            String written = codec.write(b);
            Brief back = codec.read(Path.of("q.md"), written);
            assertEquals(b.quotes(), back.quotes(), written);
            assertEquals(written, codec.write(back));
        }
    }
}
