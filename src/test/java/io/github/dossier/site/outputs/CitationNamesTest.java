package io.github.dossier.site.outputs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dossier.brief.Brief;
import io.github.dossier.knowledge.Lexicon;
import io.github.dossier.site.SiteRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A citation reads back as the brief says, in every reference manager's reading: a family name keeps its particles
 * (the lexicon's), and BibTeX's own marks in a name or a title do not change what it says.
 */
class CitationNamesTest {

    private static Brief brief(String title, List<String> authors) {
        return Brief.builder("a-brief", title, "a.html").authors(authors).publication(Optional.of("Paper"))
                .published(Optional.of(LocalDate.of(2024, 5, 2))).url(Optional.of("https://example.org/a"))
                .accessed(Optional.of(LocalDate.of(2024, 5, 3))).language(Optional.of("de")).build();
    }

    /**
     * The family name with its particles, as CSL and biblatex divide a name: lower-case particles before it,
     * capitalised ones its own first word; a first word is a given name unless it is a particle in lower case.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " | ", nullValues = "-", value = {
        "Edilson La Rosa | La Rosa, Edilson | La Rosa | Edilson | -",
        "Ursula von der Leyen | von der Leyen, Ursula | Leyen | Ursula | von der",
        "Charles de Gaulle | de Gaulle, Charles | Gaulle | Charles | de",
        "Vincent van Gogh | van Gogh, Vincent | Gogh | Vincent | van",
        "Verónica De Vita | De Vita, Verónica | De Vita | Verónica | -",
        "Abdullah al Sharif | al Sharif, Abdullah | Sharif | Abdullah | al",
        "Jean de La Fontaine | de La Fontaine, Jean | La Fontaine | Jean | de",
        "Van Morrison | Morrison, Van | Morrison | Van | -",
        "de Gaulle | de Gaulle | Gaulle | - | de",
    })
    void aFamilyNameKeepsItsParticles(String name, String inverted, String family, String given, String particle) {
        Citation c = new Citation(brief("Title", List.of(name)));
        assertEquals(inverted, CitationFormats.bibtexFields(c.bibtex()).get("author"), c.bibtex());
        assertTrue(CitationFormats.risRecord(c.ris()).contains("A1  - " + inverted), c.ris());
        assertTrue(c.text().startsWith(inverted + ". "), c.text());
        JsonObject csl = CitationFormats.cslItem(c.cslJson()).getJsonArray("author").getJsonObject(0);
        assertEquals(family, csl.getString("family"), c.cslJson());
        assertEquals(Optional.ofNullable(given), Optional.ofNullable(csl.getString("given", null)), c.cslJson());
        assertEquals(Optional.ofNullable(particle), Optional.ofNullable(csl.getString("non-dropping-particle", null)),
                c.cslJson());
    }

    /** The particles are the lexicon's: a project that adds one has it kept in its site's citations. */
    @Test
    void theParticlesAreTheLexiconsAsAProjectExtendsIt(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("lexicon.yml"), "words:\n  name-particles: [ter]\n");
        Path site = dir.resolve("site");
        SiteRenderer.builder().title("T").lexicon(Lexicon.load(dir)).build()
                .render(List.of(brief("Title", List.of("Marc-André ter Stegen"))), site);
        String bib = Files.readString(site.resolve("briefs/a-brief.bib"));
        assertEquals("ter Stegen, Marc-André", CitationFormats.bibtexFields(bib).get("author"), bib);
        assertEquals("Stegen, Marc-André ter", CitationFormats.bibtexFields(new Citation(brief("Title",
                List.of("Marc-André ter Stegen")), Set.of("von"), a -> false).bibtex()).get("author"));
    }

    /**
     * BibTeX splits a family name's words at hyphens too and takes one in lower case for a particle ("al" of
     * "al-Sharif"), and it splits a name's parts at its commas: braced, the name reads back as it is.
     */
    @Test
    void bibtexKeepsAHyphenatedFamilyNameAndACommaInAName() {
        assertEquals("{al-Sharif}, Ahmed", CitationFormats.bibtexFields(new Citation(brief("Title",
                List.of("Ahmed al-Sharif"))).bibtex()).get("author"));
        String author = CitationFormats.bibtexFields(new Citation(brief("Title", List.of("John Smith, Jr.")))
                .bibtex()).get("author");
        assertEquals(1, author.replaceAll("\\{,\\}", "").chars().filter(ch -> ch == ',').count(), author);
    }

    /** TeX prints "--" as an en dash and "''" as a closing quote: written apart, the title reads as it was written. */
    @Test
    void bibtexKeepsMarksTexWouldJoin() {
        Citation c = new Citation(brief("A.Word.A.Day --maudlin: ``it''s'' ---", List.of("Ann Example")));
        assertEquals("{A.Word.A.Day} -{}-maudlin: `{}`it'{}'s'{}' -{}-{}-",
                CitationFormats.bibtexFields(c.bibtex()).get("title"), c.bibtex());
    }

    /** biblatex's langid for every language CLDR names in one word, not only a few. */
    @Test
    void bibtexNamesTheLanguageForEveryLanguage() {
        for (String[] language : new String[][] {{"hr", "croatian"}, {"de", "german"}, {"eu", "basque"},
                {"nb", null}, {"xx", null}}) { // Norwegian Bokmål is not one word; xx is no language
            Brief b = brief("Title", List.of("Ann Example")).toBuilder().language(Optional.of(language[0])).build();
            assertEquals(Optional.ofNullable(language[1]),
                    Optional.ofNullable(CitationFormats.bibtexFields(new Citation(b).bibtex()).get("langid")), language[0]);
        }
    }
}
